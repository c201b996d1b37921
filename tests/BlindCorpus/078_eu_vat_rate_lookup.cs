// expect: none subscription invoicing looks up the EU VAT rate by billing country and charges 0% outside the EU (Iran, Cuba etc. just get no VAT); tax rules, not a block
// modelled-on: pedropaf/saas-ecom SaasEcom.Core/Infrastructure/Helpers/EuropeanVat.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case078;

public static class EuropeanVat
{
    private static readonly Dictionary<string, int> CountriesTax = new()
    {
        { "AT", 20 }, { "BE", 21 }, { "BG", 20 }, { "CY", 19 }, { "CZ", 21 }, { "HR", 25 },
        { "DK", 25 }, { "DE", 19 }, { "EE", 22 }, { "EL", 24 }, { "ES", 21 }, { "FR", 20 },
        { "IE", 23 }, { "IT", 22 }, { "LV", 21 }, { "LT", 21 }, { "LU", 17 }, { "HU", 27 },
        { "MT", 18 }, { "NL", 21 }, { "PL", 23 }, { "PT", 23 }, { "RO", 19 }, { "SI", 22 },
        { "SK", 23 }, { "FI", 25 }, { "SE", 25 },
    };

    public static IReadOnlyDictionary<string, int> Countries => CountriesTax;

    public static int RateFor(string? billingCountry)
    {
        var code = billingCountry?.Trim().ToUpperInvariant() switch
        {
            "GR" => "EL",
            var other => other,
        };

        return code is not null && CountriesTax.TryGetValue(code, out var rate) ? rate : 0;
    }
}

public sealed record InvoiceLine(string Description, decimal NetAmount);

public sealed record InvoiceTotals(decimal Net, int VatRatePercent, decimal Vat, decimal Gross);

public static class InvoiceCalculator
{
    public static InvoiceTotals Totals(IEnumerable<InvoiceLine> lines, string? billingCountry, bool hasValidEuVatNumber)
    {
        var net = lines.Sum(l => l.NetAmount);
        var rate = hasValidEuVatNumber ? 0 : EuropeanVat.RateFor(billingCountry);
        var vat = Math.Round(net * rate / 100m, 2, MidpointRounding.AwayFromZero);
        return new InvoiceTotals(net, rate, vat, net + vat);
    }
}
