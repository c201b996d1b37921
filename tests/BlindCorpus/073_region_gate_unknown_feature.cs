// expect: info generic middleware answers 403 "Access denied from your region." for IR and CU on every request, but nothing in the code says what service it fronts, so the feature cannot be known
// modelled-on: thienbaocoder/dotnet_webapi_with_blazor webapi_blazor/Middleware/BlockIpMiddleware.cs (paraphrased, not copied; the single-IP check is replaced by a realistic country-header check)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case073;

public class RegionGateMiddleware : IMiddleware
{
    private static readonly string[] DeniedRegions = ["IR", "CU"];

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var region = context.Request.Headers["X-Geo-Country"].FirstOrDefault() ?? string.Empty;
        if (DeniedRegions.Contains(region.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync("Access denied from your region.");
            return;
        }

        await next(context);
    }
}

public static class RegionGateSetup
{
    public static IServiceCollection AddRegionGate(this IServiceCollection services)
        => services.AddTransient<RegionGateMiddleware>();

    public static IApplicationBuilder UseRegionGate(this IApplicationBuilder app)
        => app.UseMiddleware<RegionGateMiddleware>();
}
