// expect: none YARP request transform only forwards the detected country (X-Country / CF-IPCountry fallback) and bot flags to the backend as headers; nothing is denied or degraded
// modelled-on: scottgal/stylobot Mostlylucid.BotDetection/Extensions/YarpExtensions.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), Yarp.ReverseProxy (stubbed in file)
// source: blind
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace Yarp.ReverseProxy.Transforms
{
    public sealed class RequestTransformContext
    {
        public HttpContext HttpContext { get; init; } = null!;
        public HttpRequestMessage ProxyRequest { get; init; } = null!;
    }
}

namespace Yarp.ReverseProxy.Transforms.Builder
{
    public sealed class TransformBuilderContext
    {
        public IList<Func<RequestTransformContext, ValueTask>> RequestTransforms { get; } = new List<Func<RequestTransformContext, ValueTask>>();

        public TransformBuilderContext AddRequestTransform(Func<RequestTransformContext, ValueTask> transform)
        {
            RequestTransforms.Add(transform);
            return this;
        }
    }
}

namespace Microsoft.Extensions.DependencyInjection
{
    public interface IReverseProxyBuilder
    {
        IServiceCollection Services { get; }
    }

    public static class ReverseProxyStubExtensions
    {
        public static IReverseProxyBuilder AddReverseProxy(this IServiceCollection services) => throw new NotSupportedException("stub");

        public static IReverseProxyBuilder LoadFromConfig(this IReverseProxyBuilder builder, IConfiguration config) => builder;

        public static IReverseProxyBuilder AddTransforms(this IReverseProxyBuilder builder, Action<TransformBuilderContext> action) => builder;
    }
}

namespace BlindCorpus.Case113
{
    public static class DetectionHeaders
    {
        public const string ItemsKey = "BotDetection.Result";

        public sealed record DetectionResult(bool IsBot, double Confidence, string? CountryCode, bool IsVpn, bool IsDatacenter);

        public static void AddDetectionHeaders(this HttpContext httpContext, Action<string, string> addHeader)
        {
            var result = httpContext.Items.TryGetValue(ItemsKey, out var o) ? o as DetectionResult : null;

            addHeader("X-Bot-Detected", (result?.IsBot ?? false).ToString().ToLowerInvariant());
            addHeader("X-Bot-Confidence", (result?.Confidence ?? 0d).ToString("F2"));

            var country = result?.CountryCode;
            if (string.IsNullOrEmpty(country) || country == "LOCAL")
            {
                country = httpContext.Request.Headers["X-Country"].FirstOrDefault()
                          ?? httpContext.Request.Headers["CF-IPCountry"].FirstOrDefault();
                if (country is "XX" or "LOCAL" or "")
                    country = null;
            }

            if (!string.IsNullOrEmpty(country))
                addHeader("X-Bot-Detection-Country", country);

            var flags = new List<string>(2);
            if (result?.IsVpn == true) flags.Add("vpn");
            if (result?.IsDatacenter == true) flags.Add("datacenter");
            if (flags.Count > 0)
                addHeader("X-Bot-Detection-NetworkFlags", string.Join(",", flags));
        }

        public static void AddGateway(WebApplicationBuilder builder)
        {
            builder.Services.AddReverseProxy()
                .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
                .AddTransforms(ctx =>
                {
                    ctx.AddRequestTransform(transform =>
                    {
                        transform.HttpContext.AddDetectionHeaders(
                            (name, value) => transform.ProxyRequest.Headers.TryAddWithoutValidation(name, value));
                        return ValueTask.CompletedTask;
                    });
                });
        }
    }
}
