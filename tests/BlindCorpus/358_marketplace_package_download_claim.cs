// expect: info A CMS extension marketplace refuses every package download and install (403 "restricted area") when the account's country claim is IR, CU or SY; the same endpoint serves free themes and paid, licence-bearing extensions that it charges for, so the block mixes a payment-bearing marketplace with general software downloads and the code gives no clear evidence which D-2 category the guarded feature falls in.
// modelled-on: pagekit/pagekit issue #653 (paraphrased, not copied; the complaint that Iran was restricted from downloading extensions from the website and the CMS admin marketplace became a C# marketplace controller that checks the account country claim before both free and paid package downloads)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case358
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public enum PackageKind
    {
        Theme,
        Extension,
    }

    public sealed record MarketplacePackage(string Name, string Version, PackageKind Kind, decimal Price, string ArchivePath);

    public interface IPackageIndex
    {
        MarketplacePackage? Find(string name, string? version);
    }

    public interface ILicenseService
    {
        Task<bool> HasLicenseAsync(string accountId, string packageName, CancellationToken ct);
        Task<string> PurchaseAsync(string accountId, MarketplacePackage package, string paymentToken, CancellationToken ct);
    }

    public static class MarketplaceRegions
    {
        private static readonly List<string> Restricted = new() { "IR", "CU", "SY" };

        public static bool IsRestricted(ClaimsPrincipal user)
        {
            var country = user.FindFirst("country")?.Value ?? user.FindFirst(ClaimTypes.Country)?.Value;
            return country is not null && Restricted.Contains(country.ToUpperInvariant());
        }
    }

    [ApiController]
    [Authorize]
    [Route("api/marketplace/packages")]
    public sealed class PackagesController : ControllerBase
    {
        private readonly IPackageIndex _index;
        private readonly ILicenseService _licenses;

        public PackagesController(IPackageIndex index, ILicenseService licenses)
        {
            _index = index;
            _licenses = licenses;
        }

        [HttpGet("{name}/download")]
        public async Task<IActionResult> Download(string name, [FromQuery] string? version, CancellationToken ct)
        {
            if (MarketplaceRegions.IsRestricted(User))
            {
                return StatusCode(StatusCodes.Status403Forbidden, new { error = "The marketplace is a restricted area for your country." });
            }

            var package = _index.Find(name, version);
            if (package is null)
            {
                return NotFound();
            }

            var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
            if (package.Price > 0 && !await _licenses.HasLicenseAsync(accountId, package.Name, ct))
            {
                return StatusCode(StatusCodes.Status402PaymentRequired, new { package.Name, package.Price });
            }

            return PhysicalFile(package.ArchivePath, "application/zip", $"{package.Name}-{package.Version}.zip");
        }

        [HttpPost("{name}/purchase")]
        public async Task<IActionResult> Purchase(string name, [FromForm] string paymentToken, CancellationToken ct)
        {
            if (MarketplaceRegions.IsRestricted(User))
            {
                return StatusCode(StatusCodes.Status403Forbidden, new { error = "The marketplace is a restricted area for your country." });
            }

            var package = _index.Find(name, null);
            if (package is null)
            {
                return NotFound();
            }

            var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
            var licenseKey = await _licenses.PurchaseAsync(accountId, package, paymentToken, ct);
            return Ok(new { licenseKey });
        }
    }
}
