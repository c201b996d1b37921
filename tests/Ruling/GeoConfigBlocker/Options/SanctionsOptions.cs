namespace GeoConfigBlocker.Options;

/// <summary>Bound from the "Sanctions" section of appsettings*.json.</summary>
public sealed class SanctionsOptions
{
    public const string SectionName = "Sanctions";

    /// <summary>ISO 3166-1 alpha-2 codes of the countries the support desk refuses.</summary>
    public string[] BlockedCountries { get; set; } = [];

    /// <summary>Where refused visitors are told to write instead.</summary>
    public string ContactAddress { get; set; } = "compliance@support.example";
}
