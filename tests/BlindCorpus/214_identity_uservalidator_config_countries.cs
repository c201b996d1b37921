// expect: info An ASP.NET Core Identity IUserValidator for a community messaging app fails account creation when the user's declared country is in RegistrationOptions.RestrictedCountries, bound from configuration with no values in code or in the case; sign-up is an authorized feature but the jurisdictions cannot be known statically.
// modelled-on: htmlpk/WebApplication1 WebApplication1/Validators/CustomUserValidator.cs (paraphrased, not copied; the country rule bound from options is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case214
{
    using Microsoft.AspNetCore.Identity;
    using Microsoft.Extensions.Options;

    public class CommunityUser : IdentityUser
    {
        public string? CountryCode { get; set; }
        public string? DisplayName { get; set; }
    }

    public sealed class RegistrationOptions
    {
        public const string Section = "Registration";
        public string[] RestrictedCountries { get; set; } = Array.Empty<string>();
        public string[] ReservedNames { get; set; } = Array.Empty<string>();
    }

    public sealed class CommunityUserValidator : IUserValidator<CommunityUser>
    {
        private readonly IOptionsMonitor<RegistrationOptions> _options;

        public CommunityUserValidator(IOptionsMonitor<RegistrationOptions> options) => _options = options;

        public Task<IdentityResult> ValidateAsync(UserManager<CommunityUser> manager, CommunityUser user)
        {
            var errors = new List<IdentityError>();
            var options = _options.CurrentValue;

            if (!string.IsNullOrEmpty(user.CountryCode)
                && options.RestrictedCountries.Contains(user.CountryCode, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new IdentityError
                {
                    Code = "CountryNotSupported",
                    Description = "Accounts cannot be created from your country.",
                });
            }

            if (user.DisplayName is not null && options.ReservedNames.Contains(user.DisplayName, StringComparer.OrdinalIgnoreCase))
                errors.Add(new IdentityError { Code = "ReservedName", Description = "This display name is reserved." });

            return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed(errors.ToArray()));
        }
    }

    public static class CommunityIdentitySetup
    {
        public static IServiceCollection AddCommunityIdentity(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<RegistrationOptions>(configuration.GetSection(RegistrationOptions.Section));
            services.AddIdentityCore<CommunityUser>()
                .AddUserValidator<CommunityUserValidator>();
            return services;
        }
    }
}
