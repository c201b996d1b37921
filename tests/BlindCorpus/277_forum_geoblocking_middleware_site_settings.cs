// expect: info A community forum's geoblocking middleware renders the "blocked" page to non-admin visitors whose IP country is in an allow/deny list read from site settings (IOptionsMonitor) at run time; forums are an authorized communication service, but which countries are blocked cannot be known from the code, so it needs a human review.
// modelled-on: discourse/discourse-geoblocking lib/geoblocking_middleware.rb (paraphrased, not copied; the Rack middleware with SiteSetting allowed/blocked countries and admin/static-route exemptions became an ASP.NET Core middleware bound to options)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case277
{
    using System.Net;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Options;

    public sealed class GeoblockingSettings
    {
        public bool Enabled { get; set; }
        public List<string> AllowedCountries { get; set; } = new();
        public List<string> BlockedCountries { get; set; } = new();
        public string? BlockedRedirect { get; set; }
    }

    public interface IIpInfoLookup
    {
        string? CountryCode(IPAddress? address);
    }

    public sealed class GeoblockingMiddleware
    {
        private static readonly string[] ExemptRoutes =
        {
            "/srv/status", "/u/admin-login", "/session/email-login", "/session/csrf", "/manifest.webmanifest",
        };

        private static readonly string[] StaticPrefixes = { "/assets/", "/images/", "/uploads/", "/stylesheets/", "/service-worker" };

        private readonly RequestDelegate _next;
        private readonly IOptionsMonitor<GeoblockingSettings> _settings;
        private readonly IIpInfoLookup _ipInfo;

        public GeoblockingMiddleware(RequestDelegate next, IOptionsMonitor<GeoblockingSettings> settings, IIpInfoLookup ipInfo)
        {
            _next = next;
            _settings = settings;
            _ipInfo = ipInfo;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var settings = _settings.CurrentValue;
            if (settings.Enabled && !context.User.IsInRole("admin") && CheckRoute(context.Request.Path) && IsBlocked(context, settings))
            {
                if (!string.IsNullOrEmpty(settings.BlockedRedirect))
                {
                    context.Response.Redirect(settings.BlockedRedirect);
                    return;
                }

                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<h1>Access blocked</h1><p>This site is not available in your region.</p>");
                return;
            }

            await _next(context);
        }

        private static bool CheckRoute(PathString path)
        {
            var value = path.Value ?? string.Empty;
            if (StaticPrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }

            return !ExemptRoutes.Any(r => value.Contains(r, StringComparison.OrdinalIgnoreCase));
        }

        private bool IsBlocked(HttpContext context, GeoblockingSettings settings)
        {
            var defaultBlocked = settings.AllowedCountries.Count > 0;
            var country = _ipInfo.CountryCode(context.Connection.RemoteIpAddress)?.ToUpperInvariant();
            if (string.IsNullOrEmpty(country))
            {
                return defaultBlocked;
            }

            return defaultBlocked
                ? !settings.AllowedCountries.Contains(country, StringComparer.OrdinalIgnoreCase)
                : settings.BlockedCountries.Contains(country, StringComparer.OrdinalIgnoreCase);
        }
    }

    public static class GeoblockingSetup
    {
        public static IServiceCollection AddForumGeoblocking(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<GeoblockingSettings>(configuration.GetSection("Geoblocking"));
            return services;
        }
    }
}
