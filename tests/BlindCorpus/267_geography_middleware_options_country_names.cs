// expect: info A request middleware looks up the caller's country name through an IP geolocation API and returns 403 when it appears in GeoSettings.BlockedCountries, a list bound from appsettings at run time; neither the blocked jurisdictions nor a specific feature can be told from the code, so it needs a human review.
// modelled-on: aliabooof/Middleware-Collection-for-ASP.NET-Core MiddleWares/MiddleWares/GeographyMiddleware/GeographyMiddleware.cs (paraphrased, not copied; kept the options-bound country-name list and geolocation service, restructured with IOptionsSnapshot and an extension method)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case267
{
    using System.Net;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Options;

    public sealed class GeoSettings
    {
        public string[] BlockedCountries { get; set; } = Array.Empty<string>();
        public GeoApiSettings GeoApi { get; set; } = new();
    }

    public sealed class GeoApiSettings
    {
        public string BaseUrl { get; set; } = "http://api.ipstack.com/";
        public string ApiKey { get; set; } = string.Empty;
    }

    public interface IGeoLocationService
    {
        Task<string?> GetCountryNameAsync(IPAddress address, CancellationToken ct);
    }

    public sealed class GeographyMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ILogger<GeographyMiddleware> _logger;

        public GeographyMiddleware(RequestDelegate next, ILogger<GeographyMiddleware> logger)
        {
            _next = next;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context, IGeoLocationService geo, IOptionsSnapshot<GeoSettings> settings)
        {
            var ip = context.Connection.RemoteIpAddress;
            if (ip is null)
            {
                _logger.LogWarning("Could not determine the client IP address");
                await _next(context);
                return;
            }

            var countryName = await geo.GetCountryNameAsync(ip, context.RequestAborted);
            var blocked = settings.Value.BlockedCountries;

            if (countryName is not null &&
                blocked.Any(b => string.Equals(b, countryName, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsync($"Access from {countryName} is not permitted.");
                return;
            }

            await _next(context);
        }
    }

    public static class GeographyMiddlewareExtensions
    {
        public static IApplicationBuilder UseGeography(this IApplicationBuilder app) =>
            app.UseMiddleware<GeographyMiddleware>();

        public static IServiceCollection AddGeography(this IServiceCollection services, IConfiguration configuration) =>
            services.Configure<GeoSettings>(configuration.GetSection("GeoSettings"));
    }
}
