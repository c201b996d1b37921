namespace SpiceShop.Models;

public sealed record CartLine(string Sku, int Quantity, long UnitPriceInCents);

/// <summary>What the checkout page posts: the cart, the billing address country and the currency shown.</summary>
public sealed record CheckoutRequest(IReadOnlyList<CartLine> Lines, string BillingCountry, string Currency, string Email);

public sealed record RefundRequest(string PaymentIntentId, long AmountInCents, string Reason);

public sealed record ShippingQuoteRequest(string DestinationCountry, decimal WeightKg);

public sealed record Order(string Id, string Email, long TotalInCents, string Currency, string ShippingCountry);
