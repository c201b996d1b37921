// expect: ok A browser-companion service derives the country from the user's locale (fa-IR gives IR) or the declared country and, through a static OFAC helper listing CU, IR, KP, SY (as alpha-2, alpha-3 and numeric codes), reports the crypto rewards wallet (token payouts, creator tipping and wallet connection) as unsupported; only a crypto payment/payout feature is withheld, which is still required for sanctioned jurisdictions.
// modelled-on: brave/brave-core components/l10n/common/ofac_sanction_util.cc and components/brave_rewards/common/rewards_util.cc (paraphrased, not copied; the C++ IsISOCountryCodeOFACSanctioned helper and the IsSupported region check of the rewards component became a C# static helper and a rewards-availability service with an API endpoint)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case356
{
    using System.Globalization;
    using Microsoft.AspNetCore.Mvc;

    public static class OfacSanctions
    {
        private static readonly HashSet<string> IsoCodes = new(StringComparer.OrdinalIgnoreCase)
        {
            "CU", "CUB", "192",
            "IR", "IRN", "364",
            "KP", "PRK", "408",
            "SY", "SYR", "760",
        };

        public static bool IsIsoCountryCodeSanctioned(string countryCode) => IsoCodes.Contains(countryCode);
    }

    public sealed record RewardsCapabilities(bool TokenPayouts, bool CreatorTipping, bool WalletConnect, string Country);

    public sealed class RewardsAvailability
    {
        public RewardsCapabilities Describe(string? declaredCountry, string? locale)
        {
            var country = ResolveCountry(declaredCountry, locale);
            var supported = !OfacSanctions.IsIsoCountryCodeSanctioned(country);
            return new RewardsCapabilities(supported, supported, supported, country);
        }

        private static string ResolveCountry(string? declaredCountry, string? locale)
        {
            if (!string.IsNullOrWhiteSpace(declaredCountry))
            {
                return declaredCountry.Trim().ToUpperInvariant();
            }

            try
            {
                var culture = CultureInfo.GetCultureInfo(string.IsNullOrWhiteSpace(locale) ? "en-US" : locale);
                return culture.IsNeutralCulture ? "US" : new RegionInfo(culture.Name).TwoLetterISORegionName;
            }
            catch (ArgumentException)
            {
                return "US";
            }
        }
    }

    public interface IRewardsLedger
    {
        Task<string> ConnectWalletAsync(Guid profileId, string custodian, CancellationToken ct);
    }

    [ApiController]
    [Route("api/rewards")]
    public sealed class RewardsController : ControllerBase
    {
        private readonly RewardsAvailability _availability;
        private readonly IRewardsLedger _ledger;

        public RewardsController(RewardsAvailability availability, IRewardsLedger ledger)
        {
            _availability = availability;
            _ledger = ledger;
        }

        [HttpGet("capabilities")]
        public RewardsCapabilities Capabilities([FromQuery] string? country, [FromHeader(Name = "Accept-Language")] string? locale) =>
            _availability.Describe(country, locale?.Split(',')[0]);

        [HttpPost("{profileId:guid}/wallet")]
        public async Task<IActionResult> ConnectWallet(Guid profileId, [FromQuery] string custodian, [FromQuery] string? country, CancellationToken ct)
        {
            var caps = _availability.Describe(country, Request.Headers.AcceptLanguage.ToString().Split(',')[0]);
            if (!caps.WalletConnect)
            {
                return Conflict(new { error = "Rewards wallets are not supported in your region." });
            }

            return Ok(new { walletId = await _ledger.ConnectWalletAsync(profileId, custodian, ct) });
        }
    }
}
