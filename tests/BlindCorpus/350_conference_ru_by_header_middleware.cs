// expect: ok A conference website's middleware reads the CF-IPCountry header and answers 401 to every request from Russia or Belarus; neither is a jurisdiction General License D-2 covers, and Iran is not blocked, so the block is outside the D-2 question.
// modelled-on: xanderh/TheConference TheConference/Models/BanRussiaMiddleware.cs (paraphrased, not copied; the middleware that compared RegionInfo.CurrentRegion with "russia" and set 401 now reads the Cloudflare country header and checks a two-entry set, with an extension method for registration)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case350
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;

    public sealed class RegionBanMiddleware
    {
        private static readonly HashSet<string> BannedRegions = new(StringComparer.OrdinalIgnoreCase) { "RU", "BY" };
        private readonly RequestDelegate _next;

        public RegionBanMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext context)
        {
            var region = context.Request.Headers["CF-IPCountry"].ToString();

            if (region.Length == 2 && BannedRegions.Contains(region))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await _next(context);
        }
    }

    public static class RegionBanExtensions
    {
        public static IApplicationBuilder UseRegionBan(this IApplicationBuilder app) =>
            app.UseMiddleware<RegionBanMiddleware>();
    }

    public static class ConferenceSite
    {
        public static void Configure(WebApplication app)
        {
            app.UseRegionBan();
            app.MapGet("/sessions", () => Results.Ok(new[] { "Keynote", "Cloud-native .NET", "Observability" }));
            app.MapGet("/speakers", () => Results.Ok(new[] { "A. Jansen", "M. de Vries" }));
        }
    }
}
