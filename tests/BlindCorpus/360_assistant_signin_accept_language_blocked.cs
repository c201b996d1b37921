// expect: warn The sign-in flow of an AI chat assistant resolves the caller's region from a trusted edge header or, failing that, from the region part of Accept-Language (fa-IR gives IR), and a policy object bound from options tells the sign-in endpoint to show "Sorry, you have been blocked" instead of issuing the session cookie for IR, CU, SY and KP, so people in Iran cannot sign in to chat (user authentication and chat are authorized services under D-2).
// modelled-on: MoonshotAI/Kimi-K3 issue #39 (paraphrased, not copied; the report that Iranian users get "Sorry, you have been blocked" every time they try to log in to the chatbot became a C# sign-in endpoint that consults a region policy before signing the user in)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case360
{
    using System.Globalization;
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Authentication.Cookies;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Options;

    public sealed class RegionPolicyOptions
    {
        public string EdgeCountryHeader { get; set; } = "X-Edge-Country";
        public string[] BlockedRegions { get; set; } = ["IR", "CU", "SY", "KP"];
    }

    public sealed record SignInForm(string Email, string Password);

    public interface ICredentialStore
    {
        Task<string?> ValidateAsync(string email, string password, CancellationToken ct);
    }

    public interface IRegionPolicy
    {
        bool IsBlocked(HttpRequest request);
    }

    public sealed class RegionPolicy : IRegionPolicy
    {
        private readonly RegionPolicyOptions _options;

        public RegionPolicy(IOptions<RegionPolicyOptions> options) => _options = options.Value;

        public bool IsBlocked(HttpRequest request)
        {
            var region = request.Headers[_options.EdgeCountryHeader].ToString();
            if (string.IsNullOrEmpty(region))
            {
                region = RegionFromAcceptLanguage(request.Headers.AcceptLanguage.ToString());
            }

            return _options.BlockedRegions.Any(r => string.Equals(r, region, StringComparison.OrdinalIgnoreCase));
        }

        private static string RegionFromAcceptLanguage(string header)
        {
            var first = header.Split(',', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Split(';')[0].Trim();
            if (string.IsNullOrEmpty(first))
            {
                return string.Empty;
            }

            try
            {
                var culture = CultureInfo.GetCultureInfo(first);
                return culture.IsNeutralCulture ? string.Empty : new RegionInfo(culture.Name).TwoLetterISORegionName;
            }
            catch (ArgumentException)
            {
                return string.Empty;
            }
        }
    }

    public static class SignInEndpoints
    {
        public static void MapAssistantSignIn(this WebApplication app)
        {
            app.MapPost("/auth/sign-in", async (HttpContext http, SignInForm form, IRegionPolicy policy, ICredentialStore credentials, CancellationToken ct) =>
            {
                if (policy.IsBlocked(http.Request))
                {
                    return Blocked();
                }

                var userId = await credentials.ValidateAsync(form.Email, form.Password, ct);
                if (userId is null)
                {
                    return Results.Unauthorized();
                }

                var identity = new ClaimsIdentity(
                    new[] { new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Email, form.Email) },
                    CookieAuthenticationDefaults.AuthenticationScheme);
                await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                return Results.Redirect("/chat");
            });
        }

        private static IResult Blocked() =>
            Results.Content("<h1>Sorry, you have been blocked</h1><p>You are unable to access this assistant.</p>", "text/html", statusCode: StatusCodes.Status403Forbidden);
    }
}
