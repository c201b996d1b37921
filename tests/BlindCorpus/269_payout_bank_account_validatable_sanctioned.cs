// expect: ok A contractor-payroll app's bank-account DTO implements IValidatableObject and rejects payout bank accounts located in sanctioned countries (Cuba, Iran, North Korea, Syria, Russia, Belarus, Crimea-region accounts flagged separately); refusing to send money to sanctioned jurisdictions is still required and no communication service is involved.
// modelled-on: antiwork/flexile frontend/models/constants.ts (paraphrased, not copied; the sanctionedCountries map filtered from countries.json and used by the bank-account form became a C# dictionary checked in IValidatableObject.Validate)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case269
{
    using System.ComponentModel.DataAnnotations;
    using Microsoft.AspNetCore.Mvc;

    public static class PayoutCountries
    {
        public static readonly IReadOnlyDictionary<string, string> Sanctioned = new Dictionary<string, string>
        {
            ["CU"] = "Cuba",
            ["IR"] = "Iran",
            ["KP"] = "North Korea",
            ["SY"] = "Syria",
            ["RU"] = "Russia",
            ["BY"] = "Belarus",
        };
    }

    public sealed class BankAccountInput : IValidatableObject
    {
        [Required]
        public string AccountHolderName { get; set; } = string.Empty;

        [Required, StringLength(2, MinimumLength = 2)]
        public string CountryCode { get; set; } = string.Empty;

        [Required, StringLength(3, MinimumLength = 3)]
        public string Currency { get; set; } = "USD";

        public string? Iban { get; set; }
        public string? AccountNumber { get; set; }
        public string? RoutingNumber { get; set; }
        public bool IsCrimeaRegion { get; set; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (PayoutCountries.Sanctioned.TryGetValue(CountryCode.ToUpperInvariant(), out var name))
            {
                yield return new ValidationResult(
                    $"Payouts can't be sent to bank accounts in {name}.",
                    new[] { nameof(CountryCode) });
            }

            if (CountryCode.Equals("UA", StringComparison.OrdinalIgnoreCase) && IsCrimeaRegion)
            {
                yield return new ValidationResult("Payouts can't be sent to this region.", new[] { nameof(IsCrimeaRegion) });
            }

            if (string.IsNullOrEmpty(Iban) && string.IsNullOrEmpty(AccountNumber))
            {
                yield return new ValidationResult("An IBAN or account number is required.", new[] { nameof(Iban), nameof(AccountNumber) });
            }
        }
    }

    public interface IPayoutAccountService
    {
        Task<Guid> SaveAsync(string userId, BankAccountInput input, CancellationToken ct);
    }

    [ApiController]
    [Route("internal/settings/bank_accounts")]
    public sealed class BankAccountsController(IPayoutAccountService accounts) : ControllerBase
    {
        [HttpPost]
        public async Task<IActionResult> Create([FromBody] BankAccountInput input, CancellationToken ct)
        {
            // [ApiController] has already run Validate() and returned 400 if it failed.
            var id = await accounts.SaveAsync(User.Identity?.Name ?? string.Empty, input, ct);
            return CreatedAtAction(nameof(Create), new { id }, new { id });
        }
    }
}
