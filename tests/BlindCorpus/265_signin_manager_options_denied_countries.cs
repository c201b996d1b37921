// expect: info A custom Identity SignInManager refuses sign-in when the request's CF-IPCountry header is in a DeniedCountries list bound from configuration (IOptionsMonitor), so which jurisdictions lose user authentication is only known at run time; worth a human review.
// modelled-on: piotrek-k/AngularNotepadApp src/ConsoleNotepad/Services/MySignInManager.cs (paraphrased, not copied; the CanSignInAsync override that required admin confirmation became a geo check against an options-bound country list)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case265
{
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Identity;
    using Microsoft.Extensions.Options;

    public sealed class ApplicationUser : IdentityUser
    {
        public bool AdminConfirmed { get; set; }
    }

    public sealed class SignInGeoOptions
    {
        public const string Section = "Security:SignInGeo";

        public bool Enabled { get; set; } = true;
        public string CountryHeader { get; set; } = "CF-IPCountry";
        public List<string> DeniedCountries { get; set; } = new();
    }

    public sealed class AppSignInManager : SignInManager<ApplicationUser>
    {
        private readonly IOptionsMonitor<SignInGeoOptions> _geo;

        public AppSignInManager(
            UserManager<ApplicationUser> userManager,
            IHttpContextAccessor contextAccessor,
            IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
            IOptions<IdentityOptions> optionsAccessor,
            ILogger<SignInManager<ApplicationUser>> logger,
            IAuthenticationSchemeProvider schemes,
            IUserConfirmation<ApplicationUser> confirmation,
            IOptionsMonitor<SignInGeoOptions> geo)
            : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
        {
            _geo = geo;
        }

        public override async Task<bool> CanSignInAsync(ApplicationUser user)
        {
            var options = _geo.CurrentValue;
            if (options.Enabled && Context is { } http)
            {
                var country = http.Request.Headers[options.CountryHeader].ToString();
                if (!string.IsNullOrEmpty(country) &&
                    options.DeniedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
                {
                    Logger.LogWarning("Sign-in blocked for {UserId} from {Country}", user.Id, country);
                    return false;
                }
            }

            if (!user.AdminConfirmed)
            {
                return false;
            }

            return await base.CanSignInAsync(user);
        }
    }

    public static class SignInSetup
    {
        public static IServiceCollection AddAppSignIn(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<SignInGeoOptions>(configuration.GetSection(SignInGeoOptions.Section));
            services.AddScoped<SignInManager<ApplicationUser>, AppSignInManager>();
            return services;
        }
    }
}
