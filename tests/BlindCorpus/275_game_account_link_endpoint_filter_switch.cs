// expect: warn A multiplayer game's account service puts an endpoint filter on the V2-account sign-in and device-link routes that returns 451 when the CF-IPCountry header is IR, CU, KP or SY (switch expression), so players in Iran cannot sign in or link their game account; online gaming and user authentication are authorized for Iran.
// modelled-on: efroemling/ballistica issue #856 "Why iran has been forbidden?" (paraphrased, not copied; the reported refusal to log in / link a V2 account from Iran became a minimal-API endpoint filter on the account routes)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case275
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed class AccountRegionFilter : IEndpointFilter
    {
        private readonly ILogger<AccountRegionFilter> _logger;

        public AccountRegionFilter(ILogger<AccountRegionFilter> logger) => _logger = logger;

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var country = context.HttpContext.Request.Headers["CF-IPCountry"].ToString().ToUpperInvariant();

            var refused = country switch
            {
                "IR" or "CU" or "KP" or "SY" => true,
                _ => false,
            };

            if (refused)
            {
                _logger.LogWarning("Account request from {Country} refused", country);
                return Results.Problem(
                    title: "Unavailable in your region",
                    detail: "Account services are not available from your current location.",
                    statusCode: StatusCodes.Status451UnavailableForLegalReasons);
            }

            return await next(context);
        }
    }

    public sealed record SignInRequest(string Email, string Password);
    public sealed record LinkDeviceRequest(string DeviceId, string Platform, string LinkCode);
    public sealed record SessionToken(string AccountId, string Token, DateTimeOffset ExpiresAt);

    public interface IV2AccountService
    {
        Task<SessionToken?> SignInAsync(SignInRequest request, CancellationToken ct);
        Task<bool> LinkDeviceAsync(string accountId, LinkDeviceRequest request, CancellationToken ct);
        Task<object> GetProfileAsync(string accountId, CancellationToken ct);
    }

    public static class AccountEndpoints
    {
        public static IEndpointRouteBuilder MapV2Accounts(this IEndpointRouteBuilder routes)
        {
            var accounts = routes.MapGroup("/api/v2/accounts").AddEndpointFilter<AccountRegionFilter>();

            accounts.MapPost("/signin", async (SignInRequest request, IV2AccountService svc, CancellationToken ct) =>
            {
                var session = await svc.SignInAsync(request, ct);
                return session is null ? Results.Unauthorized() : Results.Ok(session);
            });

            accounts.MapPost("/{accountId}/devices", async (string accountId, LinkDeviceRequest request, IV2AccountService svc, CancellationToken ct) =>
                await svc.LinkDeviceAsync(accountId, request, ct) ? Results.NoContent() : Results.BadRequest());

            accounts.MapGet("/{accountId}", (string accountId, IV2AccountService svc, CancellationToken ct) =>
                svc.GetProfileAsync(accountId, ct));

            return routes;
        }
    }
}
