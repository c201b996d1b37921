// expect: warn A map tile proxy (XYZ raster tiles for a web/mobile map viewer) parses the CF-IPCountry header into an EmbargoedTerritory enum (IR, CU, SY, KP) and, for those visitors, answers every /tiles/{z}/{x}/{y}.png request with HTTP 451 and a blank tile instead of the map, so people in Iran get an empty map; online maps are authorized for Iran under GL D-2.
// modelled-on: CSSEGISandData/COVID-19 issue #307 "Problems at Reaching from Iran" (paraphrased, not copied; the report that the hosted map services answered Iranian visitors with 403 "because of sanctions" became a C# tile-proxy controller that swaps in a blank tile for embargoed countries)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case328
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public enum EmbargoedTerritory
    {
        IR,
        CU,
        SY,
        KP,
    }

    public interface ITileCache
    {
        Task<byte[]?> GetAsync(string layer, int z, int x, int y, CancellationToken ct);
    }

    public interface IUpstreamTileSource
    {
        Task<byte[]> FetchAsync(string layer, int z, int x, int y, CancellationToken ct);
    }

    public static class BlankTile
    {
        // 1x1 transparent PNG, scaled by the client
        public static readonly byte[] Png = Convert.FromBase64String(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    }

    [ApiController]
    [Route("tiles")]
    public sealed class TilesController : ControllerBase
    {
        private readonly ITileCache _cache;
        private readonly IUpstreamTileSource _upstream;

        public TilesController(ITileCache cache, IUpstreamTileSource upstream)
        {
            _cache = cache;
            _upstream = upstream;
        }

        [HttpGet("{layer}/{z:int}/{x:int}/{y:int}.png")]
        public async Task<IActionResult> GetTile(string layer, int z, int x, int y, CancellationToken ct)
        {
            if (IsEmbargoed(Request.Headers["CF-IPCountry"].ToString()))
            {
                Response.Headers.CacheControl = "no-store";
                Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
                return File(BlankTile.Png, "image/png");
            }

            if (z < 0 || z > 19) return BadRequest();

            var bytes = await _cache.GetAsync(layer, z, x, y, ct)
                        ?? await _upstream.FetchAsync(layer, z, x, y, ct);
            Response.Headers.CacheControl = "public, max-age=86400";
            return File(bytes, "image/png");
        }

        private static bool IsEmbargoed(string header) =>
            !string.IsNullOrWhiteSpace(header)
            && Enum.TryParse<EmbargoedTerritory>(header.Trim(), ignoreCase: true, out var territory)
            && Enum.IsDefined(territory);
    }
}
