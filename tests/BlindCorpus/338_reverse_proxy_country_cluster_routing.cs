// expect: none A reverse-proxy step reads the CDN country header and picks the nearest backend cluster for a chat service (IR, AE, TR and other Middle East codes go to the Frankfurt cluster, Asian codes to Singapore, everything else to the default); every country is still proxied to the same service, so the country codes only drive latency routing, not a block or degradation.
// modelled-on: dantemayson/YARPDemo YARPDemo/Utils.cs (paraphrased, not copied; kept the idea of a custom proxy-pipeline step that inspects request headers and the reverse-proxy feature before calling next, with the proxy types stubbed, and turned it into a region-affinity selector)
// packages: Microsoft.AspNetCore.App (framework reference), Yarp.ReverseProxy (stubbed in file)
// source: blind

namespace BlindCorpus.Case338
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Logging;

    // ---- stand-ins for the reverse proxy feature ----
    public sealed record DestinationState(string DestinationId, string Address, string Region);

    public interface IProxyRoutingFeature
    {
        string RouteId { get; }
        IReadOnlyList<DestinationState> AllDestinations { get; }
        IReadOnlyList<DestinationState> AvailableDestinations { get; set; }
    }

    public static class RegionMap
    {
        private static readonly Dictionary<string, string> CountryToRegion = new(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "eu-frankfurt",
            ["IQ"] = "eu-frankfurt",
            ["AE"] = "eu-frankfurt",
            ["TR"] = "eu-frankfurt",
            ["SY"] = "eu-frankfurt",
            ["SG"] = "ap-singapore",
            ["IN"] = "ap-singapore",
            ["ID"] = "ap-singapore",
            ["JP"] = "ap-tokyo",
        };

        public static string RegionFor(string? countryCode)
            => countryCode != null && CountryToRegion.TryGetValue(countryCode, out var region) ? region : "us-east";
    }

    public static class RegionAffinityStep
    {
        public const string CountryHeader = "CF-IPCountry";

        public static Task SelectNearestRegion(HttpContext context, Func<Task> next)
        {
            var feature = context.Features.Get<IProxyRoutingFeature>();
            if (feature is null)
                return next();

            string? country = context.Request.Headers[CountryHeader].FirstOrDefault();
            string preferred = RegionMap.RegionFor(country);

            var nearby = feature.AllDestinations.Where(d => d.Region == preferred).ToList();
            if (nearby.Count > 0)
            {
                // Only narrows the candidate set; the request is always forwarded.
                feature.AvailableDestinations = nearby;
            }

            context.Response.Headers["X-Served-Region"] = nearby.Count > 0 ? preferred : "any";

            var logger = context.RequestServices.GetService(typeof(ILogger<DestinationState>)) as ILogger;
            logger?.LogDebug("Route {Route}: country {Country} -> region {Region}", feature.RouteId, country ?? "??", preferred);

            return next();
        }
    }

    public static class ChatGatewayPipeline
    {
        public static void UseRegionAffinity(this IApplicationBuilder app)
        {
            app.Use(next => context => RegionAffinityStep.SelectNearestRegion(context, () => next(context)));
        }
    }
}
