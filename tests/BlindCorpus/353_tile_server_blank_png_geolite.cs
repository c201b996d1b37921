// expect: warn A map tile server's minimal-API tile route asks a GeoLite2-backed locator for the caller's country and, when an embargo helper says it is IR, SY or CU, quietly returns a blank transparent 256x256 tile instead of the rendered map tile, so people in Iran get an empty map (maps are an authorized service under D-2).
// modelled-on: openlayers/openlayers issue #9451 (paraphrased, not copied; the report that the map library site and a self-hosted map app were unreachable from Iran became a C# tile endpoint that degrades tiles to a blank image for embargoed callers)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case353
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;

    public interface ITileRenderer
    {
        Task<byte[]?> RenderAsync(string layer, int z, int x, int y, CancellationToken ct);
    }

    public interface IClientLocator
    {
        string? CountryOf(HttpContext context);
    }

    public sealed class GeoLiteClientLocator : IClientLocator, IDisposable
    {
        private readonly DatabaseReader _reader;

        public GeoLiteClientLocator(string databasePath) => _reader = new DatabaseReader(databasePath);

        public string? CountryOf(HttpContext context)
        {
            var forwarded = context.Request.Headers["X-Forwarded-For"].ToString();
            var candidate = string.IsNullOrEmpty(forwarded) ? null : forwarded.Split(',')[0].Trim();
            var address = candidate is not null && IPAddress.TryParse(candidate, out var parsed)
                ? parsed
                : context.Connection.RemoteIpAddress;

            if (address is null)
            {
                return null;
            }

            return _reader.TryCountry(address, out var response) ? response?.Country.IsoCode : null;
        }

        public void Dispose() => _reader.Dispose();
    }

    public static class EmbargoRules
    {
        private static readonly string[] Embargoed = { "IR", "SY", "CU" };

        public static bool AppliesTo(string? isoCode) =>
            isoCode is not null && Array.IndexOf(Embargoed, isoCode.ToUpperInvariant()) >= 0;
    }

    public static class BlankTile
    {
        public static readonly byte[] Png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }

    public static class TileEndpoints
    {
        public static void MapTiles(this WebApplication app)
        {
            app.MapGet("/tiles/{layer}/{z:int}/{x:int}/{y:int}.png", async (
                string layer, int z, int x, int y,
                HttpContext http, IClientLocator locator, ITileRenderer renderer, CancellationToken ct) =>
            {
                http.Response.Headers.CacheControl = "public, max-age=86400";

                if (EmbargoRules.AppliesTo(locator.CountryOf(http)))
                {
                    return Results.File(BlankTile.Png, "image/png");
                }

                var tile = await renderer.RenderAsync(layer, z, x, y, ct);
                return tile is null ? Results.NotFound() : Results.File(tile, "image/png");
            });
        }
    }
}
