// expect: none A video-source aggregator picks the upstream mirror host and rewrites CDN links from the visitor's GeoIP country (UA gets a UA CDN, RU and IR get alternative mirror domains because the main host is filtered there); every country is served, only routing changes.
// modelled-on: immisterio/Lampac Modules/OnlinePaid/Rezka/Service.cs (fixcdn) + Modules/OnlinePaid/Rezka/Controller.cs and Shared/Engine/CORE/GeoIP2.cs (paraphrased, not copied; the IR mirror entry is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case216
{
    using System.Text.RegularExpressions;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Mvc;

    public static class GeoCountry
    {
        private static readonly DatabaseReader? Reader =
            File.Exists("GeoLite2-Country.mmdb") ? new DatabaseReader("GeoLite2-Country.mmdb") : null;

        public static string? Of(string? ip)
        {
            if (string.IsNullOrWhiteSpace(ip) || Reader is null) return null;
            try
            {
                return Reader.Country(ip).Country.IsoCode?.ToUpperInvariant();
            }
            catch
            {
                return null;
            }
        }
    }

    public sealed class SourceSettings
    {
        public string Host { get; set; } = "https://main.example-video.net";
        public string? UaCdn { get; set; }
        public bool ForceUa { get; set; }
        public Dictionary<string, string> MirrorByCountry { get; set; } = new(StringComparer.OrdinalIgnoreCase)
        {
            ["RU"] = "https://mirror-a.example-video.net",
            ["IR"] = "https://mirror-b.example-video.net",
        };
    }

    public static class StreamLinks
    {
        public static string FixCdn(string? country, string? uaCdn, string link)
        {
            if (uaCdn != null && country == "UA" && !link.Contains(".vtt"))
                return Regex.Replace(link, "https?://[^/]+", uaCdn);
            return link;
        }

        public static string PickHost(SourceSettings settings, string? country) =>
            country != null && settings.MirrorByCountry.TryGetValue(country, out var mirror) ? mirror : settings.Host;
    }

    [ApiController]
    public class VideoSourceController : ControllerBase
    {
        private readonly SourceSettings _settings;
        private readonly IHttpClientFactory _http;

        public VideoSourceController(SourceSettings settings, IHttpClientFactory http)
        {
            _settings = settings;
            _http = http;
        }

        [HttpGet("lite/source")]
        public async Task<IActionResult> Index(string? title, string? href)
        {
            if (string.IsNullOrWhiteSpace(href) && string.IsNullOrWhiteSpace(title))
                return BadRequest("title or href required");

            var ip = HttpContext.Connection.RemoteIpAddress?.ToString();
            var country = _settings.ForceUa ? "UA" : GeoCountry.Of(ip);
            var host = StreamLinks.PickHost(_settings, country);

            var client = _http.CreateClient();
            var page = await client.GetStringAsync($"{host}/search?q={Uri.EscapeDataString(title ?? href!)}");
            var links = Regex.Matches(page, "https?://[^\"']+\\.m3u8")
                .Select(m => StreamLinks.FixCdn(country, _settings.UaCdn, m.Value))
                .ToList();

            return Ok(new { host, country, links });
        }

        [HttpGet("api/geo")]
        public IActionResult Geo(string? ip) => Ok(new { ip, country = GeoCountry.Of(ip ?? HttpContext.Connection.RemoteIpAddress?.ToString()) });
    }
}
