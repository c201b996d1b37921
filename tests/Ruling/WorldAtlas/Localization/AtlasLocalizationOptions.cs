namespace WorldAtlas.Localization;

/// <summary>Bound from the "Localization" section of appsettings.json.</summary>
public sealed class AtlasLocalizationOptions
{
    public const string SectionName = "Localization";

    /// <summary>Cultures with translated fact sheets.</summary>
    public string[] SupportedCultures { get; set; } = ["en-US"];

    /// <summary>Countries whose fact sheets are written right to left by default.</summary>
    public string[] RightToLeftCountries { get; set; } = [];
}
