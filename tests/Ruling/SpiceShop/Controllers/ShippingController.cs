using Microsoft.AspNetCore.Mvc;
using SpiceShop.Models;

namespace SpiceShop.Controllers;

/// <summary>Shipping quotes by destination.</summary>
[ApiController]
[Route("api/shipping")]
public sealed class ShippingController : ControllerBase
{
    private static readonly Dictionary<string, decimal> RatePerKg = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = 4.5m, ["CA"] = 6m, ["DE"] = 9m, ["IR"] = 14m, ["CU"] = 12m,
    };

    [HttpPost("quote")]
    public IActionResult Quote(ShippingQuoteRequest request)
    {
        // Our carrier does not deliver to Cuba; the page shows this message instead of a price.
        if (request.DestinationCountry == "CU")
        {
            return BadRequest("We can't ship to this destination yet.");
        }

        if (!RatePerKg.TryGetValue(request.DestinationCountry, out var rate))
        {
            return NotFound();
        }

        return Ok(new { price = Math.Round(rate * request.WeightKg, 2) });
    }
}
