namespace SanctionsAnalyzers.Model
{
    /// <summary>Outcome of cross-checking a gate's jurisdiction with a feature's category.</summary>
    internal enum VerdictKind
    {
        /// <summary>Nothing in the map decides it (unknown category or unconfirmed point).</summary>
        Unknown,

        /// <summary>The program authorizes the category: a block is over-broad.</summary>
        Authorized,

        /// <summary>No authorization covers the category: a block is consistent.</summary>
        NotCovered,

        /// <summary>The program expressly keeps the category prohibited: a block is required.</summary>
        Excluded,

        /// <summary>The jurisdiction's country-wide program has ended.</summary>
        ProgramEnded,
    }

    /// <summary>The verdict for one jurisdiction and one category, with the provision it rests on.</summary>
    internal sealed class Verdict
    {
        public Verdict(
            VerdictKind kind,
            Jurisdiction jurisdiction,
            ServiceCategory category,
            string citation,
            Confidence confidence,
            AuthorizationCondition condition)
        {
            Kind = kind;
            Jurisdiction = jurisdiction;
            Category = category;
            Citation = citation;
            Confidence = confidence;
            Condition = condition;
        }

        public VerdictKind Kind { get; }

        public Jurisdiction Jurisdiction { get; }

        public ServiceCategory Category { get; }

        public string Citation { get; }

        public Confidence Confidence { get; }

        public AuthorizationCondition Condition { get; }

        /// <summary>True when the map says, with confirmed sources and without conditions, that the block is over-broad.</summary>
        public bool IsConfidentlyAuthorized =>
            Kind == VerdictKind.Authorized && Confidence == Confidence.Confirmed && Condition == AuthorizationCondition.None;
    }
}
