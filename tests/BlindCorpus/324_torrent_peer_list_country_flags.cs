// expect: none A torrent client's web API enriches each connected peer with its country from a MaxMind GeoLite2 reader wrapped in a GeoIpService and shows a flag and per-country counts (IR peers included, with their flag and a Persian country label); the country is only displayed and aggregated, no peer is refused, throttled or disconnected.
// modelled-on: labanar/Torrential src/Torrential.Application/Services/GeoIpService.cs (paraphrased, not copied; kept the singleton DatabaseReader opened in memory mode from the app directory and the GetCountryCodeAsync(ip) method returning IsoCode or empty, added a peer-list endpoint that turns the code into a flag, a localized name and swarm statistics)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, MaxMind.Db 5.2.0
// source: blind

namespace BlindCorpus.Case324
{
    using System.Globalization;
    using MaxMind.Db;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Mvc;

    public sealed class GeoIpService : IDisposable
    {
        private readonly DatabaseReader _countries =
            new(Path.Combine(AppContext.BaseDirectory, "GeoLite2-Country.mmdb"), FileAccessMode.Memory);

        public ValueTask<string> GetCountryCodeAsync(string ip)
        {
            if (!_countries.TryCountry(ip, out var response) || response?.Country?.IsoCode is null)
                return ValueTask.FromResult(string.Empty);

            return ValueTask.FromResult(response.Country.IsoCode);
        }

        public void Dispose() => _countries.Dispose();
    }

    public sealed record PeerSnapshot(string Address, int Port, string Client, double DownloadRate, double UploadRate);

    public interface IPeerRegistry
    {
        IReadOnlyList<PeerSnapshot> ConnectedPeers(string infoHash);
    }

    public sealed record PeerView(string Address, int Port, string Client, string CountryCode, string Flag, string CountryName, double DownloadRate, double UploadRate);

    [ApiController]
    [Route("torrents/{infoHash}/peers")]
    public sealed class PeersController : ControllerBase
    {
        private static readonly Dictionary<string, string> LocalizedNames = new(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "ایران",
            ["AF"] = "افغانستان",
            ["TJ"] = "Тоҷикистон",
        };

        private readonly IPeerRegistry _peers;
        private readonly GeoIpService _geo;

        public PeersController(IPeerRegistry peers, GeoIpService geo)
        {
            _peers = peers;
            _geo = geo;
        }

        [HttpGet]
        public async Task<IActionResult> List(string infoHash)
        {
            var views = new List<PeerView>();
            foreach (var peer in _peers.ConnectedPeers(infoHash))
            {
                var code = await _geo.GetCountryCodeAsync(peer.Address);
                views.Add(new PeerView(peer.Address, peer.Port, peer.Client, code, ToFlag(code), DisplayName(code), peer.DownloadRate, peer.UploadRate));
            }

            var byCountry = views
                .GroupBy(v => v.CountryCode.Length == 0 ? "??" : v.CountryCode)
                .ToDictionary(g => g.Key, g => g.Count());

            return Ok(new { peers = views.OrderByDescending(v => v.DownloadRate), byCountry });
        }

        private static string DisplayName(string code)
        {
            if (code.Length == 0)
                return "Unknown";
            if (LocalizedNames.TryGetValue(code, out var local))
                return local;
            try
            {
                return new RegionInfo(code).EnglishName;
            }
            catch (ArgumentException)
            {
                return code;
            }
        }

        private static string ToFlag(string code) =>
            code.Length != 2
                ? "🏳"
                : string.Concat(code.ToUpperInvariant().Select(c => char.ConvertFromUtf32(0x1F1E6 + (c - 'A'))));
    }
}
