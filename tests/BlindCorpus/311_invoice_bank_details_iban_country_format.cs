// expect: none A freelancer-invoicing app validates and pretty-prints the IBAN on an invoice's bank-details block using a per-country length table (IR = 26, shown with the local "Sheba" label) and an ISO 7064 mod-97 checksum; the country code only decides length, grouping and label, and malformed numbers are rejected for every country alike, so there is no geo-block.
// modelled-on: skwasjer/IbanNet src/IbanNet/IbanValidator.cs (paraphrased, not copied; kept the idea of a country registry giving the expected length plus a mod-97 check and a grouped display form, re-implemented as a small validation attribute and formatter inside an invoicing model)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case311
{
    using System.ComponentModel.DataAnnotations;
    using System.Numerics;
    using System.Text;

    public static class IbanCountryRegistry
    {
        // Expected total IBAN length per country (subset).
        public static readonly IReadOnlyDictionary<string, int> Lengths = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["DE"] = 22,
            ["GB"] = 22,
            ["FR"] = 27,
            ["NL"] = 18,
            ["TR"] = 26,
            ["AE"] = 23,
            ["IR"] = 26,
            ["SA"] = 24,
        };

        public static string LocalLabel(string countryCode) => countryCode.ToUpperInvariant() switch
        {
            "IR" => "Sheba",
            "GB" => "IBAN (UK)",
            _ => "IBAN",
        };
    }

    public static class Iban
    {
        public static string Normalize(string value) => new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

        public static bool IsValid(string value, out string? error)
        {
            var iban = Normalize(value);
            error = null;

            if (iban.Length < 4)
            {
                error = "IBAN is too short.";
                return false;
            }

            var country = iban[..2];
            if (!IbanCountryRegistry.Lengths.TryGetValue(country, out var expected))
            {
                error = $"Unknown IBAN country '{country}'.";
                return false;
            }

            if (iban.Length != expected)
            {
                error = $"{IbanCountryRegistry.LocalLabel(country)} numbers for {country} must have {expected} characters.";
                return false;
            }

            var rearranged = iban[4..] + iban[..4];
            var digits = new StringBuilder();
            foreach (var c in rearranged)
                digits.Append(char.IsLetter(c) ? (c - 'A' + 10).ToString() : c.ToString());

            if (BigInteger.Parse(digits.ToString()) % 97 != 1)
            {
                error = "IBAN checksum is invalid.";
                return false;
            }

            return true;
        }

        public static string Display(string value)
        {
            var iban = Normalize(value);
            var grouped = string.Join(' ', Enumerable.Range(0, (iban.Length + 3) / 4).Select(i => iban.Substring(i * 4, Math.Min(4, iban.Length - i * 4))));
            return $"{IbanCountryRegistry.LocalLabel(iban[..2])}: {grouped}";
        }
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class IbanAttribute : ValidationAttribute
    {
        protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
        {
            if (value is not string s || string.IsNullOrWhiteSpace(s))
                return ValidationResult.Success;
            return Iban.IsValid(s, out var error) ? ValidationResult.Success : new ValidationResult(error);
        }
    }

    public sealed class InvoiceBankDetails
    {
        [Required]
        public string AccountHolder { get; set; } = "";

        [Required, Iban]
        public string Iban { get; set; } = "";

        public string? Bic { get; set; }

        public string RenderForPdf() => $"{AccountHolder}\n{BlindCorpus.Case311.Iban.Display(Iban)}" + (Bic is null ? "" : $"\nBIC: {Bic}");
    }
}
