namespace WorldAtlas.Localization;

/// <summary>One country's fact sheet data.</summary>
public sealed record CountryFacts(string Code, string Name, string CallingCode, string Currency, string TimeZone, string Capital);

/// <summary>The countries of the atlas. Data from ISO 3166, ITU E.164 and the IANA tz database.</summary>
public sealed class CountryDirectory
{
    private static readonly Dictionary<string, CountryFacts> Countries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["CU"] = new("CU", "Cuba", "+53", "CUP", "America/Havana", "Havana"),
        ["DE"] = new("DE", "Germany", "+49", "EUR", "Europe/Berlin", "Berlin"),
        ["IR"] = new("IR", "Iran", "+98", "IRR", "Asia/Tehran", "Tehran"),
        ["KP"] = new("KP", "North Korea", "+850", "KPW", "Asia/Pyongyang", "Pyongyang"),
        ["SD"] = new("SD", "Sudan", "+249", "SDG", "Africa/Khartoum", "Khartoum"),
        ["SY"] = new("SY", "Syria", "+963", "SYP", "Asia/Damascus", "Damascus"),
        ["UA"] = new("UA", "Ukraine", "+380", "UAH", "Europe/Kyiv", "Kyiv"),
        ["US"] = new("US", "United States", "+1", "USD", "America/New_York", "Washington, D.C."),
    };

    public IEnumerable<CountryFacts> All => Countries.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    public CountryFacts? Find(string code) => Countries.TryGetValue(code, out var facts) ? facts : null;

    /// <summary>Names of the first-level subdivisions we have pages for.</summary>
    public static string SubdivisionName(string isoCode) => isoCode switch
    {
        "UA-43" => "Autonomous Republic of Crimea",
        "UA-40" => "Sevastopol",
        "UA-14" => "Donetsk Oblast",
        "UA-09" => "Luhansk Oblast",
        _ => isoCode,
    };
}
