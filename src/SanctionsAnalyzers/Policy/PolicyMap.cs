using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Policy
{
    /// <summary>
    /// The embedded, versioned D-2 category map and its siblings for the other programs.
    /// Immutable and shared by every compilation.
    /// </summary>
    internal sealed class PolicyMap
    {
        private static readonly Lazy<PolicyMap> EmbeddedMap = new Lazy<PolicyMap>(LoadEmbedded, isThreadSafe: true);

        private readonly ImmutableDictionary<string, ServiceCategory> _categories;
        private readonly ImmutableDictionary<string, SanctionsProgram> _programs;
        private readonly ImmutableDictionary<string, ImmutableArray<IdentifierMatch>> _identifiers;
        private readonly ImmutableDictionary<(string Jurisdiction, string Category), VerdictKind> _overrides;
        private readonly ImmutableArray<SanctionsProgram> _programList;
        private readonly ImmutableDictionary<string, ImmutableArray<PolicyNote>> _notes;

        public PolicyMap(
            string version,
            ImmutableArray<ServiceCategory> categories,
            ImmutableArray<Jurisdiction> jurisdictions,
            ImmutableArray<SanctionsProgram> programs,
            ImmutableDictionary<(string Jurisdiction, string Category), VerdictKind>? overrides = null,
            ImmutableDictionary<string, ImmutableArray<PolicyNote>>? notes = null)
        {
            _overrides = overrides ?? ImmutableDictionary<(string, string), VerdictKind>.Empty;
            _notes = notes ?? ImmutableDictionary<string, ImmutableArray<PolicyNote>>.Empty;
            _programList = programs;
            Version = version;
            Categories = categories;
            Jurisdictions = jurisdictions;
            _categories = categories.ToImmutableDictionary(c => c.Id, StringComparer.Ordinal);
            _programs = programs.ToImmutableDictionary(p => p.Id, StringComparer.Ordinal);

            var identifiers = new Dictionary<string, List<IdentifierMatch>>(StringComparer.OrdinalIgnoreCase);
            foreach (var jurisdiction in jurisdictions)
            {
                foreach (var identifier in jurisdiction.Identifiers)
                {
                    if (!identifiers.TryGetValue(identifier.Value, out var list))
                    {
                        identifiers.Add(identifier.Value, list = new List<IdentifierMatch>());
                    }

                    list.Add(new IdentifierMatch(jurisdiction, identifier));
                }
            }

            _identifiers = identifiers.ToImmutableDictionary(
                pair => pair.Key,
                pair => pair.Value.ToImmutableArray(),
                StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>The map shipped inside the analyzer.</summary>
        public static PolicyMap Embedded => EmbeddedMap.Value;

        public string Version { get; }

        public ImmutableArray<ServiceCategory> Categories { get; }

        public ImmutableArray<Jurisdiction> Jurisdictions { get; }

        public ServiceCategory? FindCategory(string id) => _categories.TryGetValue(id, out var category) ? category : null;

        public SanctionsProgram GetProgram(Jurisdiction jurisdiction) => _programs[jurisdiction.ProgramId];

        /// <summary>The dated notes the map records for a program (they decide no verdict).</summary>
        public ImmutableArray<PolicyNote> NotesFor(SanctionsProgram program) =>
            _notes.TryGetValue(program.Id, out var notes) ? notes : ImmutableArray<PolicyNote>.Empty;

        /// <summary>Finds the jurisdictions a literal names ("IR", "Iran", "UA-43"), ignoring case.</summary>
        public ImmutableArray<IdentifierMatch> MatchIdentifier(string? value)
        {
            if (value is null || value.Length == 0 || value.Length > MaxIdentifierLength)
            {
                return ImmutableArray<IdentifierMatch>.Empty;
            }

            return _identifiers.TryGetValue(value.Trim(), out var matches) ? matches : ImmutableArray<IdentifierMatch>.Empty;
        }

        /// <summary>
        /// This map with an organisation's or project's layer applied: extra identifiers, and verdicts that replace the
        /// embedded ones (they carry the configuration key as their citation).
        /// </summary>
        public PolicyMap WithOverrides(Configuration.PolicyOverrides overrides)
        {
            if (overrides.Verdicts.IsEmpty && overrides.Identifiers.IsEmpty)
            {
                return this;
            }

            var jurisdictions = Jurisdictions.Select(j => overrides.Identifiers.TryGetValue(j.Id, out var extra)
                ? new Jurisdiction(j.Id, j.Name, j.ProgramId, j.Identifiers.AddRange(extra.Select(e => new JurisdictionIdentifier(IdentifierKind.Name, e, false, null))))
                : j).ToImmutableArray();
            return new PolicyMap(Version, Categories, jurisdictions, _programList, overrides.Verdicts, _notes);
        }

        /// <summary>Cross-checks one jurisdiction with one category.</summary>
        /// <summary>
        /// Whether some jurisdiction's program authorizes the category, however confidently or conditionally: when none
        /// does (payments, trading), a block of it is consistent whatever jurisdictions it names.
        /// </summary>
        public bool IsAuthorizedAnywhere(ServiceCategory category)
        {
            foreach (var jurisdiction in Jurisdictions)
            {
                if (Evaluate(jurisdiction, category).Kind is VerdictKind.Authorized or VerdictKind.Unknown)
                {
                    return true;
                }
            }

            return false;
        }

        public Verdict Evaluate(Jurisdiction jurisdiction, ServiceCategory category)
        {
            if (_overrides.TryGetValue((jurisdiction.Id, category.Id), out var decided))
            {
                return new Verdict(decided, jurisdiction, category, "organisation policy (sanctions_analyzers.verdict." + jurisdiction.Id.ToLowerInvariant() + "." + category.Id + ")", Confidence.Confirmed, AuthorizationCondition.None);
            }

            var program = GetProgram(jurisdiction);
            if (program.EndedOn is not null)
            {
                return new Verdict(VerdictKind.ProgramEnded, jurisdiction, category, program.EndedCitation ?? program.Authority, program.EndedConfidence, AuthorizationCondition.None);
            }

            foreach (var exclusion in program.Exclusions)
            {
                if (exclusion.CategoryId == category.Id)
                {
                    return new Verdict(VerdictKind.Excluded, jurisdiction, category, exclusion.Citation, exclusion.Confidence, AuthorizationCondition.None);
                }
            }

            foreach (var authorization in program.Authorizations)
            {
                if (authorization.CategoryIds.Contains(category.Id))
                {
                    var kind = authorization.Confidence == Confidence.Unconfirmed ? VerdictKind.Unknown : VerdictKind.Authorized;
                    return new Verdict(kind, jurisdiction, category, authorization.DisplayCitation, authorization.Confidence, authorization.Condition);
                }
            }

            return new Verdict(VerdictKind.NotCovered, jurisdiction, category, program.Authority, Confidence.Confirmed, AuthorizationCondition.None);
        }

        private const int MaxIdentifierLength = 64;

        private static PolicyMap LoadEmbedded()
        {
            using var stream = EmbeddedResources.Open("PolicyMap.xml");
            return PolicyMapReader.Read(stream);
        }
    }

    /// <summary>A literal that names a jurisdiction, and the identifier form it used.</summary>
    internal readonly struct IdentifierMatch
    {
        public IdentifierMatch(Jurisdiction jurisdiction, JurisdictionIdentifier identifier)
        {
            Jurisdiction = jurisdiction;
            Identifier = identifier;
        }

        public Jurisdiction Jurisdiction { get; }

        public JurisdictionIdentifier Identifier { get; }
    }
}
