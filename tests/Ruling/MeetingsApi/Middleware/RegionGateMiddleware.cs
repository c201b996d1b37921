using System.Collections.Frozen;

namespace MeetingsApi.Middleware;

/// <summary>
/// Turns away requests from embargoed regions before they reach any endpoint.
/// Legal asked for this in 2019 when the product still had paid add-ons only.
/// </summary>
public sealed class RegionGateMiddleware
{
    private static readonly FrozenSet<string> BlockedCountries =
        new[] { "IR", "CU", "KP" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly RequestDelegate _next;
    private readonly ILogger<RegionGateMiddleware> _logger;

    public RegionGateMiddleware(RequestDelegate next, ILogger<RegionGateMiddleware> logger)
    {
        _next = next;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        var country = context.Request.Headers["CloudFront-Viewer-Country"].ToString();
        if (BlockedCountries.Contains(country))
        {
            _logger.LogWarning("Blocked {Path} for viewer country {Country}", context.Request.Path, country);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("This service is not available in your region.");
            return;
        }

        await _next(context);
    }
}
