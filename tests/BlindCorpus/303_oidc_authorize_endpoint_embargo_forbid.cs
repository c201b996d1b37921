// expect: warn An OpenID Connect authorization server's /connect/authorize action resolves the signed-in user's country through an injected IRequestGeoLocator and returns Forbid with an access_denied error when it is in a static embargo list (IR, CU, SY, KP), so users in Iran cannot sign in to any relying application; user authentication is an authorized service under GL D-2, so this is over-blocking.
// modelled-on: openiddict/openiddict-samples samples/Velusia/Velusia.Server/Controllers/AuthorizationController.cs (paraphrased, not copied; kept the authorize-action shape - challenge if not signed in, build a principal, SignIn with the server scheme - with OpenIddict types stubbed, and added a geolocation gate the sample does not have)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, OpenIddict (stubbed in file)
// source: blind

namespace BlindCorpus.Case303
{
    using System.Net;
    using System.Security.Claims;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Authentication.Cookies;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.DependencyInjection;

    // ---- stand-ins for OpenIddict constants ----
    public static class OidcServerDefaults
    {
        public const string AuthenticationScheme = "OpenIddict.Server.AspNetCore";
        public const string ErrorKey = ".error";
        public const string ErrorDescriptionKey = ".error_description";
    }

    public static class OidcErrors
    {
        public const string AccessDenied = "access_denied";
    }

    // ---- geolocation helper ----
    public interface IRequestGeoLocator
    {
        string? CountryOf(HttpContext context);
    }

    public sealed class MaxMindGeoLocator : IRequestGeoLocator
    {
        private readonly DatabaseReader _reader;

        public MaxMindGeoLocator(DatabaseReader reader) => _reader = reader;

        public string? CountryOf(HttpContext context)
        {
            IPAddress? ip = context.Connection.RemoteIpAddress;
            if (ip is null || IPAddress.IsLoopback(ip))
                return null;
            return _reader.TryCountry(ip, out var response) ? response.Country.IsoCode : null;
        }
    }

    public static class EmbargoList
    {
        public const string Iran = "IR";
        public const string Cuba = "CU";
        public const string Syria = "SY";
        public const string NorthKorea = "KP";

        public static readonly string[] All = { Iran, Cuba, Syria, NorthKorea };
    }

    public sealed class AuthorizationController : Controller
    {
        private readonly IRequestGeoLocator _geo;

        public AuthorizationController(IRequestGeoLocator geo) => _geo = geo;

        [HttpGet("~/connect/authorize")]
        [HttpPost("~/connect/authorize")]
        [IgnoreAntiforgeryToken]
        public async Task<IActionResult> Authorize(string client_id, string? scope)
        {
            var result = await HttpContext.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (!result.Succeeded || result.Principal is null)
            {
                return Challenge(new AuthenticationProperties
                {
                    RedirectUri = Request.PathBase + Request.Path + QueryString.Create(Request.Query.ToDictionary(k => k.Key, v => v.Value.ToString()))
                }, CookieAuthenticationDefaults.AuthenticationScheme);
            }

            var country = _geo.CountryOf(HttpContext);
            if (country is not null && EmbargoList.All.Contains(country))
            {
                return Forbid(new AuthenticationProperties(new Dictionary<string, string?>
                {
                    [OidcServerDefaults.ErrorKey] = OidcErrors.AccessDenied,
                    [OidcServerDefaults.ErrorDescriptionKey] = "Sign-in is not available from your location."
                }), OidcServerDefaults.AuthenticationScheme);
            }

            var identity = new ClaimsIdentity(OidcServerDefaults.AuthenticationScheme, "name", "role");
            identity.AddClaim(new Claim("sub", result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty));
            identity.AddClaim(new Claim("name", result.Principal.Identity?.Name ?? string.Empty));
            identity.AddClaim(new Claim("client_id", client_id));
            if (!string.IsNullOrEmpty(scope))
                identity.AddClaim(new Claim("scope", scope));

            return SignIn(new ClaimsPrincipal(identity), OidcServerDefaults.AuthenticationScheme);
        }
    }

    public static class IdentityServerSetup
    {
        public static IServiceCollection AddIdentityProviderGeo(this IServiceCollection services)
        {
            services.AddSingleton(_ => new DatabaseReader("GeoLite2-Country.mmdb"));
            services.AddSingleton<IRequestGeoLocator, MaxMindGeoLocator>();
            return services;
        }
    }
}
