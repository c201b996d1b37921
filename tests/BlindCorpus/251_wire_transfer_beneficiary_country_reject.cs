// expect: ok A payments back-office service rejects outgoing wire transfers whose beneficiary bank country is comprehensively sanctioned (IR, CU, KP, SY, or the Crimea region) and records a rejected-transaction report; blocking financial transfers to sanctioned jurisdictions is still required by law.
// modelled-on: open-access-policies/fintech-payments reviews/stage-5-compliance/FIN-PROC-005-compliance-review.md (paraphrased, not copied; the wire-transfer compliance procedure's sanctioned-country blocking and rejection reporting steps became a C# service with a dictionary of programs)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case251
{
    using Microsoft.Extensions.Logging;

    public sealed record WireInstruction(
        string Reference,
        decimal Amount,
        string Currency,
        string OriginatorName,
        string BeneficiaryName,
        string BeneficiaryBankBic,
        string BeneficiaryCountry,
        string? BeneficiaryRegion);

    public enum WireDisposition
    {
        Released,
        Rejected,
    }

    public sealed record RejectedTransactionReport(string Reference, string Program, DateTimeOffset RejectedAt);

    public interface IRejectionReportStore
    {
        Task AddAsync(RejectedTransactionReport report, CancellationToken ct);
    }

    public interface IWireGateway
    {
        Task SendAsync(WireInstruction instruction, CancellationToken ct);
    }

    public sealed class WireTransferScreening
    {
        private static readonly IReadOnlyDictionary<string, string> SanctionPrograms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "ITSR (31 CFR 560)",
            ["CU"] = "CACR (31 CFR 515)",
            ["KP"] = "NKSR (31 CFR 510)",
            ["SY"] = "SySR (31 CFR 542)",
        };

        private readonly IRejectionReportStore _reports;
        private readonly IWireGateway _gateway;
        private readonly ILogger<WireTransferScreening> _logger;

        public WireTransferScreening(IRejectionReportStore reports, IWireGateway gateway, ILogger<WireTransferScreening> logger)
        {
            _reports = reports;
            _gateway = gateway;
            _logger = logger;
        }

        public async Task<WireDisposition> ProcessAsync(WireInstruction wire, CancellationToken ct)
        {
            string? program = null;
            if (SanctionPrograms.TryGetValue(wire.BeneficiaryCountry, out var p))
            {
                program = p;
            }
            else if (wire.BeneficiaryCountry == "UA" && string.Equals(wire.BeneficiaryRegion, "Crimea", StringComparison.OrdinalIgnoreCase))
            {
                program = "Ukraine/Russia-related (EO 13685)";
            }

            if (program is not null)
            {
                _logger.LogWarning("Wire {Reference} rejected under {Program}", wire.Reference, program);
                await _reports.AddAsync(new RejectedTransactionReport(wire.Reference, program, DateTimeOffset.UtcNow), ct);
                return WireDisposition.Rejected;
            }

            await _gateway.SendAsync(wire, ct);
            return WireDisposition.Released;
        }
    }
}
