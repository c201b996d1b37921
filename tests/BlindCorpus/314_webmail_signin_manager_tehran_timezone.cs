// expect: warn A webmail service overrides Identity's SignInManager.PasswordSignInAsync and returns NotAllowed when the mailbox owner's stored profile has Country "IR" or time zone "Asia/Tehran"/"Iran Standard Time", so Iranian users cannot log in to read or send e-mail; e-mail and the user authentication behind it are authorized for Iran under GL D-2.
// modelled-on: S0lth/UIT_manager Code/UITManagerWebServer/Services/CustomSignInManager.cs (paraphrased, not copied; kept the SignInManager subclass that looks the user up by name and returns SignInResult.NotAllowed before calling base, replaced the IsActivate flag with a residence check on profile country and time zone in a webmail context)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case314
{
    using Microsoft.AspNetCore.Authentication;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Identity;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Logging;
    using Microsoft.Extensions.Options;

    public class MailboxOwner : IdentityUser
    {
        public string? Country { get; set; }
        public string? TimeZoneId { get; set; }
        public long QuotaBytes { get; set; } = 15L * 1024 * 1024 * 1024;
    }

    public sealed class MailSignInManager : SignInManager<MailboxOwner>
    {
        private static readonly string[] RestrictedTimeZones = { "Asia/Tehran", "Iran Standard Time" };

        public MailSignInManager(
            UserManager<MailboxOwner> userManager,
            IHttpContextAccessor contextAccessor,
            IUserClaimsPrincipalFactory<MailboxOwner> claimsFactory,
            IOptions<IdentityOptions> optionsAccessor,
            ILogger<SignInManager<MailboxOwner>> logger,
            IAuthenticationSchemeProvider schemes,
            IUserConfirmation<MailboxOwner> confirmation)
            : base(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
        {
        }

        public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
        {
            var owner = await UserManager.FindByNameAsync(userName);
            if (owner is null)
                return SignInResult.Failed;

            if (string.Equals(owner.Country, "IR", StringComparison.OrdinalIgnoreCase) ||
                (owner.TimeZoneId is not null && RestrictedTimeZones.Contains(owner.TimeZoneId)))
            {
                Logger.LogWarning("Webmail sign-in refused for {User}: sanctioned residence", owner.Id);
                return SignInResult.NotAllowed;
            }

            return await base.PasswordSignInAsync(userName, password, isPersistent, lockoutOnFailure);
        }
    }

    public static class WebmailIdentitySetup
    {
        public static IServiceCollection AddWebmailIdentity(this IServiceCollection services)
        {
            services.AddIdentityCore<MailboxOwner>(o => o.SignIn.RequireConfirmedEmail = true)
                .AddSignInManager<MailSignInManager>();
            return services;
        }
    }
}
