// expect: ok A talent marketplace's payment service refuses to open a card checkout for a premium subscription when the billing country is one of the sanctioned countries (SY, IR, KP, CU, SD, BY) and tells the user payments are unavailable; the block applies only to payment processing, which sanctions still require/permit to be restricted, not to a communication service.
// modelled-on: Ali-oss-cell/gan_production talent_platform/payments/RESTRICTED_COUNTRIES_GUIDE.md (paraphrased, not copied; the documented restricted-countries payment system with its sanctions tier became a C# payment service and checkout controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case298
{
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Mvc;

    public enum RestrictionLevel { None, Low, Medium, High }

    public sealed record CheckoutRequest(string PlanId, string BillingCountry, string SuccessUrl, string CancelUrl);

    public sealed record CheckoutResult(bool Allowed, string? SessionUrl, string? Reason);

    public interface ICardProcessor
    {
        Task<string> CreateCheckoutSessionAsync(string customerId, string planId, string successUrl, string cancelUrl, CancellationToken ct);
    }

    public sealed class PaymentRestrictionService
    {
        private static readonly Dictionary<string, RestrictionLevel> Restricted = new(StringComparer.OrdinalIgnoreCase)
        {
            ["SY"] = RestrictionLevel.High,
            ["IR"] = RestrictionLevel.High,
            ["KP"] = RestrictionLevel.High,
            ["CU"] = RestrictionLevel.High,
            ["SD"] = RestrictionLevel.High,
            ["BY"] = RestrictionLevel.High,
            ["VE"] = RestrictionLevel.Medium,
            ["MM"] = RestrictionLevel.Medium,
            ["SO"] = RestrictionLevel.Low,
        };

        public RestrictionLevel LevelFor(string country) =>
            Restricted.TryGetValue(country, out var level) ? level : RestrictionLevel.None;

        public bool CanProcessPayment(string country) => LevelFor(country) != RestrictionLevel.High;
    }

    [Authorize]
    [ApiController]
    [Route("api/payments")]
    public sealed class SubscriptionPaymentsController : ControllerBase
    {
        private readonly PaymentRestrictionService _restrictions;
        private readonly ICardProcessor _processor;

        public SubscriptionPaymentsController(PaymentRestrictionService restrictions, ICardProcessor processor)
        {
            _restrictions = restrictions;
            _processor = processor;
        }

        [HttpPost("checkout")]
        public async Task<ActionResult<CheckoutResult>> CreateCheckout([FromBody] CheckoutRequest request, CancellationToken ct)
        {
            if (!_restrictions.CanProcessPayment(request.BillingCountry))
            {
                return StatusCode(StatusCodes.Status403Forbidden,
                    new CheckoutResult(false, null, "Payments are not available in your country due to economic sanctions."));
            }

            var customerId = User.Identity?.Name ?? throw new InvalidOperationException("No user");
            var url = await _processor.CreateCheckoutSessionAsync(customerId, request.PlanId, request.SuccessUrl, request.CancelUrl, ct);
            return Ok(new CheckoutResult(true, url, null));
        }
    }
}
