// expect: ok A loan-management system's KYC/AML screening service marks a client High risk and the onboarding workflow rejects the loan application when the client's name hits the sanctions (SDN-style) list or the nationality/residence country is IR, KP, SY or CU; lending is a financial service and SDN screening is still required, so blocking Iran here is consistent with sanctions law.
// modelled-on: Romeo-CEO/intellifin-loan-management-system apps/IntelliFin.ClientManagement/Services/ManualAmlScreeningService.cs (paraphrased, not copied; kept the hard-coded sanctions name set, the per-screening result record and the High/Clear risk roll-up, added a nationality/residence country rule and the rejecting workflow step)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case310
{
    using Microsoft.Extensions.Logging;

    public static class RiskLevels
    {
        public const string Clear = "Clear";
        public const string High = "High";
    }

    public sealed class LoanClient
    {
        public Guid Id { get; init; }
        public string FirstName { get; init; } = "";
        public string LastName { get; init; } = "";
        public string Nationality { get; init; } = "";
        public string ResidenceCountry { get; init; } = "";
    }

    public sealed record ScreeningOutcome(bool SanctionsHit, bool JurisdictionHit, string RiskLevel, string? Notes);

    public interface IClientRepository
    {
        Task<LoanClient?> GetAsync(Guid id, CancellationToken ct);
    }

    public sealed class AmlScreeningService
    {
        private static readonly HashSet<string> SanctionedNames = new(StringComparer.OrdinalIgnoreCase)
        {
            "Designated Person One",
            "Sanctioned Trading Company",
        };

        private static readonly HashSet<string> ComprehensivelySanctioned = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "KP", "SY", "CU",
        };

        private readonly ILogger<AmlScreeningService> _logger;

        public AmlScreeningService(ILogger<AmlScreeningService> logger) => _logger = logger;

        public ScreeningOutcome Screen(LoanClient client)
        {
            var fullName = $"{client.FirstName} {client.LastName}";
            var nameHit = SanctionedNames.Any(n => fullName.Contains(n, StringComparison.OrdinalIgnoreCase));
            var countryHit = ComprehensivelySanctioned.Contains(client.Nationality) || ComprehensivelySanctioned.Contains(client.ResidenceCountry);

            if (nameHit || countryHit)
            {
                _logger.LogWarning("AML screening hit for client {ClientId}: name={NameHit} jurisdiction={CountryHit}", client.Id, nameHit, countryHit);
                return new ScreeningOutcome(nameHit, countryHit, RiskLevels.High, countryHit ? "Sanctioned jurisdiction" : "Potential sanctions list match");
            }

            return new ScreeningOutcome(false, false, RiskLevels.Clear, null);
        }
    }

    public sealed class LoanOnboardingWorkflow
    {
        private readonly IClientRepository _clients;
        private readonly AmlScreeningService _aml;

        public LoanOnboardingWorkflow(IClientRepository clients, AmlScreeningService aml)
        {
            _clients = clients;
            _aml = aml;
        }

        public async Task<(bool Approved, string Reason)> SubmitApplicationAsync(Guid clientId, decimal principal, CancellationToken ct)
        {
            var client = await _clients.GetAsync(clientId, ct) ?? throw new KeyNotFoundException();
            var screening = _aml.Screen(client);

            if (screening.RiskLevel == RiskLevels.High)
                return (false, $"Application rejected by compliance: {screening.Notes}");

            return principal <= 50_000m
                ? (true, "Pre-approved")
                : (false, "Requires credit committee review");
        }
    }
}
