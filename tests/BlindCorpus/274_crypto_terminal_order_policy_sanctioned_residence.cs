// expect: ok A crypto-trading terminal's authorization handler fails the "CanTrade" policy when the user's residence claim or the request's country header is CU, IR, KP, SY or Crimea, so sanctioned-country users cannot place or cancel exchange orders; crypto trading is not an authorized communication service, so the block is permitted.
// modelled-on: Soteyl/Terminal-Binance-Server Application/Users/IP/IpCheckHandler.cs (paraphrased, not copied; the IP-claim check requirement/handler pair became a residence/country requirement guarding the order controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case274
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed class TradingJurisdictionRequirement : IAuthorizationRequirement
    {
        public bool ResidenceClaimRequired { get; init; } = true;
    }

    public sealed class TradingJurisdictionHandler : AuthorizationHandler<TradingJurisdictionRequirement>
    {
        private static readonly string[] SanctionedCountries = { "CU", "IR", "KP", "SY" };
        private static readonly string[] SanctionedSubdivisions = { "UA-43", "UA-40" };

        private readonly IHttpContextAccessor _httpContextAccessor;

        public TradingJurisdictionHandler(IHttpContextAccessor httpContextAccessor)
        {
            _httpContextAccessor = httpContextAccessor ?? throw new ArgumentNullException(nameof(httpContextAccessor));
        }

        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, TradingJurisdictionRequirement requirement)
        {
            Claim? residence = context.User.FindFirst("residence_country");
            Claim? subdivision = context.User.FindFirst("residence_subdivision");

            if (residence is null && requirement.ResidenceClaimRequired)
            {
                context.Fail();
                return Task.CompletedTask;
            }

            var requestCountry = _httpContextAccessor.HttpContext?.Request.Headers["CF-IPCountry"].ToString();

            bool sanctioned =
                SanctionedCountries.Contains(residence?.Value?.ToUpperInvariant()) ||
                SanctionedCountries.Contains(requestCountry?.ToUpperInvariant()) ||
                SanctionedSubdivisions.Contains(subdivision?.Value?.ToUpperInvariant());

            if (sanctioned)
            {
                // Fail explicitly so later handlers cannot succeed the requirement.
                context.Fail();
            }
            else
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    public sealed record PlaceOrderRequest(string Symbol, string Side, decimal Quantity, decimal? LimitPrice);

    public interface IBinanceOrderGateway
    {
        Task<long> PlaceAsync(string userId, PlaceOrderRequest request, CancellationToken ct);
        Task CancelAsync(string userId, string symbol, long orderId, CancellationToken ct);
    }

    [ApiController]
    [Route("api/terminal/orders")]
    [Authorize(Policy = "CanTrade")]
    public sealed class OrdersController : ControllerBase
    {
        private readonly IBinanceOrderGateway _gateway;

        public OrdersController(IBinanceOrderGateway gateway) => _gateway = gateway;

        [HttpPost]
        public async Task<IActionResult> Place([FromBody] PlaceOrderRequest request, CancellationToken ct)
        {
            var orderId = await _gateway.PlaceAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, request, ct);
            return Ok(new { orderId });
        }

        [HttpDelete("{symbol}/{orderId:long}")]
        public async Task<IActionResult> Cancel(string symbol, long orderId, CancellationToken ct)
        {
            await _gateway.CancelAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, symbol, orderId, ct);
            return NoContent();
        }
    }

    public static class TradingPolicySetup
    {
        public static IServiceCollection AddTradingPolicy(this IServiceCollection services)
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<IAuthorizationHandler, TradingJurisdictionHandler>();
            services.AddAuthorization(o => o.AddPolicy("CanTrade", p => p.AddRequirements(new TradingJurisdictionRequirement())));
            return services;
        }
    }
}
