using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary><c>scan [&lt;sln|csproj|folder&gt;]</c>: restore, open with MSBuildWorkspace, run the rules, report.</summary>
    internal static class ScanCommand
    {
        public static async Task<Report> RunAsync(CliOptions options, IProgressSink progress, TextWriter stderr, CancellationToken cancellationToken)
        {
            var target = ScanTarget.Resolve(options.Path);
            var root = ResolveRoot(options.Root, target);
            var analyzers = AnalyzerSet.Discover();
            var servicesAvailable = analyzers.Supports("SANC2001");
            var report = new Report
            {
                Command = "scan",
                Target = target.Path,
                Root = root,
                Projects = new List<ProjectEntry>(),
                GeoBlocks = new List<Finding>(),
                Services = servicesAvailable ? new List<Finding>() : null,
                ServicesInventoryAvailable = servicesAvailable,
                Rules = analyzers.Descriptors.Select(AnalyzerSet.ToRule).ToList(),
            };

            MsBuildRegistration.EnsureRegistered();
            if (!options.NoRestore)
            {
                var restoreTargets = target.Solution is not null ? new[] { target.Solution } : target.Projects.ToArray();
                foreach (var restoreTarget in restoreTargets)
                {
                    progress.Status("Restoring " + Path.GetFileName(restoreTarget));
                    report.Problems.AddRange(await DotnetRestore.RunAsync(MsBuildRegistration.DotnetExecutable, restoreTarget, root, cancellationToken).ConfigureAwait(false));
                }
            }

            await WorkspaceScanner.ScanAsync(target, analyzers, options, report, progress, cancellationToken).ConfigureAwait(false);
            return report;
        }

        /// <summary>--root, else the enclosing git repository (paths as code scanning expects them), else the target's folder.</summary>
        private static string ResolveRoot(string? rootOption, ScanTarget target)
        {
            if (rootOption is not null)
            {
                var full = Path.GetFullPath(rootOption);
                if (!Directory.Exists(full))
                {
                    throw new CliException("usage", "--root folder not found: " + rootOption);
                }

                return full;
            }

            return PathHelper.FindUp(target.Directory, ".git") ?? target.Directory;
        }
    }
}
