// expect: ok A regulated crypto exchange's registration handler throws RestrictedJurisdictionException when the applicant's residence or signup IP country is KP, IR, SY, CU or the Crimea/Donetsk/Luhansk regions, before KYC and wallet creation; a crypto exchange (trading, fiat and crypto transfers) is not an authorized communication service, so refusing it is permitted.
// modelled-on: CoinPortEx/CoinPortEx.github.io faq/sanctions.md (paraphrased, not copied; the FAQ's description of blocking registrations from UN/OFAC-sanctioned countries and regions became a C# command handler with an exception)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case280
{
    using Microsoft.AspNetCore.Mvc;

    public sealed class RestrictedJurisdictionException : Exception
    {
        public RestrictedJurisdictionException(string jurisdiction)
            : base($"Registrations from {jurisdiction} are not accepted.") => Jurisdiction = jurisdiction;

        public string Jurisdiction { get; }
    }

    public sealed record RegisterCustomerCommand(string Email, string FullName, string ResidenceCountry, string? ResidenceRegion, string SignupIpCountry);

    public interface IKycProvider
    {
        Task<string> StartVerificationAsync(string customerId, RegisterCustomerCommand command, CancellationToken ct);
    }

    public interface IWalletProvisioner
    {
        Task CreateDefaultWalletsAsync(string customerId, CancellationToken ct);
    }

    public sealed class RegisterCustomerHandler
    {
        // UN / OFAC / DFAT sanctioned jurisdictions.
        private static readonly Dictionary<string, string> SanctionedCountries = new(StringComparer.OrdinalIgnoreCase)
        {
            ["KP"] = "North Korea",
            ["IR"] = "Iran",
            ["SY"] = "Syria",
            ["CU"] = "Cuba",
        };

        private static readonly HashSet<string> SanctionedRegions = new(StringComparer.OrdinalIgnoreCase)
        {
            "UA-43", "UA-40", "UA-14", "UA-09",
        };

        private readonly IKycProvider _kyc;
        private readonly IWalletProvisioner _wallets;

        public RegisterCustomerHandler(IKycProvider kyc, IWalletProvisioner wallets)
        {
            _kyc = kyc;
            _wallets = wallets;
        }

        public async Task<string> HandleAsync(RegisterCustomerCommand command, CancellationToken ct)
        {
            if (SanctionedCountries.TryGetValue(command.ResidenceCountry, out var name) ||
                SanctionedCountries.TryGetValue(command.SignupIpCountry, out name))
            {
                throw new RestrictedJurisdictionException(name);
            }

            if (command.ResidenceRegion is not null && SanctionedRegions.Contains(command.ResidenceRegion))
            {
                throw new RestrictedJurisdictionException(command.ResidenceRegion);
            }

            var customerId = Guid.NewGuid().ToString("N");
            await _wallets.CreateDefaultWalletsAsync(customerId, ct);
            return await _kyc.StartVerificationAsync(customerId, command, ct);
        }
    }

    [ApiController]
    [Route("api/customers")]
    public sealed class CustomersController : ControllerBase
    {
        private readonly RegisterCustomerHandler _handler;

        public CustomersController(RegisterCustomerHandler handler) => _handler = handler;

        [HttpPost("register")]
        public async Task<IActionResult> Register([FromBody] RegisterCustomerCommand command, CancellationToken ct)
        {
            try
            {
                var kycUrl = await _handler.HandleAsync(command, ct);
                return Ok(new { next = kycUrl });
            }
            catch (RestrictedJurisdictionException ex)
            {
                return UnprocessableEntity(new { error = "restricted_jurisdiction", message = ex.Message });
            }
        }
    }
}
