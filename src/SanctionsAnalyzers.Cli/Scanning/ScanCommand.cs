using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
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
            var restoreProblems = new List<Problem>();
            if (!options.NoRestore)
            {
                await RestoreAsync(target, root, restoreProblems, progress, cancellationToken).ConfigureAwait(false);
            }

            await WorkspaceScanner.ScanAsync(target, analyzers, options, report, restoreProblems, progress, cancellationToken).ConfigureAwait(false);
            return report;
        }

        /// <summary>
        /// 'dotnet restore' of the solution, or of a folder's projects through a throw-away solution: one restore for them
        /// all. One project that cannot even be evaluated makes a solution's restore give up on all of them: then each
        /// project is restored on its own, so that the others still restore and each broken one gets its own message.
        /// </summary>
        private static async Task RestoreAsync(ScanTarget target, string root, List<Problem> problems, IProgressSink progress, CancellationToken cancellationToken)
        {
            if (target.Solution is not null)
            {
                await RestoreSolutionAsync(target.Solution, () => SolutionProjects(target.Solution), root, problems, progress, cancellationToken).ConfigureAwait(false);
                return;
            }

            if (target.Projects.Count > 1)
            {
                using var solution = new RestoreSolution(target.Projects);
                await RestoreSolutionAsync(solution.Path, () => target.Projects.ToList(), root, problems, progress, cancellationToken).ConfigureAwait(false);
                return;
            }

            foreach (var project in target.Projects)
            {
                progress.Status("Restoring " + Path.GetFileName(project));
                problems.AddRange(await DotnetRestore.RunAsync(MsBuildRegistration.DotnetExecutable, project, root, cancellationToken).ConfigureAwait(false));
            }
        }

        private static async Task RestoreSolutionAsync(string solution, System.Func<List<string>> projectsOf, string root, List<Problem> problems, IProgressSink progress, CancellationToken cancellationToken)
        {
            var dotnet = MsBuildRegistration.DotnetExecutable;
            progress.Status("Restoring " + Path.GetFileName(solution));
            var solutionProblems = await DotnetRestore.RunAsync(dotnet, solution, root, cancellationToken).ConfigureAwait(false);
            var projects = solutionProblems.Count == 0 ? new List<string>() : projectsOf();
            if (projects.Count == 0)
            {
                problems.AddRange(solutionProblems);
                return;
            }

            foreach (var project in projects)
            {
                progress.Status("Restoring " + Path.GetFileName(project));
                problems.AddRange(await DotnetRestore.RunAsync(dotnet, project, root, cancellationToken).ConfigureAwait(false));
            }
        }

        /// <summary>The existing project files a .sln or .slnx lists.</summary>
        internal static List<string> SolutionProjects(string solution)
        {
            var folder = Path.GetDirectoryName(solution)!;
            string text;
            try
            {
                text = File.ReadAllText(solution);
            }
            catch (IOException)
            {
                return new List<string>();
            }

            var pattern = solution.EndsWith(".slnx", System.StringComparison.OrdinalIgnoreCase)
                ? new Regex("<Project\\s+Path=\"([^\"]+\\.(?:cs|vb|fs)proj)\"", RegexOptions.IgnoreCase)
                : new Regex("^Project\\(\"[^\"]*\"\\)\\s*=\\s*\"[^\"]*\",\\s*\"([^\"]+\\.(?:cs|vb|fs)proj)\"", RegexOptions.Multiline | RegexOptions.IgnoreCase);
            return pattern.Matches(text)
                .Select(m => Path.GetFullPath(Path.Combine(folder, m.Groups[1].Value.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(File.Exists)
                .Distinct(System.StringComparer.Ordinal)
                .ToList();
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
