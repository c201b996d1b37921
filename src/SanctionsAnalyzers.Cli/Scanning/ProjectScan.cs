using System.Collections.Generic;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>
    /// What scanning one project produced. Projects are scanned concurrently; their results are merged into the report in
    /// project order afterwards, so the report does not depend on which project finished first.
    /// </summary>
    internal sealed class ProjectScan
    {
        public ProjectScan(ProjectEntry entry)
        {
            Entry = entry;
        }

        public ProjectEntry Entry { get; }

        public List<Problem> Problems { get; } = new List<Problem>();

        /// <summary>The analyzers' diagnostics as findings, inventories included, before de-duplication across target frameworks.</summary>
        public List<Finding> Diagnostics { get; } = new List<Finding>();
    }
}
