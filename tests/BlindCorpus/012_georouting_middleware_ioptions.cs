// expect: info whole-app geo middleware returns 451 (or redirects to a blocked page) for countries in GeoRoutingOptions.BlockedCountries / outside AllowedCountries, bound from configuration with no appsettings.json given and no feature visible, so neither the jurisdictions nor the guarded service are known
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection/Middleware/GeoRoutingMiddleware.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case012;

public sealed class GeoLocation
{
    public string CountryCode { get; init; } = "";
    public string? CountryName { get; init; }
    public bool IsVpn { get; init; }
}

public sealed class GeoRoutingOptions
{
    public bool Enabled { get; set; } = true;
    public string[]? AllowedCountries { get; set; }
    public string[]? BlockedCountries { get; set; }
    public int BlockedStatusCode { get; set; } = 451;
    public string? BlockedPagePath { get; set; }
}

public interface IGeoLocationService
{
    Task<GeoLocation?> GetLocationAsync(string ip, CancellationToken ct);
}

public sealed class GeoBlockResult
{
    public bool IsBlocked { get; set; }
    public string? BlockReason { get; set; }
}

public sealed class GeoGateMiddleware
{
    private readonly RequestDelegate _next;
    private readonly GeoRoutingOptions _options;

    public GeoGateMiddleware(RequestDelegate next, IOptions<GeoRoutingOptions> options)
    {
        _next = next;
        _options = options.Value;
    }

    public async Task InvokeAsync(HttpContext context, IGeoLocationService geo)
    {
        if (!_options.Enabled)
        {
            await _next(context);
            return;
        }

        var ip = context.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim()
                 ?? context.Connection.RemoteIpAddress?.ToString();
        if (string.IsNullOrEmpty(ip))
        {
            await _next(context);
            return;
        }

        var location = await geo.GetLocationAsync(ip, context.RequestAborted);
        if (location is null)
        {
            await _next(context);
            return;
        }

        var verdict = Evaluate(location);
        if (verdict.IsBlocked)
        {
            if (!string.IsNullOrEmpty(_options.BlockedPagePath))
            {
                context.Response.Redirect(_options.BlockedPagePath);
                return;
            }

            context.Response.StatusCode = _options.BlockedStatusCode;
            await context.Response.WriteAsJsonAsync(new { error = "Access Restricted", message = verdict.BlockReason });
            return;
        }

        await _next(context);
    }

    private GeoBlockResult Evaluate(GeoLocation location)
    {
        var result = new GeoBlockResult();

        if (_options.AllowedCountries?.Any() == true &&
            !_options.AllowedCountries.Contains(location.CountryCode, StringComparer.OrdinalIgnoreCase))
        {
            result.IsBlocked = true;
            result.BlockReason = $"Only available in: {string.Join(", ", _options.AllowedCountries)}";
            return result;
        }

        if (_options.BlockedCountries?.Any() == true &&
            _options.BlockedCountries.Contains(location.CountryCode, StringComparer.OrdinalIgnoreCase))
        {
            result.IsBlocked = true;
            result.BlockReason = $"Access from {location.CountryName} ({location.CountryCode}) is not allowed";
        }

        return result;
    }
}

public static class GeoGateRegistration
{
    public static IServiceCollection AddGeoGate(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<GeoRoutingOptions>(configuration.GetSection("GeoRouting"));

    public static IApplicationBuilder UseGeoGate(this IApplicationBuilder app) =>
        app.UseMiddleware<GeoGateMiddleware>();
}
