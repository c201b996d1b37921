using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Packages
{
    internal static class ValidateCommand
    {
        public static Report Run(CliOptions options) => throw new CliException("usage", "validate is not implemented yet");
    }
}
