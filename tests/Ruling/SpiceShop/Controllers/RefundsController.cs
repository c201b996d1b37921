using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using SpiceShop.Models;
using Stripe;

namespace SpiceShop.Controllers;

/// <summary>Refunds, for the support team.</summary>
[ApiController]
[Route("api/refunds")]
[Authorize(Roles = "support")]
public sealed class RefundsController : ControllerBase
{
    private readonly IStripeClient _stripe;

    public RefundsController(IStripeClient stripe)
    {
        _stripe = stripe;
    }

    [HttpPost]
    public async Task<IActionResult> Refund(RefundRequest request, CancellationToken cancellationToken)
    {
        // A refund moves money too: the same sanctions screening applies as at checkout.
        var country = Request.Headers["CF-IPCountry"].ToString();
        if (country == "IR" || country == "KP")
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        var refunds = new RefundService(_stripe);
        var refund = await refunds.CreateAsync(
            new RefundCreateOptions { PaymentIntent = request.PaymentIntentId, Amount = request.AmountInCents },
            cancellationToken: cancellationToken);
        return Ok(new { refund.Id, refund.Status });
    }
}
