// expect: ok A crypto wallet's token-swap quote endpoint refuses quotes for users whose geo record is in a list of OFAC countries (IR, KP, SY, CU, RU, BY, VE), national crypto bans, the occupied Ukrainian regions and New York/Hawaii; blocking crypto trading for sanctioned jurisdictions is still permitted and no communication feature is gated.
// modelled-on: Sunny-Rainbow2912/evo-mas-push app/tray/GeoRestriction/GeoRestrictionList.js (paraphrased, not copied; the RESTRICTED_COUNTRIES / RESTRICTED_REGIONS_US arrays became C# sets used by an extension method on a geo record in front of a swap-quote handler)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case268
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed record GeoRecord(string CountryCode, string? SubdivisionCode);

    public sealed record SwapQuoteRequest(string FromToken, string ToToken, decimal Amount, int ChainId);

    public sealed record SwapQuote(string FromToken, string ToToken, decimal AmountIn, decimal AmountOut, decimal FeeBps);

    public interface ISwapAggregator
    {
        Task<SwapQuote> QuoteAsync(SwapQuoteRequest request, CancellationToken ct);
    }

    public interface IGeoRecordProvider
    {
        GeoRecord? Current(HttpContext context);
    }

    public static class SwapGeoRestrictions
    {
        private static readonly HashSet<string> RestrictedCountries = new(StringComparer.OrdinalIgnoreCase)
        {
            "AF", "DZ", "BD", "BO", "CN", "EG", "IQ", "MA", "NP", "MK", "PK", "TN", "QA", "SA", "TR", "VN", // crypto bans
            "IR", "KP", "SY", "CU", "RU", "BY", "VE",                                                        // OFAC
            "US",
        };

        private static readonly HashSet<string> RestrictedSubdivisions = new(StringComparer.OrdinalIgnoreCase)
        {
            "UA-43", "UA-DNR", "UA-LNR", // Crimea, Donetsk, Luhansk
            "US-NY", "US-HI",
        };

        public static bool IsRestrictedForSwaps(this GeoRecord geo) =>
            RestrictedCountries.Contains(geo.CountryCode) ||
            (geo.SubdivisionCode is { } sub && RestrictedSubdivisions.Contains($"{geo.CountryCode}-{sub}"));
    }

    public static class SwapEndpoints
    {
        public static void MapSwap(this IEndpointRouteBuilder app)
        {
            app.MapPost("/swap/quote", async (SwapQuoteRequest request, HttpContext http, IGeoRecordProvider geo, ISwapAggregator aggregator, CancellationToken ct) =>
            {
                var record = geo.Current(http);
                if (record is null || record.IsRestrictedForSwaps())
                {
                    return Results.Json(new { error = "Swaps are not available in your region." }, statusCode: StatusCodes.Status451UnavailableForLegalReasons);
                }

                if (request.Amount <= 0)
                {
                    return Results.BadRequest(new { error = "Amount must be positive." });
                }

                return Results.Ok(await aggregator.QuoteAsync(request, ct));
            });
        }
    }
}
