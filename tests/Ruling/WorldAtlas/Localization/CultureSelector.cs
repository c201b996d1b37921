using System.Globalization;
using Microsoft.Extensions.Options;

namespace WorldAtlas.Localization;

/// <summary>Picks the culture a visitor sees first, from the CDN's country header; the visitor can switch.</summary>
public sealed class CultureSelector
{
    private readonly AtlasLocalizationOptions _options;

    public CultureSelector(IOptions<AtlasLocalizationOptions> options)
    {
        _options = options.Value;
    }

    public CultureInfo ForRequest(HttpRequest request)
    {
        var country = request.Headers["CF-IPCountry"].ToString();
        var name = country switch
        {
            "IR" => "fa-IR",
            "CU" => "es-CU",
            "SY" => "ar-SY",
            "SD" => "ar-SD",
            "KP" => "ko-KR",
            _ => "en-US",
        };

        return IsSupportedCulture(name) ? new CultureInfo(name) : new CultureInfo("en-US");
    }

    public bool IsRightToLeft(string country) => _options.RightToLeftCountries.Contains(country, StringComparer.OrdinalIgnoreCase);

    /// <summary>True when the fact sheets are translated for the culture.</summary>
    private bool IsSupportedCulture(string culture)
    {
        // We have no North Korean translations; ko-KP falls back to the South Korean resources.
        if (culture == "ko-KP")
        {
            return false;
        }

        return _options.SupportedCultures.Contains(culture, StringComparer.OrdinalIgnoreCase);
    }
}
