// expect: info A website-personalization SaaS resolves the visitor's country in an endpoint-group filter and serves 403 for a hard-coded list of restricted countries (including IR, CU, KP, SY, RU, CN and others) on its content-variant delivery API; the list includes Iran, but whether delivering personalised content variants is an authorized communication service is genuinely unclear, so it needs a human review.
// modelled-on: usertune/docs docs/legal/geographical-restrictions.md (paraphrased, not copied; the published table of restricted countries became a static array checked by an endpoint filter in front of the content-delivery API)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case287
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public static class GeographicalRestrictions
    {
        public static readonly string[] RestrictedCountryCodes =
        {
            "AF", "BY", "CF", "CN", "CU", "CD", "ER", "IR", "IQ", "LB", "LY",
            "ML", "MM", "NI", "KP", "RU", "SO", "SD", "SY", "VE", "YE", "ZW",
        };
    }

    public sealed record VisitorContext(string? Country, string? City, string? Device, string? Referrer);

    public sealed record ContentVariant(string ContentId, string VariantId, string Html, IDictionary<string, string> Attributes);

    public interface IVariantSelector
    {
        Task<ContentVariant?> SelectAsync(string spaceId, string contentSlug, VisitorContext visitor, CancellationToken ct);
    }

    public interface IVisitorGeo
    {
        string? Country(HttpContext context);
    }

    public static class ContentDeliveryEndpoints
    {
        public static RouteGroupBuilder MapContentDelivery(this IEndpointRouteBuilder app)
        {
            var group = app.MapGroup("/api/v1/content/{spaceId}");

            group.AddEndpointFilter(async (ctx, next) =>
            {
                var geo = ctx.HttpContext.RequestServices.GetRequiredService<IVisitorGeo>();
                var country = geo.Country(ctx.HttpContext);
                if (country is not null && GeographicalRestrictions.RestrictedCountryCodes.Contains(country.ToUpperInvariant()))
                {
                    return Results.Json(new { error = "Service not available in your country." }, statusCode: StatusCodes.Status403Forbidden);
                }

                return await next(ctx);
            });

            group.MapGet("/{contentSlug}", async (string spaceId, string contentSlug, HttpContext http, IVisitorGeo geo, IVariantSelector selector, CancellationToken ct) =>
            {
                var visitor = new VisitorContext(
                    geo.Country(http),
                    http.Request.Headers["X-Visitor-City"].ToString(),
                    http.Request.Headers.UserAgent.ToString(),
                    http.Request.Headers.Referer.ToString());

                var variant = await selector.SelectAsync(spaceId, contentSlug, visitor, ct);
                return variant is null ? Results.NotFound() : Results.Ok(variant);
            });

            return group;
        }
    }
}
