namespace SanctionsAnalyzers.Model
{
    /// <summary>How well a legal point of the policy map is established (see docs/policy-map.md).</summary>
    internal enum Confidence
    {
        /// <summary>Could not be verified; never produces a confident warning.</summary>
        Unconfirmed = 0,

        /// <summary>Stated by a law-firm or news summary; no primary text seen.</summary>
        Secondary = 1,

        /// <summary>Read in a primary text (CFR, Federal Register, OFAC FAQ) or two independent sources.</summary>
        Confirmed = 2,
    }
}
