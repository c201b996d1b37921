// expect: ok A desktop security suite's update-feed endpoint looks the caller up in GeoLite2 and, for Russia and Belarus only, answers "no update available" (HTTP 451 with an empty manifest) instead of the latest signature/engine manifest; Russia and Belarus are not jurisdictions covered by GL D-2 / 31 CFR 560.540 (Iran is not on the list), so this block is outside what the Iran general license governs.
// modelled-on: mullvad/mullvad-browser issue #554 "Iran" (paraphrased, not copied; a commenter's complaint that a vendor blocks the entire Russian IP range from updating its anti-virus became a C# update-feed endpoint that refuses Russia and Belarus, with no other country listed)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case335
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed record UpdateManifest(string Channel, string EngineVersion, string SignatureVersion, string[] Files);

    public interface IManifestStore
    {
        UpdateManifest? Latest(string channel);
    }

    public static class UpdateFeedEndpoints
    {
        // EU Council Regulation 833/2014 and 765/2006 restrictions on software services.
        private static readonly string[] SuspendedMarkets = { "RU", "BY" };

        public static IEndpointRouteBuilder MapUpdateFeed(this IEndpointRouteBuilder routes)
        {
            routes.MapGet("/update/{channel}/manifest.json", (string channel, HttpContext http, IManifestStore store, DatabaseReader geo) =>
            {
                var ip = http.Connection.RemoteIpAddress;
                string? iso = null;
                if (ip is not null && geo.TryCountry(ip, out var country))
                    iso = country?.Country.IsoCode;

                if (iso is not null && Array.IndexOf(SuspendedMarkets, iso) >= 0)
                {
                    return Results.Json(
                        new UpdateManifest(channel, "", "", Array.Empty<string>()),
                        statusCode: StatusCodes.Status451UnavailableForLegalReasons);
                }

                var manifest = store.Latest(channel);
                return manifest is null ? Results.NotFound() : Results.Json(manifest);
            });

            return routes;
        }
    }
}
