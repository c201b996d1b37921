namespace GeoBlockedChat.Options;

/// <summary>Bound from the "GeoBlocking" section of appsettings.json.</summary>
public sealed class GeoBlockingOptions
{
    public const string SectionName = "GeoBlocking";

    public string[] Countries { get; set; } = [];
}
