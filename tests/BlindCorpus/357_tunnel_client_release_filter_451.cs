// expect: warn The update server of an anti-censorship tunnel client puts a service-filter attribute on its release-download actions that reads CF-IPCountry and short-circuits with 451 Unavailable For Legal Reasons when the country is IR (or CU, SY, KP), so people in Iran cannot download or update the circumvention client (anti-censorship and VPN software are authorized for Iran under D-2).
// modelled-on: anonvector/SlipNet issue #126 (paraphrased, not copied; the plea that the tunnel client's release files cannot be downloaded from inside Iran became a C# release controller whose download actions are guarded by a country action filter)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case357
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;
    using Microsoft.Extensions.Logging;

    public sealed record ReleaseAsset(string Version, string Platform, string FileName, string Sha256, long Size);

    public interface IReleaseCatalog
    {
        ReleaseAsset? Latest(string platform);
        ReleaseAsset? Find(string version, string platform);
        Stream OpenRead(ReleaseAsset asset);
    }

    public sealed class ExportRegionFilter : IActionFilter
    {
        private static readonly IReadOnlySet<string> Denied = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "SY", "KP" };
        private readonly ILogger<ExportRegionFilter> _logger;

        public ExportRegionFilter(ILogger<ExportRegionFilter> logger) => _logger = logger;

        public void OnActionExecuting(ActionExecutingContext context)
        {
            var country = context.HttpContext.Request.Headers["CF-IPCountry"].ToString();
            if (!Denied.Contains(country))
            {
                return;
            }

            _logger.LogInformation("Release download refused for {Country}", country);
            context.Result = new ObjectResult(new { error = "Downloads are not available in your country." })
            {
                StatusCode = StatusCodes.Status451UnavailableForLegalReasons,
            };
        }

        public void OnActionExecuted(ActionExecutedContext context)
        {
        }
    }

    [ApiController]
    [Route("releases")]
    public sealed class ReleasesController : ControllerBase
    {
        private readonly IReleaseCatalog _catalog;

        public ReleasesController(IReleaseCatalog catalog) => _catalog = catalog;

        [HttpGet("{platform}/latest.json")]
        public IActionResult LatestManifest(string platform) =>
            _catalog.Latest(platform) is { } asset ? Ok(asset) : NotFound();

        [HttpGet("{platform}/latest")]
        [ServiceFilter(typeof(ExportRegionFilter))]
        public IActionResult DownloadLatest(string platform) =>
            _catalog.Latest(platform) is { } asset ? Stream(asset) : NotFound();

        [HttpGet("{version}/{platform}")]
        [ServiceFilter(typeof(ExportRegionFilter))]
        public IActionResult Download(string version, string platform) =>
            _catalog.Find(version, platform) is { } asset ? Stream(asset) : NotFound();

        private FileStreamResult Stream(ReleaseAsset asset) =>
            File(_catalog.OpenRead(asset), "application/octet-stream", asset.FileName);
    }
}
