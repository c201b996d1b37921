namespace GeoBlockedChat.Localization;

/// <summary>One entry of the country drop-down.</summary>
public sealed record CountryOption(string Code, string Name);

/// <summary>What the sign-up form shows: the countries, the pre-selected one, and the UI culture.</summary>
public sealed record CountryPickerModel(IReadOnlyList<CountryOption> Countries, string? Selected, string Culture);

/// <summary>
/// Builds the country drop-down of the sign-up form. It names Iran and reads the same geo header as the
/// hub, but it only pre-selects and localizes: nobody is refused anything, so there is nothing to report.
/// </summary>
public sealed class CountryPicker
{
    private static readonly CountryOption[] Countries =
    [
        new("CU", "Cuba"),
        new("DE", "Germany"),
        new("IR", "Iran"),
        new("TR", "Türkiye"),
        new("US", "United States"),
    ];

    public CountryPickerModel Build(HttpRequest request)
    {
        var country = request.Headers["CF-IPCountry"].ToString();

        // Localization, not a block: visitors from Iran see the form in Persian.
        var culture = country == "IR" ? "fa-IR" : "en-US";

        var selected = Array.Exists(Countries, c => c.Code == country) ? country : null;
        return new CountryPickerModel(Countries, selected, culture);
    }
}
