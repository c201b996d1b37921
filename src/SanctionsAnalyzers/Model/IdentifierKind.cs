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
    }
}
