// expect: ok The checkout service refuses to charge a card when the billing country (2- or 3-letter code) is in an OFAC sanctioned-country dictionary (MM, IR, CU, SD/SS, KP, SY); blocking payments and financial transactions with sanctioned countries is still required by law.
// modelled-on: dculver1986/Locale--Country--OFAC lib/Locale/Country/OFAC.pm (paraphrased, not copied; the Perl get_sanction_by_code lookup became a C# dictionary consulted before a payment capture)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case235
{
    public static class OfacCountries
    {
        private static readonly Dictionary<string, string> Sanctioned = new(StringComparer.OrdinalIgnoreCase)
        {
            ["MM"] = "Burma", ["MMR"] = "Burma",
            ["IR"] = "Iran", ["IRN"] = "Iran",
            ["CU"] = "Cuba", ["CUB"] = "Cuba",
            ["SD"] = "Sudan", ["SSD"] = "South Sudan",
            ["KP"] = "North Korea", ["PRK"] = "North Korea",
            ["SY"] = "Syria", ["SYR"] = "Syria",
        };

        public static bool IsSanctioned(string countryCode)
        {
            ArgumentException.ThrowIfNullOrEmpty(countryCode);
            return Sanctioned.ContainsKey(countryCode.Trim());
        }
    }

    public sealed record BillingAddress(string Line1, string City, string PostalCode, string Country);

    public sealed record ChargeRequest(string OrderId, decimal Amount, string Currency, string CardToken, BillingAddress Billing);

    public sealed record ChargeResult(bool Success, string? Error, string? TransactionId = null);

    public interface ICardGateway
    {
        Task<string> CaptureAsync(string token, decimal amount, string currency, CancellationToken ct);
    }

    public sealed class CheckoutPaymentService
    {
        private readonly ICardGateway _gateway;

        public CheckoutPaymentService(ICardGateway gateway) => _gateway = gateway;

        public async Task<ChargeResult> ChargeAsync(ChargeRequest request, CancellationToken ct)
        {
            if (OfacCountries.IsSanctioned(request.Billing.Country))
                return new ChargeResult(false, "Sorry, we cannot process payments from this country.");

            var tx = await _gateway.CaptureAsync(request.CardToken, request.Amount, request.Currency, ct);
            return new ChargeResult(true, null, tx);
        }
    }
}
