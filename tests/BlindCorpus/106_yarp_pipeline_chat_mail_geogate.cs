// expect: warn YARP gateway proxy-pipeline step answers 451 for /chat and /mail routes when the edge country header (X-Country, CF-IPCountry fallback) is in a FrozenSet of IR, CU, KP: chat and e-mail are authorized for Iran and Cuba
// modelled-on: scottgal/stylobot Mostlylucid.BotDetection/Extensions/YarpExtensions.cs (paraphrased, not copied; the header fallback is kept, the deny step in the proxy pipeline is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Yarp.ReverseProxy (stubbed in file)
// source: blind
using System.Collections.Frozen;
using Yarp.ReverseProxy.Model;

namespace Yarp.ReverseProxy.Model
{
    public interface IReverseProxyApplicationBuilder : IApplicationBuilder
    {
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IReverseProxyBuilder
    {
        IServiceCollection Services { get; }
    }

    public static class ReverseProxyServiceCollectionExtensions
    {
        public static IReverseProxyBuilder AddReverseProxy(this IServiceCollection services)
            => throw new NotSupportedException("stub");

        public static IReverseProxyBuilder LoadFromConfig(this IReverseProxyBuilder builder, IConfiguration config)
            => builder;
    }
}

namespace Microsoft.AspNetCore.Builder
{
    public static class ReverseProxyIEndpointRouteBuilderExtensions
    {
        public static IEndpointConventionBuilder MapReverseProxy(
            this IEndpointRouteBuilder endpoints,
            Action<IReverseProxyApplicationBuilder> configureApp)
            => throw new NotSupportedException("stub");
    }
}

namespace BlindCorpus.Case106
{
    public static class GatewayHost
    {
        private static readonly FrozenSet<string> RestrictedOrigins =
            new[] { "IR", "CU", "KP" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        // Backends behind this gateway: the chat service and the webmail service.
        private static readonly PathString[] GeoGatedPrefixes = { "/chat", "/mail" };

        public static void Build(WebApplicationBuilder builder)
        {
            builder.Services.AddReverseProxy()
                .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        }

        public static void Configure(WebApplication app)
        {
            app.MapReverseProxy(proxyPipeline =>
            {
                proxyPipeline.Use(async (context, next) =>
                {
                    if (IsGated(context.Request.Path) && IsRestrictedOrigin(context))
                    {
                        context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
                        await context.Response.WriteAsJsonAsync(new { error = "unavailable_in_region" });
                        return;
                    }

                    await next();
                });
            });
        }

        private static bool IsGated(PathString path)
        {
            foreach (var prefix in GeoGatedPrefixes)
            {
                if (path.StartsWithSegments(prefix))
                    return true;
            }

            return false;
        }

        private static bool IsRestrictedOrigin(HttpContext context)
        {
            var country = context.Request.Headers["X-Country"].FirstOrDefault()
                          ?? context.Request.Headers["CF-IPCountry"].FirstOrDefault();

            if (country is null or "" or "XX" or "LOCAL")
                return false;

            return RestrictedOrigins.Contains(country);
        }
    }
}
