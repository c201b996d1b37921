using GeoBlockedChat.Models;
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace GeoBlockedChat.Controllers;

/// <summary>Takes payment for the paid plan through Stripe.</summary>
[ApiController]
[Route("api/checkout")]
public sealed class CheckoutController : ControllerBase
{
    private readonly IStripeClient _stripe;

    public CheckoutController(IStripeClient stripe)
    {
        _stripe = stripe;
    }

    [HttpPost("pay")]
    public async Task<IActionResult> Pay(PaymentRequest request, CancellationToken cancellationToken)
    {
        var country = Request.Headers["CF-IPCountry"].ToString();

        // CONSISTENT (no SANC1001): the communications authorization does not cover payment processing;
        // the policy map lists payments as excluded for Iran (31 CFR 560.516, OFAC FAQ 345). Keeping this
        // block is the point: the analyzer stays silent because the feature is a Stripe payment.
        if (country == "IR")
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        var intents = new PaymentIntentService(_stripe);
        var intent = await intents.CreateAsync(
            new PaymentIntentCreateOptions { Amount = request.AmountInCents, Currency = request.Currency },
            cancellationToken: cancellationToken);
        return Ok(new { intent.Id, intent.ClientSecret });
    }
}
