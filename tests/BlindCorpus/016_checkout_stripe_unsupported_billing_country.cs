// expect: ok checkout controller refuses to create a card payment session when the billing-address country is one of the embargoed codes (CU, IR, KP, SY) that the payment processor does not accept; a payment/checkout block is still required
// modelled-on: stripe/stripe-dotnet src/Stripe.net/Entities/PaymentLinks/PaymentLinkShippingAddressCollection.cs (paraphrased, not copied; the processor's unsupported-country note is turned into a server-side billing check in an ASP.NET Core checkout controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case016;

public sealed class BillingAddress
{
    public string Line1 { get; set; } = "";
    public string City { get; set; } = "";
    public string PostalCode { get; set; } = "";
    public string Country { get; set; } = "";
}

public sealed class CreateCheckoutSessionRequest
{
    public string PriceId { get; set; } = "";
    public int Quantity { get; set; } = 1;
    public BillingAddress Billing { get; set; } = new();
}

public interface IPaymentGateway
{
    Task<string> CreateSessionAsync(string priceId, int quantity, BillingAddress billing, CancellationToken ct);
}

[ApiController]
[Route("api/checkout")]
public sealed class CheckoutController : ControllerBase
{
    // Countries the processor cannot accept as billing countries (embargoed jurisdictions).
    private static readonly ISet<string> UnsupportedBillingCountries =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "CU", "IR", "KP", "SY" };

    private readonly IPaymentGateway _gateway;

    public CheckoutController(IPaymentGateway gateway) => _gateway = gateway;

    [HttpPost("session")]
    public async Task<IActionResult> CreateSession([FromBody] CreateCheckoutSessionRequest request, CancellationToken ct)
    {
        if (UnsupportedBillingCountries.Contains(request.Billing.Country))
        {
            return UnprocessableEntity(new
            {
                error = "unsupported_billing_country",
                message = "We cannot process payments for this billing country.",
            });
        }

        var url = await _gateway.CreateSessionAsync(request.PriceId, request.Quantity, request.Billing, ct);
        return Ok(new { url });
    }
}
