// expect: ok A card checkout declines orders whose billing address falls in the Crimea region, detected from Ukrainian (95000-99999) and Russian-assigned (295000-299999) postal-code ranges through a helper with an out parameter; only Crimea is blocked and only for a payment, which the sanctions rules still require.
// modelled-on: gitpan/Locale-Country-OFAC lib/Locale/Country/OFAC.pm (paraphrased, not copied; the module's CRIMEA_REGION postal-code ranges and is_region_sanctioned check became a C# TryMatch helper used by a checkout payment service)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case270
{
    public sealed record BillingAddress(string Line1, string City, string PostalCode, string CountryCode);

    public sealed record CardPayment(string OrderId, long AmountMinor, string Currency, string PaymentMethodToken, BillingAddress Billing);

    public sealed record PaymentOutcome(bool Approved, string? DeclineCode, string? AuthorizationId);

    public interface ICardProcessor
    {
        Task<PaymentOutcome> AuthorizeAsync(CardPayment payment, CancellationToken ct);
    }

    public static class RegionSanctions
    {
        private static readonly (string Country, int From, int To, string Program)[] PostalRanges =
        {
            ("UA", 95000, 99999, "UKRAINE-EO13685"),
            ("RU", 295000, 299999, "UKRAINE-EO13685"),
        };

        public static bool TryMatch(string countryCode, string postalCode, out string program)
        {
            program = string.Empty;
            if (!int.TryParse(postalCode.Trim(), out var zip))
            {
                return false;
            }

            foreach (var (country, from, to, prog) in PostalRanges)
            {
                if (country.Equals(countryCode, StringComparison.OrdinalIgnoreCase) && zip >= from && zip <= to)
                {
                    program = prog;
                    return true;
                }
            }

            return false;
        }
    }

    public sealed class CheckoutPaymentService
    {
        private readonly ICardProcessor _processor;
        private readonly ILogger<CheckoutPaymentService> _logger;

        public CheckoutPaymentService(ICardProcessor processor, ILogger<CheckoutPaymentService> logger)
        {
            _processor = processor;
            _logger = logger;
        }

        public async Task<PaymentOutcome> PayAsync(CardPayment payment, CancellationToken ct)
        {
            if (RegionSanctions.TryMatch(payment.Billing.CountryCode, payment.Billing.PostalCode, out var program))
            {
                _logger.LogWarning("Order {OrderId} declined: billing address in sanctioned region ({Program})", payment.OrderId, program);
                return new PaymentOutcome(false, "sanctioned_region", null);
            }

            return await _processor.AuthorizeAsync(payment, ct);
        }
    }
}
