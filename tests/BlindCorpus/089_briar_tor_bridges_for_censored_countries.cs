// expect: none a country set containing "IR" is used only to switch on Tor bridges (anti-censorship) where plain Tor is probably blocked; it improves access instead of denying it (C# paraphrase of a Java messenger)
// modelled-on: briar/briar briar-android/src/org/briarproject/plugins/tor/TorNetworkMetadata.java (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Globalization;

namespace BlindCorpus.Case089;

public static class TorNetworkMetadata
{
    // ISO 3166-1 alpha-2 codes where direct Tor connections are likely censored.
    private static readonly HashSet<string> BlockedInCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "CN", "IR", "TM", "ZZ"
    };

    public static bool IsTorProbablyBlocked(string countryCode) => BlockedInCountries.Contains(countryCode);
}

public sealed class TorSettings
{
    public bool UseBridges { get; set; }
    public bool UseMeek { get; set; }
    public List<string> BridgeLines { get; } = new();
}

public interface IBridgeProvider
{
    IEnumerable<string> GetBridges(bool meek);
}

public class TorTransportConfigurator
{
    private readonly IBridgeProvider _bridges;
    private readonly ILogger<TorTransportConfigurator> _logger;

    public TorTransportConfigurator(IBridgeProvider bridges, ILogger<TorTransportConfigurator> logger)
    {
        _bridges = bridges;
        _logger = logger;
    }

    public TorSettings Configure(string? simCountry, string? networkCountry)
    {
        var country = !string.IsNullOrEmpty(networkCountry) ? networkCountry
            : !string.IsNullOrEmpty(simCountry) ? simCountry
            : RegionInfo.CurrentRegion.TwoLetterISORegionName;

        var settings = new TorSettings();
        if (TorNetworkMetadata.IsTorProbablyBlocked(country))
        {
            settings.UseBridges = true;
            settings.UseMeek = country.Equals("CN", StringComparison.OrdinalIgnoreCase);
            settings.BridgeLines.AddRange(_bridges.GetBridges(settings.UseMeek));
            _logger.LogInformation("Tor is probably censored in {Country}; enabling bridges", country);
        }

        return settings;
    }
}
