// expect: warn A middleware copies the Cloudflare CF-IPCountry header into HttpContext.Items, and an endpoint filter on the machine-translation API later reads that item and returns 451 when the pattern "IR" or "CU" or "SY" matches, so users in Iran, Cuba and Syria lose automated translation (an authorized communication service).
// modelled-on: apavlinovic/protabula_com Middleware/CloudflareMiddleware.cs (paraphrased, not copied; the middleware that only stashed the real client IP and country now feeds an endpoint filter that refuses translation requests with a pattern match)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case245
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;
    using Microsoft.Extensions.Logging;

    public sealed class EdgeHeadersMiddleware
    {
        public const string ClientCountryKey = "ClientCountry";
        public const string RealIpKey = "RealClientIp";
        private const string ConnectingIpHeader = "CF-Connecting-IP";
        private const string CountryHeader = "CF-IPCountry";

        private readonly RequestDelegate _next;
        private readonly ILogger<EdgeHeadersMiddleware> _logger;

        public EdgeHeadersMiddleware(RequestDelegate next, ILogger<EdgeHeadersMiddleware> logger)
        {
            _next = next;
            _logger = logger;
        }

        public Task InvokeAsync(HttpContext context)
        {
            var ip = context.Request.Headers[ConnectingIpHeader].ToString();
            context.Items[RealIpKey] = string.IsNullOrEmpty(ip) ? context.Connection.RemoteIpAddress?.ToString() : ip;

            var country = context.Request.Headers[CountryHeader].ToString();
            if (!string.IsNullOrEmpty(country) && country != "XX")
            {
                context.Items[ClientCountryKey] = country.ToUpperInvariant();
            }

            _logger.LogDebug("Edge country {Country}", country);
            return _next(context);
        }
    }

    public sealed class TranslationRegionFilter : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var country = context.HttpContext.Items[EdgeHeadersMiddleware.ClientCountryKey] as string;
            if (country is "IR" or "CU" or "SY")
            {
                return Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
            }

            return await next(context);
        }
    }

    public sealed record TranslateRequest(string Text, string From, string To);

    public interface ITranslator
    {
        Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);
    }

    public static class TranslateEndpoints
    {
        public static IEndpointRouteBuilder MapTranslate(this IEndpointRouteBuilder app)
        {
            app.MapPost("/api/translate", async (TranslateRequest req, ITranslator translator, CancellationToken ct) =>
                    Results.Ok(new { text = await translator.TranslateAsync(req.Text, req.From, req.To, ct) }))
               .AddEndpointFilter<TranslationRegionFilter>();
            return app;
        }
    }
}
