// expect: ok A mobile crypto payments wallet's onboarding API removes Cuba, North Korea, Iran and Syria from the phone country picker and refuses to verify numbers from those countries, because verification links the number to a wallet address used to send and receive funds; this is a payments/money-transfer service, not an authorized communication service, so the block is permitted.
// modelled-on: valora-xyz/wallet issue #2243 "Block OFAC countries in onboarding" (paraphrased, not copied; the request to drop the four OFAC countries from the onboarding phone-country list became a C# onboarding controller for the wallet backend)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case297
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record CountryOption(string RegionCode, string DisplayName, string CallingCode);

    public sealed record StartVerification(string RegionCode, string PhoneNumber, string WalletAddress);

    public interface ICountryCatalog
    {
        IReadOnlyList<CountryOption> All();
    }

    public interface IPhoneAddressMapping
    {
        // Creates the attestation that lets other users pay this wallet by phone number.
        Task RequestAttestationAsync(string e164, string walletAddress, CancellationToken ct);
    }

    [ApiController]
    [Route("api/onboarding")]
    public sealed class WalletOnboardingController : ControllerBase
    {
        private static readonly HashSet<string> OfacRegions = new(StringComparer.OrdinalIgnoreCase) { "CU", "KP", "IR", "SY" };

        private readonly ICountryCatalog _countries;
        private readonly IPhoneAddressMapping _mapping;

        public WalletOnboardingController(ICountryCatalog countries, IPhoneAddressMapping mapping)
        {
            _countries = countries;
            _mapping = mapping;
        }

        [HttpGet("countries")]
        public IEnumerable<CountryOption> Countries() =>
            _countries.All().Where(c => !OfacRegions.Contains(c.RegionCode)).OrderBy(c => c.DisplayName);

        [HttpPost("verify-phone")]
        public async Task<IActionResult> VerifyPhone([FromBody] StartVerification request, CancellationToken ct)
        {
            if (OfacRegions.Contains(request.RegionCode))
            {
                return StatusCode(StatusCodes.Status403Forbidden, new
                {
                    error = "unsupported_region",
                    message = "Sending and receiving funds is not available in this country.",
                });
            }

            var option = _countries.All().FirstOrDefault(c => c.RegionCode.Equals(request.RegionCode, StringComparison.OrdinalIgnoreCase));
            if (option is null)
                return BadRequest(new { error = "unknown_region" });

            var e164 = "+" + option.CallingCode + request.PhoneNumber.TrimStart('0');
            await _mapping.RequestAttestationAsync(e164, request.WalletAddress, ct);
            return Accepted();
        }
    }
}
