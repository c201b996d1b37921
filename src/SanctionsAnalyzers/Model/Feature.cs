using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Model
{
    /// <summary>The code a gate protects and the services it provides.</summary>
    internal sealed class Feature
    {
        public Feature(ISymbol symbol, string name, ImmutableArray<CategoryEvidence> categories)
        {
            Symbol = symbol;
            Name = name;
            Categories = categories;
        }

        public ISymbol Symbol { get; }

        /// <summary>Readable name: "ChatHub.SendMessage".</summary>
        public string Name { get; }

        public ImmutableArray<CategoryEvidence> Categories { get; }

        /// <summary>Categories known only from the feature's names: they decide, and the diagnostic says so.</summary>
        public bool IsInferredFromNames => !Categories.IsEmpty && !HasStrongEvidence;

        /// <summary>The tier of the strongest evidence: "Declaration", "PackageMetadata", "KnownApi", "ServiceHost", "Name"; null without any.</summary>
        public string? EvidenceTier => Categories.IsEmpty ? null : Categories.Min(c => c.Strength).ToString();

        /// <summary>Evidence stronger than a name: declarations, package metadata, known APIs, service hosts.</summary>
        public bool HasStrongEvidence
        {
            get
            {
                foreach (var evidence in Categories)
                {
                    if (evidence.Strength < EvidenceStrength.Name)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }

    /// <summary>How strong a piece of category evidence is, strongest first.</summary>
    internal enum EvidenceStrength
    {
        Declaration = 0,
        PackageMetadata = 1,
        KnownApi = 2,
        ServiceHost = 3,
        Name = 4,
    }

    /// <summary>A category inferred for a feature, with where it was inferred from.</summary>
    internal sealed class CategoryEvidence
    {
        public CategoryEvidence(ServiceCategory category, EvidenceStrength strength, string source, string? outsideAuthorization = null)
        {
            Category = category;
            Strength = strength;
            Source = source;
            OutsideAuthorization = outsideAuthorization;
        }

        public ServiceCategory Category { get; }

        public EvidenceStrength Strength { get; }

        /// <summary>"derives from Microsoft.AspNetCore.SignalR.Hub", "calls System.Net.Mail.SmtpClient.Send".</summary>
        public string Source { get; }

        /// <summary>Why the evidence puts the service outside every authorization (an ECCN other than EAR99 / 5D992.c), if it does.</summary>
        public string? OutsideAuthorization { get; }
    }
}
