using System;
using System.Collections.Immutable;

namespace SanctionsAnalyzers.Model
{
    /// <summary>The legal regime for a jurisdiction and its communications authorizations.</summary>
    internal sealed class SanctionsProgram
    {
        public SanctionsProgram(
            string id,
            string name,
            string authority,
            DateTime? endedOn,
            string? endedCitation,
            Confidence endedConfidence,
            string? endedSource,
            ImmutableArray<Authorization> authorizations,
            ImmutableArray<Exclusion> exclusions)
        {
            Id = id;
            Name = name;
            Authority = authority;
            EndedOn = endedOn;
            EndedCitation = endedCitation;
            EndedConfidence = endedConfidence;
            EndedSource = endedSource;
            Authorizations = authorizations;
            Exclusions = exclusions;
        }

        public string Id { get; }

        public string Name { get; }

        /// <summary>The regulation or order the program rests on ("31 CFR part 560").</summary>
        public string Authority { get; }

        /// <summary>Set when the country-wide program has ended (Syria: 1 Jul 2025).</summary>
        public DateTime? EndedOn { get; }

        public string? EndedCitation { get; }

        public Confidence EndedConfidence { get; }

        public string? EndedSource { get; }

        public ImmutableArray<Authorization> Authorizations { get; }

        public ImmutableArray<Exclusion> Exclusions { get; }
    }

    /// <summary>Conditions an authorization attaches to a category.</summary>
    internal enum AuthorizationCondition
    {
        None,

        /// <summary>Only no-cost, widely available services for personal communications (Crimea GL 9).</summary>
        NoCostPersonal,
    }

    /// <summary>A provision that authorizes a set of categories.</summary>
    internal sealed class Authorization
    {
        public Authorization(
            string citation,
            string? alias,
            DateTime effective,
            Confidence confidence,
            AuthorizationCondition condition,
            string source,
            ImmutableHashSet<string> categoryIds)
        {
            Citation = citation;
            Alias = alias;
            Effective = effective;
            Confidence = confidence;
            Condition = condition;
            Source = source;
            CategoryIds = categoryIds;
        }

        /// <summary>Section and paragraph ("31 CFR 560.540(a)(1)").</summary>
        public string Citation { get; }

        /// <summary>Former name still in use ("formerly GL D-2").</summary>
        public string? Alias { get; }

        public DateTime Effective { get; }

        public Confidence Confidence { get; }

        public AuthorizationCondition Condition { get; }

        public string Source { get; }

        public ImmutableHashSet<string> CategoryIds { get; }

        /// <summary>The citation as shown in messages: "31 CFR 560.540(a)(1), formerly GL D-2".</summary>
        public string DisplayCitation => Alias is null ? Citation : Citation + ", " + Alias;
    }

    /// <summary>A category the program keeps prohibited (payments through Iranian accounts, commercial connectivity...).</summary>
    internal sealed class Exclusion
    {
        public Exclusion(string categoryId, string citation, Confidence confidence, string source)
        {
            CategoryId = categoryId;
            Citation = citation;
            Confidence = confidence;
            Source = source;
        }

        public string CategoryId { get; }

        public string Citation { get; }

        public Confidence Confidence { get; }

        public string Source { get; }
    }
}
