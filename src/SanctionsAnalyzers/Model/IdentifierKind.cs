namespace SanctionsAnalyzers.Model
{
    /// <summary>The form a jurisdiction identifier takes in code.</summary>
    internal enum IdentifierKind
    {
        Alpha2,
        Alpha3,
        Numeric,
        Name,
        Subdivision,
        CallingCode,
        TopLevelDomain,
        Currency,
        Culture,
        Language,
        TimeZone,

        /// <summary>What a person or thing from there is called ("Iranian"): read in names only, never compared with a signal.</summary>
        Demonym,
    }
}
