// expect: warn A map service's route group (place search and reverse geocoding backed by Nominatim) has an endpoint filter that answers 403 when the Cloudflare country header is IR, CU, SY or KP, so users in Iran lose the web map search; web mapping is authorized for Iran.
// modelled-on: gzileni/NominatimAPI README.md (search / reverse usage; paraphrased, not copied; the library calls were put behind an ASP.NET Core route group whose inline endpoint filter checks a FrozenSet of country codes)
// packages: Microsoft.AspNetCore.App (framework reference) (Nominatim client stubbed in file)
// source: blind

namespace BlindCorpus.Case262
{
    using System.Collections.Frozen;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed record Place(long PlaceId, string DisplayName, double Lat, double Lon, string? CountryCode);

    public interface INominatimClient
    {
        Task<IReadOnlyList<Place>> SearchAsync(string query, int limit, CancellationToken ct);
        Task<Place?> ReverseAsync(double lat, double lon, int zoom, CancellationToken ct);
    }

    public static class MapApi
    {
        private static readonly FrozenSet<string> BlockedCountries =
            new[] { "IR", "CU", "SY", "KP" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        public static RouteGroupBuilder MapGeocoding(this IEndpointRouteBuilder routes)
        {
            var group = routes.MapGroup("/api/maps");

            group.AddEndpointFilter(async (invocation, next) =>
            {
                var country = invocation.HttpContext.Request.Headers["CF-IPCountry"].ToString();
                if (BlockedCountries.Contains(country))
                {
                    return Results.Problem(
                        detail: "Map search is not available in your country.",
                        statusCode: StatusCodes.Status403Forbidden);
                }

                return await next(invocation);
            });

            group.MapGet("/search", async (string q, int? limit, INominatimClient client, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q))
                {
                    return Results.BadRequest("q is required");
                }

                var places = await client.SearchAsync(q, Math.Clamp(limit ?? 10, 1, 50), ct);
                return Results.Ok(places);
            });

            group.MapGet("/reverse", async (double lat, double lon, int? zoom, INominatimClient client, CancellationToken ct) =>
            {
                var place = await client.ReverseAsync(lat, lon, zoom ?? 18, ct);
                return place is null ? Results.NotFound() : Results.Ok(place);
            });

            return group;
        }
    }
}
