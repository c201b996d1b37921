using SpiceShop.Models;
using SpiceShop.Services;
using Microsoft.AspNetCore.Mvc;
using Stripe;

namespace SpiceShop.Controllers;

/// <summary>Creates the Stripe PaymentIntent for the cart.</summary>
[ApiController]
[Route("api/checkout")]
public sealed class CheckoutController : ControllerBase
{
    // Payments from these billing countries are refused: OFAC programs keep payment processing out
    // (Iran: 31 CFR 560.516), and Stripe's own terms list them. Reviewed with counsel 2024-11 (FIN-311).
    private static readonly HashSet<string> SanctionedBillingCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "IR", "CU", "KP", "SY",
    };

    private readonly IStripeClient _stripe;
    private readonly OrderBook _orders;

    public CheckoutController(IStripeClient stripe, OrderBook orders)
    {
        _stripe = stripe;
        _orders = orders;
    }

    [HttpPost]
    public async Task<IActionResult> Pay(CheckoutRequest request, CancellationToken cancellationToken)
    {
        if (SanctionedBillingCountries.Contains(request.BillingCountry))
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        // Rial prices come from an old price list that was never removed from the currency picker.
        if (request.Currency.Equals("IRR", StringComparison.OrdinalIgnoreCase))
        {
            return Forbid();
        }

        var total = request.Lines.Sum(l => l.Quantity * l.UnitPriceInCents);
        var intents = new PaymentIntentService(_stripe);
        var intent = await intents.CreateAsync(
            new PaymentIntentCreateOptions { Amount = total, Currency = request.Currency.ToLowerInvariant(), ReceiptEmail = request.Email },
            cancellationToken: cancellationToken);

        _orders.Add(new Order(intent.Id, request.Email, total, request.Currency, request.BillingCountry));
        return Ok(new { intent.Id, intent.ClientSecret });
    }
}
