// expect: info A generic, reusable GeoIP2 blocking middleware denies requests (401, 403, 404 or connection abort, as configured) when the MaxMind country is in, or not in, a country list read from configuration; neither the list nor the application it is mounted in is visible in the code, so whether an authorized communication service for Iran is cut off cannot be determined.
// modelled-on: RvdHout/IIS-GeoIP2block-Module README.md and Countries.cs (paraphrased, not copied; the IIS HTTP module with allow/deny mode and selectable deny actions became an ASP.NET Core middleware bound to an options section)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case295
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Options;

    public enum DenyAction
    {
        Unauthorized,
        Forbidden,
        NotFound,
        Abort,
    }

    public sealed class GeoBlockOptions
    {
        public const string Section = "GeoBlock";

        public bool Enabled { get; set; } = true;

        /// <summary>When true, <see cref="Countries"/> lists the only countries allowed; otherwise it lists denied countries.</summary>
        public bool AllowMode { get; set; }

        public List<string> Countries { get; set; } = new();

        public List<string> ExceptionAddresses { get; set; } = new();

        public DenyAction Action { get; set; } = DenyAction.Forbidden;

        public string DatabasePath { get; set; } = "GeoLite2-Country.mmdb";
    }

    public sealed class GeoBlockMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly IOptionsMonitor<GeoBlockOptions> _options;
        private readonly Lazy<DatabaseReader> _reader;

        public GeoBlockMiddleware(RequestDelegate next, IOptionsMonitor<GeoBlockOptions> options)
        {
            _next = next;
            _options = options;
            _reader = new Lazy<DatabaseReader>(() => new DatabaseReader(options.CurrentValue.DatabasePath));
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var settings = _options.CurrentValue;
            var address = context.Connection.RemoteIpAddress;
            if (!settings.Enabled || address is null || IPAddress.IsLoopback(address) ||
                settings.ExceptionAddresses.Contains(address.ToString()))
            {
                await _next(context);
                return;
            }

            var code = _reader.Value.TryCountry(address, out var result) ? result?.Country.IsoCode ?? "--" : "--";
            var listed = settings.Countries.Contains(code, StringComparer.OrdinalIgnoreCase);
            var denied = settings.AllowMode ? !listed : listed;

            if (!denied)
            {
                await _next(context);
                return;
            }

            switch (settings.Action)
            {
                case DenyAction.Abort:
                    context.Abort();
                    return;
                case DenyAction.Unauthorized:
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                case DenyAction.NotFound:
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                default:
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
            }
        }
    }
}
