// expect: info A stand-alone forward-auth service answers the reverse proxy's /validate sub-request with 403 when the client IP (X-Real-IP / X-Forwarded-For / CF-Connecting-IP) resolves through MaxMind to a blocked country, defaulting to IR, CU, SY and KP; it only sees X-Forwarded-Host/Uri at run time, so nothing in the code shows which upstream application or feature it guards and the block cannot be judged against GL D-2.
// modelled-on: mklouda4/GeoLocationFilter Controllers/ValidationController.cs (paraphrased, not copied; kept the forward-auth controller that resolves the client IP from proxy headers, caches a MaxMind country lookup, checks blocklist then allowlist and returns 403 with X-GeoFilter-* headers; dropped metrics and the fallback HTTP API, and gave the blocklist embargo defaults)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case319
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.Caching.Memory;
    using Microsoft.Extensions.Logging;
    using Microsoft.Extensions.Options;

    public sealed class GeoGateOptions
    {
        public string DatabasePath { get; set; } = "/data/GeoLite2-Country.mmdb";
        public List<string> BlockedCountries { get; set; } = new() { "IR", "CU", "SY", "KP" };
        public List<string> AllowedCountries { get; set; } = new();
        public bool BlockUnknown { get; set; }
    }

    public sealed record GateDecision(bool Blocked, string? Country, string Reason);

    public sealed class CountryResolver : IDisposable
    {
        private readonly DatabaseReader _reader;

        public CountryResolver(IOptions<GeoGateOptions> options) => _reader = new DatabaseReader(options.Value.DatabasePath);

        public string? Resolve(string ip) =>
            _reader.TryCountry(ip, out var response) ? response?.Country.IsoCode : null;

        public void Dispose() => _reader.Dispose();
    }

    [ApiController]
    public sealed class GateController : ControllerBase
    {
        private readonly GeoGateOptions _options;
        private readonly CountryResolver _resolver;
        private readonly IMemoryCache _cache;
        private readonly ILogger<GateController> _logger;

        public GateController(IOptions<GeoGateOptions> options, CountryResolver resolver, IMemoryCache cache, ILogger<GateController> logger)
        {
            _options = options.Value;
            _resolver = resolver;
            _cache = cache;
            _logger = logger;
        }

        [HttpGet("/validate")]
        public IActionResult Validate()
        {
            var ip = ClientIp();
            var decision = Decide(ip);

            Response.Headers["X-GeoGate-Access"] = decision.Blocked ? "blocked" : "allowed";
            Response.Headers["X-GeoGate-Country"] = decision.Country ?? "unknown";

            if (decision.Blocked)
            {
                _logger.LogWarning("Blocked {Ip} ({Country}) for {Host}{Uri}: {Reason}", ip, decision.Country,
                    Request.Headers["X-Forwarded-Host"].ToString(), Request.Headers["X-Forwarded-Uri"].ToString(), decision.Reason);
                return StatusCode(StatusCodes.Status403Forbidden, new { message = "Access denied", country = decision.Country });
            }

            return Ok();
        }

        private GateDecision Decide(string? ip)
        {
            if (string.IsNullOrWhiteSpace(ip))
                return new GateDecision(_options.BlockUnknown, null, "no-ip");

            var country = _cache.GetOrCreate($"geo:{ip}", entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromHours(12);
                return _resolver.Resolve(ip);
            });

            if (country is null)
                return new GateDecision(_options.BlockUnknown, null, "unknown-country");

            if (_options.BlockedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
                return new GateDecision(true, country, "in-blocklist");

            if (_options.AllowedCountries.Count > 0 && !_options.AllowedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
                return new GateDecision(true, country, "not-in-allowlist");

            return new GateDecision(false, country, "allowed");
        }

        private string? ClientIp() => new[]
        {
            Request.Headers["X-Real-IP"].FirstOrDefault(),
            Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim(),
            Request.Headers["CF-Connecting-IP"].FirstOrDefault(),
            HttpContext.Connection.RemoteIpAddress?.ToString(),
        }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}
