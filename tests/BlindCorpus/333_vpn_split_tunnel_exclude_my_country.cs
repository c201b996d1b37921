// expect: none A VPN client's split-tunnel service looks up the user's own country, and when it is IR (or the user picks "exclude my country") loads that country's IP-range file and routes those ranges outside the tunnel, because domestic Iranian sites refuse foreign exit IPs; the country comparison only chooses routes for the user's own traffic, nothing is denied or degraded.
// modelled-on: vpnhood/VpnHood Src/AppLib/VpnHood.AppLib.App/Settings/SplitByCountryMode.cs and issue #539 "vpn-hood has restriction in some area" (paraphrased, not copied; the ExcludeMyCountry split mode and the maintainer's advice to exclude Iran so local traffic bypasses the VPN became a route-planning service with a country IP-range file)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case333
{
    using System.Net;
    using System.Net.Http.Json;
    using System.Text.Json.Serialization;

    public enum SplitByCountryMode
    {
        IncludeAll,
        ExcludeMyCountry,
        ExcludeList,
        IncludeList,
    }

    public sealed class SplitSettings
    {
        public SplitByCountryMode Mode { get; set; } = SplitByCountryMode.IncludeAll;
        public List<string> Countries { get; set; } = new();
        public bool UserChangedMode { get; set; }
    }

    public sealed class OwnIpLocation
    {
        [JsonPropertyName("countryCode")] public string? CountryCode { get; set; }
        [JsonPropertyName("query")] public string? Ip { get; set; }
    }

    public sealed record RoutePlan(IReadOnlyList<IPNetwork> Excluded, IReadOnlyList<IPNetwork> Included);

    public sealed class SplitTunnelPlanner
    {
        // Countries whose domestic services commonly refuse foreign addresses;
        // for them we default to keeping domestic traffic off the tunnel.
        private static readonly HashSet<string> DomesticBypassDefault = new(StringComparer.OrdinalIgnoreCase) { "IR", "CN", "RU" };

        private readonly HttpClient _http;
        private readonly string _rangeDir;

        public SplitTunnelPlanner(HttpClient http, string rangeDir)
        {
            _http = http;
            _rangeDir = rangeDir;
        }

        public async Task<RoutePlan> BuildAsync(SplitSettings settings, CancellationToken ct)
        {
            var own = await _http.GetFromJsonAsync<OwnIpLocation>("http://ip-api.com/json/?fields=countryCode,query", ct);
            var myCountry = own?.CountryCode;

            if (!settings.UserChangedMode && myCountry is not null && DomesticBypassDefault.Contains(myCountry))
                settings.Mode = SplitByCountryMode.ExcludeMyCountry;

            return settings.Mode switch
            {
                SplitByCountryMode.ExcludeMyCountry when myCountry is not null =>
                    new RoutePlan(LoadRanges(myCountry), FullRoute()),
                SplitByCountryMode.ExcludeList =>
                    new RoutePlan(settings.Countries.SelectMany(LoadRanges).ToList(), FullRoute()),
                SplitByCountryMode.IncludeList =>
                    new RoutePlan(Array.Empty<IPNetwork>(), settings.Countries.SelectMany(LoadRanges).ToList()),
                _ => new RoutePlan(Array.Empty<IPNetwork>(), FullRoute()),
            };
        }

        private IReadOnlyList<IPNetwork> LoadRanges(string iso)
        {
            var file = Path.Combine(_rangeDir, iso.ToLowerInvariant() + ".txt");
            if (!File.Exists(file)) return Array.Empty<IPNetwork>();
            return File.ReadLines(file)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => IPNetwork.TryParse(l, out var n) ? n : (IPNetwork?)null)
                .Where(n => n.HasValue)
                .Select(n => n!.Value)
                .ToList();
        }

        private static IReadOnlyList<IPNetwork> FullRoute() =>
            new[] { IPNetwork.Parse("0.0.0.0/0"), IPNetwork.Parse("::/0") };
    }
}
