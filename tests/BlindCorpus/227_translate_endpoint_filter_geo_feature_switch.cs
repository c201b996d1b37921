// expect: warn A minimal-API endpoint filter on the /translate endpoints reads the geo feature placed in HttpContext.Features by a GeoIP middleware and answers 451 through a switch expression when the country code is IR, CU, SY or KP, so people in Iran and Cuba cannot use automated translation (an authorized service).
// modelled-on: moritzrinow/aspnetgeo README.md (paraphrased, not copied; the IGeoIp feature accessor is reused by an endpoint filter guarding a translation API)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case227
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public interface IGeoInfo
    {
        string? CountryCode { get; }
        string? ContinentCode { get; }
    }

    public static class GeoFeatureExtensions
    {
        public static IGeoInfo? GetGeo(this HttpContext context) => context.Features.Get<IGeoInfo>();
    }

    public sealed record TranslateRequest(string Text, string From, string To);

    public interface IMachineTranslator
    {
        Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);
    }

    public sealed class JurisdictionEndpointFilter : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var country = context.HttpContext.GetGeo()?.CountryCode?.ToUpperInvariant();

            var verdict = country switch
            {
                "IR" or "CU" or "SY" or "KP" => Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons),
                _ => null,
            };

            if (verdict is not null)
                return verdict;

            return await next(context);
        }
    }

    public static class TranslationEndpoints
    {
        public static RouteGroupBuilder MapTranslation(this IEndpointRouteBuilder app)
        {
            var group = app.MapGroup("/translate").AddEndpointFilter<JurisdictionEndpointFilter>();

            group.MapPost("/", async (TranslateRequest req, IMachineTranslator translator, CancellationToken ct) =>
                Results.Ok(new { text = await translator.TranslateAsync(req.Text, req.From, req.To, ct) }));

            group.MapGet("/languages", () => Results.Ok(new[] { "en", "fa", "es", "ar" }));
            return group;
        }
    }
}
