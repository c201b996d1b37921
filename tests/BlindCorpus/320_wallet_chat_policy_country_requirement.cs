// expect: info An authorization requirement handler denies users whose X-Country-Code (set by the API gateway) is IR, CU, SY or KP, and the "SanctionsScreened" policy is applied at class level to a controller that carries both peer-to-peer chat endpoints (authorized for Iran under GL D-2) and payout/transfer endpoints (still prohibited); the same gate guards authorized and non-authorized features, so the verdict is ambiguous.
// modelled-on: dotnet/AspNetCore.Docs aspnetcore/security/authorization/policies.md (paraphrased, not copied; kept the custom IAuthorizationRequirement + AuthorizationHandler<T> pair registered with AddPolicy and a singleton handler, replaced the minimum-age date-of-birth check with a gateway country header check and applied the policy to a mixed wallet-and-chat controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case320
{
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.DependencyInjection;

    public sealed class ScreenedCountryRequirement : IAuthorizationRequirement
    {
        public ScreenedCountryRequirement(params string[] deniedCountries) =>
            DeniedCountries = new HashSet<string>(deniedCountries, StringComparer.OrdinalIgnoreCase);

        public IReadOnlySet<string> DeniedCountries { get; }
    }

    public sealed class ScreenedCountryHandler : AuthorizationHandler<ScreenedCountryRequirement>
    {
        private readonly IHttpContextAccessor _accessor;

        public ScreenedCountryHandler(IHttpContextAccessor accessor) => _accessor = accessor;

        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ScreenedCountryRequirement requirement)
        {
            var country = _accessor.HttpContext?.Request.Headers["X-Country-Code"].ToString();

            if (string.IsNullOrEmpty(country) || !requirement.DeniedCountries.Contains(country))
                context.Succeed(requirement);
            else
                context.Fail(new AuthorizationFailureReason(this, $"Service unavailable in {country}"));

            return Task.CompletedTask;
        }
    }

    public static class WalletAuthorizationSetup
    {
        public static IServiceCollection AddWalletAuthorization(this IServiceCollection services)
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IAuthorizationHandler, ScreenedCountryHandler>();
            services.AddAuthorization(options =>
                options.AddPolicy("SanctionsScreened", policy =>
                    policy.AddRequirements(new ScreenedCountryRequirement("IR", "CU", "SY", "KP"))));
            return services;
        }
    }

    public sealed record PeerMessage(string ToHandle, string Text);

    public sealed record PayoutRequest(string ToHandle, decimal Amount, string Currency);

    [ApiController]
    [Route("api/wallet")]
    [Authorize(Policy = "SanctionsScreened")]
    public sealed class WalletController : ControllerBase
    {
        [HttpGet("conversations")]
        public IActionResult Conversations() => Ok(Array.Empty<object>());

        [HttpPost("conversations/messages")]
        public IActionResult SendMessage(PeerMessage message) => Accepted(message);

        [HttpPost("payouts")]
        public IActionResult Payout(PayoutRequest request) => Accepted(new { id = Guid.NewGuid(), request.Amount, request.Currency });

        [HttpPost("transfers")]
        public IActionResult Transfer(PayoutRequest request) => Accepted(new { id = Guid.NewGuid(), request.ToHandle, request.Amount });
    }
}
