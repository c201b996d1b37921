using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Packages
{
    internal static class AuditCommand
    {
        public static Task<Report> RunAsync(CliOptions options, IProgressSink progress, CancellationToken cancellationToken) =>
            throw new CliException("usage", "audit is not implemented yet");
    }
}
