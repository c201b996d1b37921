// expect: none A geo-routing middleware looks up the visitor's MaxMind country, exposes it as X-Country, and redirects IR visitors to the /fa localized section (and DE to /de); nothing is denied, so there is no geo-block.
// modelled-on: scottgal/stylobot src/Mostlylucid.GeoDetection/Middleware/GeoRoutingMiddleware.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case207
{
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Options;

    public sealed class VisitorLocation
    {
        public string CountryCode { get; init; } = "";
        public string? CountryName { get; init; }
    }

    public sealed class LocaleRoutingOptions
    {
        public bool Enabled { get; set; } = true;
        public bool EmitCountryHeader { get; set; } = true;
        public bool AllowTestHeader { get; set; }
        public Dictionary<string, string> CountryRoutes { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    }

    public interface IVisitorLocator
    {
        VisitorLocation? Locate(string ip);
    }

    public sealed class MaxMindVisitorLocator : IVisitorLocator
    {
        private readonly IGeoIP2DatabaseReader _reader;

        public MaxMindVisitorLocator(IGeoIP2DatabaseReader reader) => _reader = reader;

        public VisitorLocation? Locate(string ip)
        {
            if (!_reader.TryCountry(ip, out var resp) || resp?.Country.IsoCode is null)
                return null;
            return new VisitorLocation { CountryCode = resp.Country.IsoCode, CountryName = resp.Country.Name };
        }
    }

    public sealed class LocaleRoutingMiddleware
    {
        public const string LocationItemKey = "VisitorLocation";
        private readonly RequestDelegate _next;
        private readonly LocaleRoutingOptions _options;
        private readonly ILogger<LocaleRoutingMiddleware> _logger;

        public LocaleRoutingMiddleware(RequestDelegate next, IOptions<LocaleRoutingOptions> options, ILogger<LocaleRoutingMiddleware> logger)
        {
            _next = next;
            _options = options.Value;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context, IVisitorLocator locator)
        {
            if (!_options.Enabled)
            {
                await _next(context);
                return;
            }

            VisitorLocation? location;
            var simulated = context.Request.Headers["x-geo-simulate"].FirstOrDefault();
            if (_options.AllowTestHeader && !string.IsNullOrEmpty(simulated))
                location = new VisitorLocation { CountryCode = simulated.ToUpperInvariant() };
            else
                location = locator.Locate(ClientIp(context) ?? "");

            if (location is null)
            {
                await _next(context);
                return;
            }

            context.Items[LocationItemKey] = location;
            if (_options.EmitCountryHeader)
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.TryAdd("X-Country", location.CountryCode);
                    return Task.CompletedTask;
                });
            }

            if (_options.CountryRoutes.TryGetValue(location.CountryCode, out var prefix) &&
                !context.Request.Path.StartsWithSegments(prefix))
            {
                _logger.LogInformation("Sending {Country} visitor to {Prefix}", location.CountryCode, prefix);
                context.Response.Redirect(prefix + context.Request.Path + context.Request.QueryString);
                return;
            }

            await _next(context);
        }

        private static string? ClientIp(HttpContext context)
        {
            var fwd = context.Request.Headers["X-Forwarded-For"].FirstOrDefault();
            if (!string.IsNullOrEmpty(fwd))
                return fwd.Split(',', StringSplitOptions.RemoveEmptyEntries)[0].Trim();
            return context.Connection.RemoteIpAddress?.ToString();
        }
    }

    public static class LocaleRoutingExtensions
    {
        public static IServiceCollection AddLocaleRouting(this IServiceCollection services)
        {
            services.AddSingleton<IGeoIP2DatabaseReader>(_ => new DatabaseReader("GeoLite2-Country.mmdb"));
            services.AddSingleton<IVisitorLocator, MaxMindVisitorLocator>();
            services.Configure<LocaleRoutingOptions>(o =>
            {
                o.CountryRoutes["IR"] = "/fa";
                o.CountryRoutes["DE"] = "/de";
            });
            return services;
        }

        public static IApplicationBuilder UseLocaleRouting(this IApplicationBuilder app) =>
            app.UseMiddleware<LocaleRoutingMiddleware>();
    }
}
