// expect: info An Ocelot-style API gateway installs a PreAuthenticationMiddleware that answers 403 for every routed request whose CF-IPCountry is IR, SY or CU; the downstream routes come from an ocelot.json that is not part of the code, so nothing shows which services (communication, payments, ...) are being blocked and the block cannot be judged against GL D-2.
// modelled-on: ThreeMammals/Ocelot samples/OcelotCustomMiddleware/Program.cs (paraphrased, not copied; kept the AddOcelot / ocelot.json / UseOcelot(new OcelotPipelineConfiguration ...) start-up shape with Ocelot types stubbed, and filled the pipeline hook with a country gate that the sample does not have)
// packages: Microsoft.AspNetCore.App (framework reference), Ocelot (stubbed in file)
// source: blind

namespace BlindCorpus.Case307
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;

    // ---- minimal stand-ins for the gateway library ----
    public sealed class OcelotPipelineConfiguration
    {
        public Func<HttpContext, Func<Task>, Task>? PreErrorResponderMiddleware { get; set; }
        public Func<HttpContext, Func<Task>, Task>? PreAuthenticationMiddleware { get; set; }
        public Func<HttpContext, Func<Task>, Task>? PreAuthorizationMiddleware { get; set; }
    }

    public static class OcelotStandIns
    {
        public static IServiceCollection AddOcelot(this IServiceCollection services) => services;

        public static Task UseOcelot(this IApplicationBuilder app, OcelotPipelineConfiguration pipeline)
        {
            app.Use(async (ctx, next) =>
            {
                if (pipeline.PreAuthenticationMiddleware is { } pre)
                    await pre(ctx, () => next(ctx));
                else
                    await next(ctx);
            });
            return Task.CompletedTask;
        }
    }

    // ---- the gateway ----
    public static class GatewayCountryRules
    {
        public static readonly HashSet<string> Blocked = new(StringComparer.OrdinalIgnoreCase) { "IR", "SY", "CU" };

        public static async Task Enforce(HttpContext context, Func<Task> next)
        {
            var country = context.Request.Headers["CF-IPCountry"].FirstOrDefault();
            if (country is not null && Blocked.Contains(country))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { error = "region_not_supported" });
                return;
            }

            await next();
        }
    }

    public static class GatewayHost
    {
        public static async Task<WebApplication> BuildGatewayAsync(string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.Configuration.AddJsonFile("ocelot.json", optional: false, reloadOnChange: true);
            builder.Services.AddOcelot();

            var app = builder.Build();
            await app.UseOcelot(new OcelotPipelineConfiguration
            {
                PreAuthenticationMiddleware = GatewayCountryRules.Enforce,
            });
            return app;
        }
    }
}
