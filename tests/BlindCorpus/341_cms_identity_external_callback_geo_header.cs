// expect: warn A headless CMS's built-in identity server, in its external-login callback (Google/GitHub/Microsoft sign-in), reads the visitor's country through an HttpContext extension over the CDN country header and, when it is one of the configured blocked regions (IR, SY, CU), returns the "region blocked" view instead of creating or signing in the user; user authentication is an authorized service for Iran under GL D-2, so refusing sign-in is over-blocking.
// modelled-on: Squidex/squidex backend/src/Squidex/Areas/IdentityServer/Controllers/Account/AccountController.cs (paraphrased, not copied; kept the ExternalCallback flow - get external login info, try sign-in, otherwise create the user from the e-mail claim and add the login, then consent or redirect - with the identity services stubbed, and added a geo header helper and region check the real controller does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case341
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.Options;

    // ---- stand-ins for identity services ----
    public sealed record ExternalLogin(string LoginProvider, string ProviderKey, ClaimsPrincipal Principal);

    public sealed record AppUser(string Id, string Email, bool HasConsent);

    public interface IExternalSignIn
    {
        Task<ExternalLogin?> GetExternalLoginInfoAsync();
        Task<(bool Succeeded, bool IsLockedOut)> ExternalLoginSignInAsync(string provider, string key);
    }

    public interface IUserDirectory
    {
        Task<AppUser?> FindByLoginAsync(string provider, string key, CancellationToken ct);
        Task<AppUser> CreateAsync(string email, CancellationToken ct);
        Task AddLoginAsync(string userId, ExternalLogin login, CancellationToken ct);
    }

    public sealed class MyIdentityOptions
    {
        public bool NoConsent { get; set; }
        public List<string> BlockedRegions { get; set; } = new() { "IR", "SY", "CU" };
    }

    public static class RequestGeoExtensions
    {
        private static readonly string[] CountryHeaders = { "CF-IPCountry", "CloudFront-Viewer-Country", "X-Country-Code" };

        public static string? GetVisitorCountry(this HttpContext httpContext)
        {
            foreach (var header in CountryHeaders)
            {
                var value = httpContext.Request.Headers[header].ToString();
                if (!string.IsNullOrWhiteSpace(value) && value != "XX")
                    return value.Trim().ToUpperInvariant();
            }
            return null;
        }
    }

    public sealed class AccountController : Controller
    {
        private readonly IExternalSignIn _signIn;
        private readonly IUserDirectory _users;
        private readonly MyIdentityOptions _identityOptions;

        public AccountController(IExternalSignIn signIn, IUserDirectory users, IOptions<MyIdentityOptions> identityOptions)
        {
            _signIn = signIn;
            _users = users;
            _identityOptions = identityOptions.Value;
        }

        [HttpGet]
        [Route("account/external-callback/")]
        public async Task<IActionResult> ExternalCallback(string? returnUrl = null)
        {
            var login = await _signIn.GetExternalLoginInfoAsync();
            if (login == null)
                return RedirectToAction(nameof(Login));

            if (IsBlockedRegion(HttpContext.GetVisitorCountry()))
                return View("RegionBlocked");

            var result = await _signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey);
            if (!result.Succeeded && result.IsLockedOut)
                return View("LockedOut");

            AppUser? user;
            var isLoggedIn = result.Succeeded;

            if (isLoggedIn)
            {
                user = await _users.FindByLoginAsync(login.LoginProvider, login.ProviderKey, HttpContext.RequestAborted);
            }
            else
            {
                var email = login.Principal.FindFirstValue(ClaimTypes.Email);
                if (string.IsNullOrWhiteSpace(email))
                    return View("NoEmail");

                user = await _users.CreateAsync(email, HttpContext.RequestAborted);
                await _users.AddLoginAsync(user.Id, login, HttpContext.RequestAborted);

                (isLoggedIn, var locked) = await _signIn.ExternalLoginSignInAsync(login.LoginProvider, login.ProviderKey);
                if (locked)
                    return View("LockedOut");
            }

            if (!isLoggedIn)
                return RedirectToAction(nameof(Login));

            if (user != null && !user.HasConsent && !_identityOptions.NoConsent)
                return RedirectToAction("Consent", new { returnUrl });

            return LocalRedirect(returnUrl ?? "~/");
        }

        [HttpGet]
        [Route("account/login/")]
        public IActionResult Login(string? returnUrl = null) => View(nameof(Login), returnUrl);

        private bool IsBlockedRegion(string? country)
            => country != null && _identityOptions.BlockedRegions.Contains(country, StringComparer.OrdinalIgnoreCase);
    }
}
