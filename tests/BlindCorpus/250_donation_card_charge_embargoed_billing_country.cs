// expect: ok A donation service refuses to create a Stripe card charge when the billing country is in a list of embargoed countries (CU, IR, KP, SD, SY); blocking a payment from an embargoed country is still required, and no communication feature is gated.
// modelled-on: videolan/vlc-ios Sources/Donation/VLCStripeController.m (paraphrased, not copied; the Objective-C currentLocaleIsEmbargoed loop over CU/IR/KP/SD/SY became a server-side billing-country check in front of a charge call)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case250
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record DonationRequest(long AmountMinor, string Currency, string CardToken, string BillingCountry, bool Recurring);

    public sealed record ChargeResult(bool Succeeded, string? ChargeId, string? Error);

    public interface IChargeGateway
    {
        Task<ChargeResult> CreateChargeAsync(long amountMinor, string currency, string token, CancellationToken ct);
        Task<ChargeResult> CreateSubscriptionAsync(long amountMinor, string currency, string token, CancellationToken ct);
    }

    public sealed class DonationPaymentService
    {
        private static readonly string[] EmbargoedCountries = { "CU", "IR", "KP", "SD", "SY" };
        private readonly IChargeGateway _gateway;

        public DonationPaymentService(IChargeGateway gateway) => _gateway = gateway;

        public static bool IsEmbargoed(string? countryCode)
        {
            var code = (countryCode ?? string.Empty).ToUpperInvariant();
            foreach (var embargoed in EmbargoedCountries)
            {
                if (embargoed == code)
                {
                    return true;
                }
            }

            return false;
        }

        public Task<ChargeResult> ProcessAsync(DonationRequest request, CancellationToken ct)
        {
            if (IsEmbargoed(request.BillingCountry))
            {
                return Task.FromResult(new ChargeResult(false, null, "Payments from this country cannot be accepted."));
            }

            return request.Recurring
                ? _gateway.CreateSubscriptionAsync(request.AmountMinor, request.Currency, request.CardToken, ct)
                : _gateway.CreateChargeAsync(request.AmountMinor, request.Currency, request.CardToken, ct);
        }
    }

    [ApiController]
    [Route("donate")]
    public sealed class DonateController : ControllerBase
    {
        private readonly DonationPaymentService _payments;

        public DonateController(DonationPaymentService payments) => _payments = payments;

        [HttpPost("card")]
        public async Task<IActionResult> Card([FromBody] DonationRequest request, CancellationToken ct)
        {
            var result = await _payments.ProcessAsync(request, ct);
            return result.Succeeded ? Ok(result) : StatusCode(StatusCodes.Status402PaymentRequired, result);
        }
    }
}
