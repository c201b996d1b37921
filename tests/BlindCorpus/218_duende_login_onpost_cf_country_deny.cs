// expect: warn A Duende IdentityServer login page (OnPost) reads the Cloudflare CF-IPCountry header and, for IR, CU or KP, raises a login-failure event and denies the pending OIDC authorization (or shows an error) instead of signing the user in; user authentication/sign-in is an authorized communication-related service for Iran and Cuba.
// modelled-on: edualmeida/Lab.Core.IdentityServer Lab.Core.IdentityServer/Pages/Account/Login/Index.cshtml.cs (paraphrased, not copied; the region check before PasswordSignInAsync is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Duende.IdentityServer (stubbed in file)
// source: blind

namespace Duende.IdentityServer.Models
{
    public class Client
    {
        public string ClientId { get; set; } = "";
        public bool EnableLocalLogin { get; set; } = true;
    }

    public class AuthorizationRequest
    {
        public Client Client { get; set; } = new();
        public string? IdP { get; set; }
        public string? LoginHint { get; set; }
    }

    public enum AuthorizationError
    {
        AccessDenied,
        InvalidRequest,
        LoginRequired,
    }
}

namespace Duende.IdentityServer.Events
{
    public abstract class Event
    {
        protected Event(string name) => Name = name;
        public string Name { get; }
    }

    public class UserLoginSuccessEvent : Event
    {
        public UserLoginSuccessEvent(string username, string subjectId, string name, bool interactive = true, string? clientId = null)
            : base("User Login Success") => Username = username;
        public string Username { get; }
    }

    public class UserLoginFailureEvent : Event
    {
        public UserLoginFailureEvent(string username, string error, bool interactive = true, string? clientId = null)
            : base("User Login Failure") => (Username, Error) = (username, error);
        public string Username { get; }
        public string Error { get; }
    }
}

namespace Duende.IdentityServer.Services
{
    using Duende.IdentityServer.Events;
    using Duende.IdentityServer.Models;

    public interface IIdentityServerInteractionService
    {
        Task<AuthorizationRequest?> GetAuthorizationContextAsync(string? returnUrl);
        Task DenyAuthorizationAsync(AuthorizationRequest request, AuthorizationError error, string? errorDescription = null);
    }

    public interface IEventService
    {
        Task RaiseAsync(Event evt);
    }
}

namespace BlindCorpus.Case218
{
    using System.ComponentModel.DataAnnotations;
    using Duende.IdentityServer.Events;
    using Duende.IdentityServer.Models;
    using Duende.IdentityServer.Services;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Identity;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.RazorPages;

    public class InputModel
    {
        [Required] public string? Username { get; set; }
        [Required] public string? Password { get; set; }
        public bool RememberLogin { get; set; }
        public string? ReturnUrl { get; set; }
        public string? Button { get; set; }
    }

    public static class LoginOptions
    {
        public static readonly bool AllowRememberLogin = true;
        public static readonly string InvalidCredentialsErrorMessage = "Invalid username or password";
        public static readonly string RegionUnavailableMessage = "Sign-in is not available in your region.";
    }

    internal static class EdgeGeo
    {
        // set by Cloudflare in front of the identity server
        public static string CountryOf(HttpRequest request) =>
            request.Headers.TryGetValue("CF-IPCountry", out var values) ? values.ToString().Trim().ToUpperInvariant() : "XX";
    }

    internal static class SignInRegionPolicy
    {
        private static readonly string[] Restricted = { "IR", "CU", "KP" };

        public static bool IsRestricted(string countryCode) => Array.IndexOf(Restricted, countryCode) >= 0;
    }

    [AllowAnonymous]
    public class Index : PageModel
    {
        private readonly UserManager<IdentityUser> _userManager;
        private readonly SignInManager<IdentityUser> _signInManager;
        private readonly IIdentityServerInteractionService _interaction;
        private readonly IEventService _events;

        [BindProperty]
        public InputModel Input { get; set; } = new();

        public Index(IIdentityServerInteractionService interaction, IEventService events, UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager)
        {
            _interaction = interaction;
            _events = events;
            _userManager = userManager;
            _signInManager = signInManager;
        }

        public IActionResult OnGet(string? returnUrl)
        {
            Input = new InputModel { ReturnUrl = returnUrl };
            return Page();
        }

        public async Task<IActionResult> OnPost()
        {
            var context = await _interaction.GetAuthorizationContextAsync(Input.ReturnUrl);

            if (Input.Button != "login")
            {
                if (context != null)
                {
                    await _interaction.DenyAuthorizationAsync(context, AuthorizationError.AccessDenied);
                    return Redirect(Input.ReturnUrl!);
                }
                return Redirect("~/");
            }

            var country = EdgeGeo.CountryOf(Request);
            if (SignInRegionPolicy.IsRestricted(country))
            {
                await _events.RaiseAsync(new UserLoginFailureEvent(Input.Username ?? "", $"region {country}", clientId: context?.Client.ClientId));
                if (context != null)
                {
                    await _interaction.DenyAuthorizationAsync(context, AuthorizationError.AccessDenied, LoginOptions.RegionUnavailableMessage);
                    return Redirect(Input.ReturnUrl!);
                }
                ModelState.AddModelError(string.Empty, LoginOptions.RegionUnavailableMessage);
                return Page();
            }

            if (ModelState.IsValid)
            {
                var result = await _signInManager.PasswordSignInAsync(Input.Username!, Input.Password!, Input.RememberLogin, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    var user = await _userManager.FindByNameAsync(Input.Username!);
                    await _events.RaiseAsync(new UserLoginSuccessEvent(user!.UserName!, user.Id, user.UserName!, clientId: context?.Client.ClientId));

                    if (context != null)
                        return Redirect(Input.ReturnUrl!);
                    if (Url.IsLocalUrl(Input.ReturnUrl))
                        return Redirect(Input.ReturnUrl);
                    if (string.IsNullOrEmpty(Input.ReturnUrl))
                        return Redirect("~/");
                    throw new InvalidOperationException("invalid return URL");
                }

                await _events.RaiseAsync(new UserLoginFailureEvent(Input.Username!, "invalid credentials", clientId: context?.Client.ClientId));
                ModelState.AddModelError(string.Empty, LoginOptions.InvalidCredentialsErrorMessage);
            }

            return Page();
        }
    }
}
