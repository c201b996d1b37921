// expect: warn XYZ map-tile endpoint looks up the caller in a MaxMind country database and answers 451 for IR, CU and KP; web maps are authorized for Iran and Cuba
// modelled-on: apdevelop/tile-map-service Src/TileMapService/Controllers/XyzController.cs (paraphrased, not copied; the GeoIP gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case067;

using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

public interface ITileSource
{
    string ContentType { get; }
    Task<byte[]?> GetTileAsync(int x, int y, int z);
}

public interface ITileSourceFabric
{
    bool Contains(string tileset);
    ITileSource Get(string tileset);
}

[Route("xyz")]
public class XyzController : Controller
{
    private static readonly HashSet<string> EmbargoedCountries = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

    private readonly ITileSourceFabric tileSources;
    private readonly DatabaseReader countryDb;

    public XyzController(ITileSourceFabric tileSources, DatabaseReader countryDb)
    {
        this.tileSources = tileSources;
        this.countryDb = countryDb;
    }

    [HttpGet("{tileset}/{z}/{x}/{y}.{extension}")]
    public async Task<IActionResult> GetTileWithUrlPathAsync(string tileset, int x, int y, int z, string extension)
    {
        if (string.IsNullOrEmpty(tileset) || string.IsNullOrEmpty(extension))
        {
            return BadRequest();
        }

        if (CallerIsEmbargoed())
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        if (!tileSources.Contains(tileset))
        {
            return NotFound($"Specified tileset '{tileset}' not found");
        }

        var source = tileSources.Get(tileset);
        var data = await source.GetTileAsync(x, (1 << z) - y - 1, z);
        return data is null ? NotFound() : File(data, source.ContentType);
    }

    private bool CallerIsEmbargoed()
    {
        var address = HttpContext.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false;
        }

        return countryDb.TryCountry(address, out var response)
            && response?.Country.IsoCode is { } iso
            && EmbargoedCountries.Contains(iso);
    }
}
