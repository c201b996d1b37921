// expect: info action filter on the file-sharing links API returns 403 for countries read from IConfiguration "Sharing:BlockedCountries"; no appsettings.json ships with it, so the jurisdictions are not visible
// modelled-on: CodeMazeBlog/CodeMazeGuides aspnetcore-webapi/IpAddressBlocking/IpAddressBlocking/IpBlockActionFilter.cs (paraphrased, not copied; IP list swapped for a configured country list resolved with MaxMind)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case072;

using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

public class CountryBlockActionFilter : ActionFilterAttribute
{
    private readonly string[] _blockedCountries;
    private readonly DatabaseReader _geo;

    public CountryBlockActionFilter(IConfiguration configuration, DatabaseReader geo)
    {
        _blockedCountries = configuration.GetSection("Sharing:BlockedCountries").Get<string[]>() ?? [];
        _geo = geo;
    }

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var remoteIp = context.HttpContext.Connection.RemoteIpAddress;
        string? iso = null;
        if (remoteIp is not null && _geo.TryCountry(remoteIp, out var country))
        {
            iso = country?.Country.IsoCode;
        }

        if (iso is not null && Array.Exists(_blockedCountries, c => string.Equals(c, iso, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status403Forbidden);
            return;
        }

        base.OnActionExecuting(context);
    }
}

public sealed record SharedLink(string Token, string FileId, DateTimeOffset ExpiresAt);

[ApiController]
[Route("api/shared-links")]
[ServiceFilter(typeof(CountryBlockActionFilter))]
public class SharedLinksController : ControllerBase
{
    [HttpPost]
    public ActionResult<SharedLink> Create([FromQuery] string fileId)
        => new SharedLink(Guid.NewGuid().ToString("N"), fileId, DateTimeOffset.UtcNow.AddDays(7));

    [HttpGet("{token}")]
    public IActionResult Open(string token) => Redirect($"/files/download/{token}");
}
