using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.MSBuild;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>
    /// Opens the target with MSBuildWorkspace and runs the analyzers on each C# project's compilation with the project's
    /// own analyzer config (editorconfig severities, build properties) and AdditionalFiles.
    /// </summary>
    internal static class WorkspaceScanner
    {
        private const string GeoBlockInventory = "SANC1100";
        private const string ServiceInventory = "SANC2001";

        private static readonly Regex MsBuildFailurePrefix = new Regex(@"^Msbuild failed when processing the file '(?<file>[^']*)' with message:\s*(?<file2>[^:]*:\s*\(\d+,\s*\d+\):\s*)?", RegexOptions.Compiled);

        private static readonly string[] TestFrameworkAssemblies =
        {
            "xunit.core", "xunit.v3.core", "nunit.framework", "Microsoft.VisualStudio.TestPlatform.TestFramework", "MSTest.TestFramework", "TUnit.Core",
        };

        [MethodImpl(MethodImplOptions.NoInlining)]
        public static async Task ScanAsync(ScanTarget target, AnalyzerSet analyzers, CliOptions options, Report report, IReadOnlyList<Problem> restoreProblems, IProgressSink progress, CancellationToken cancellationToken)
        {
            using var workspace = MSBuildWorkspace.Create();
            var failures = new List<WorkspaceDiagnostic>();
            workspace.RegisterWorkspaceFailedHandler(e =>
            {
                lock (failures)
                {
                    failures.Add(e.Diagnostic);
                }
            });

            var loadProgress = new LoadProgress(progress, report.Root);
            var requested = new List<string>();
            if (target.Solution is not null)
            {
                progress.Status("Loading " + Path.GetFileName(target.Solution));
                try
                {
                    await workspace.OpenSolutionAsync(target.Solution, loadProgress, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    throw new CliException("load", "cannot open solution " + PathHelper.Relative(report.Root, target.Solution) + ": " + CliApp.FirstLine(e.Message));
                }

                requested.AddRange(workspace.CurrentSolution.Projects.Select(p => p.FilePath).OfType<string>().Distinct(StringComparer.Ordinal));
            }
            else
            {
                // A folder's projects load as one throw-away solution: one design-time build session for them all, about
                // half the time of opening them one by one (100 projects: 37 s against 81 s). One by one when that fails.
                if (target.Projects.Count > 1)
                {
                    progress.Status("Loading " + target.Projects.Count + " projects");
                    using var listing = new RestoreSolution(target.Projects);
                    try
                    {
                        await workspace.OpenSolutionAsync(listing.Path, loadProgress, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // Left to the loop below, project by project.
                    }
                }

                foreach (var projectFile in target.Projects)
                {
                    progress.Status("Loading " + Path.GetFileName(projectFile));
                    requested.Add(projectFile);
                    if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, projectFile, StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    try
                    {
                        await workspace.OpenProjectAsync(projectFile, loadProgress, cancellationToken).ConfigureAwait(false);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        var relative = PathHelper.Relative(report.Root, projectFile);
                        report.Projects!.Add(new ProjectEntry { Name = Path.GetFileNameWithoutExtension(projectFile), Path = relative, Status = ProjectStatus.Failed, Reason = CliApp.FirstLine(e.Message) });
                        report.Problems.Add(new Problem { Kind = "load", Path = relative, Message = "load: " + relative + ": " + CliApp.FirstLine(e.Message) });
                    }
                }
            }

            var projects = workspace.CurrentSolution.Projects
                .Where(p => p.FilePath is not null && requested.Contains(p.FilePath, StringComparer.Ordinal))
                .OrderBy(p => p.FilePath, StringComparer.Ordinal)
                .ThenBy(p => p.Name, StringComparer.Ordinal)
                .ToList();

            progress.Steps(projects.Count);
            var restore = new RestoreMessages(restoreProblems);
            var scans = new ProjectScan[projects.Count];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallel, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, projects.Count), parallel, async (index, token) =>
            {
                var project = projects[index];
                lock (progress)
                {
                    progress.Status("Analyzing " + project.Name);
                }

                scans[index] = await ScanProjectAsync(project, analyzers, options, report.Root, failures, restore, token).ConfigureAwait(false);
                lock (progress)
                {
                    progress.Advance("Analyzed " + project.Name);
                }
            }).ConfigureAwait(false);

            // In project order, whatever order the projects finished in: the report is the same as a sequential run's.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var scan in scans)
            {
                Merge(scan, report, seen);
            }

            // Restore errors of projects that loaded belong to those projects; the others (a project that did not load,
            // a restore that did not run) are problems.
            report.Problems.AddRange(restore.Unclaimed(report.Projects!));
            report.Restore = restore.Grouped();

            foreach (var geoBlock in report.GeoBlocks!)
            {
                geoBlock.Citation ??= CitationFor(geoBlock, report.Findings);
            }

            report.Findings = Sorted(report.Findings);
            report.GeoBlocks = Sorted(report.GeoBlocks);
            if (report.Services is not null)
            {
                report.Services = Sorted(report.Services);
            }
        }

        /// <summary>Adds one project's results to the report; a multi-targeted project's findings are reported once.</summary>
        private static void Merge(ProjectScan scan, Report report, HashSet<string> seen)
        {
            report.Projects!.Add(scan.Entry);
            report.Problems.AddRange(scan.Problems);
            foreach (var finding in scan.Diagnostics)
            {
                // A multi-targeted project is one Roslyn project per target framework: report each place once.
                var key = finding.RuleId + "|" + finding.Location + "|" + finding.Message;
                if (!seen.Add(key))
                {
                    continue;
                }

                if (finding.RuleId == GeoBlockInventory)
                {
                    report.GeoBlocks!.Add(finding);
                }
                else if (finding.RuleId == ServiceInventory)
                {
                    report.Services?.Add(finding);
                }
                else if (finding.Level >= Severity.Info)
                {
                    report.Findings.Add(finding);
                }
            }
        }

        private static async Task<ProjectScan> ScanProjectAsync(
            Project project,
            AnalyzerSet analyzers,
            CliOptions options,
            string root,
            List<WorkspaceDiagnostic> failures,
            RestoreMessages restore,
            CancellationToken cancellationToken)
        {
            var path = PathHelper.Relative(root, project.FilePath!);
            var entry = new ProjectEntry { Name = project.Name, Path = path, Documents = project.DocumentIds.Count };
            var scan = new ProjectScan(entry);

            if (project.Language != LanguageNames.CSharp)
            {
                entry.Status = ProjectStatus.Skipped;
                entry.Reason = "not C# (" + project.Language + ")";
                return scan;
            }

            List<string> messages;
            lock (failures)
            {
                messages = failures.Where(f => f.Kind == WorkspaceDiagnosticKind.Failure && f.Message.Contains(project.FilePath!, StringComparison.Ordinal))
                    .Select(f => CleanFailure(f.Message)).Distinct(StringComparer.Ordinal).ToList();
            }

            if (project.DocumentIds.Count == 0 && !project.MetadataReferences.Any())
            {
                var reason = messages.FirstOrDefault() ?? "MSBuild produced no source files and no references";
                entry.Status = ProjectStatus.Failed;
                entry.Reason = reason;
                scan.Problems.Add(new Problem { Kind = "load", Path = path, Message = "load: " + path + ": " + reason });
                return scan;
            }

            if (!options.IncludeTests && IsTestProject(project))
            {
                entry.Status = ProjectStatus.Skipped;
                entry.Reason = "test project (--include-tests to analyse it)";
                return scan;
            }

            project = AddAppSettings(project);
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                entry.Status = ProjectStatus.Failed;
                entry.Reason = "no compilation";
                scan.Problems.Add(new Problem { Kind = "load", Path = path, Message = "load: " + path + ": Roslyn produced no compilation" });
                return scan;
            }

            var unresolved = ProjectHealth.RestoreErrors(project, compilation, restoreAttempted: !options.NoRestore, out var restoreWarnings);
            unresolved.AddRange(restore.For(path));
            restore.Record(path, unresolved);
            unresolved.AddRange(ProjectHealth.MissingReferences(project));
            unresolved.AddRange(ProjectHealth.LoadFailures(messages, unresolved, restoreWarnings).ToList());

            var provider = project.AnalyzerOptions.AnalyzerConfigOptionsProvider;
            if (options.IncludeTests)
            {
                provider = new ExtraGlobalOptionsProvider(provider, "build_property.SanctionsAnalyzeTestProjects", "true");
            }

            var analyzerOptions = new AnalyzerOptions(project.AnalyzerOptions.AdditionalFiles, provider);
            var analyzerFailures = new List<string>();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers.Analyzers,
                new CompilationWithAnalyzersOptions(
                    analyzerOptions,
                    onAnalyzerException: (exception, analyzer, _) =>
                    {
                        lock (analyzerFailures)
                        {
                            analyzerFailures.Add(analyzer.GetType().Name + " threw " + exception.GetType().Name + ": " + CliApp.FirstLine(exception.Message));
                        }
                    },
                    concurrentAnalysis: true,
                    logAnalyzerExecutionTime: false,
                    reportSuppressedDiagnostics: false));

            // All diagnostics, not only the analyzers': the compiler's errors come from the same binding the analysis does.
            var all = await withAnalyzers.GetAllDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var analyzerIds = new HashSet<string>(analyzers.Descriptors.Select(d => d.Id), StringComparer.Ordinal);
            var compilerErrors = ProjectHealth.CompilerErrors(all, analyzerIds);
            var diagnostics = all.Where(d => d.Id == "AD0001" || analyzerIds.Contains(d.Id)).ToList();
            foreach (var failure in analyzerFailures.Distinct(StringComparer.Ordinal))
            {
                scan.Problems.Add(new Problem { Kind = "analyzer", Path = path, Message = "analyzer: " + path + ": " + failure });
            }

            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id != "AD0001")
                {
                    scan.Diagnostics.Add(ToFinding(diagnostic, project, root));
                }
                else if (analyzerFailures.Count == 0)
                {
                    scan.Problems.Add(new Problem { Kind = "analyzer", Path = path, Message = "analyzer: " + path + ": " + CliApp.FirstLine(diagnostic.GetMessage(CultureInfo.InvariantCulture)) });
                }
            }

            ProjectHealth.Judge(entry, compilerErrors, unresolved, root);
            entry.Messages = messages.Count > 0 ? messages : null;
            return scan;
        }

        /// <summary>
        /// The package targets pass appsettings*.json as AdditionalFiles; a project that uses the analyzer through a
        /// ProjectReference (or not at all) lacks them, so the tool adds the project folder's files itself.
        /// </summary>
        private static Project AddAppSettings(Project project)
        {
            var folder = Path.GetDirectoryName(project.FilePath!)!;
            var present = new HashSet<string>(project.AdditionalDocuments.Select(d => d.FilePath).OfType<string>().Select(Path.GetFullPath), StringComparer.Ordinal);
            string[] files;
            try
            {
                files = Directory.GetFiles(folder, "appsettings*.json");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return project;
            }

            foreach (var file in files.OrderBy(f => f, StringComparer.Ordinal))
            {
                if (present.Contains(Path.GetFullPath(file)))
                {
                    continue;
                }

                try
                {
                    var text = SourceText.From(File.ReadAllText(file), System.Text.Encoding.UTF8);
                    project = project.AddAdditionalDocument(Path.GetFileName(file), text, filePath: file).Project;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Unreadable: the analyzer reports what it can without it.
                }
            }

            return project;
        }

        private static bool IsTestProject(Project project)
        {
            if (project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.IsTestProject", out var value)
                && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            // A resolved test framework, or one the project declares (IsTestProject set in Directory.Build.props is not
            // visible to the compiler, and a partial restore may leave the framework unresolved).
            return project.MetadataReferences.OfType<PortableExecutableReference>()
                    .Any(r => r.FilePath is not null && TestFrameworkAssemblies.Contains(Path.GetFileNameWithoutExtension(r.FilePath), StringComparer.OrdinalIgnoreCase))
                || ProjectHealth.DeclaredPackages(project).Any(id => TestFrameworkPackages.Contains(id, StringComparer.OrdinalIgnoreCase));
        }

        private static readonly string[] TestFrameworkPackages =
        {
            "Microsoft.NET.Test.Sdk", "xunit", "xunit.core", "xunit.v3", "xunit.v3.core", "NUnit", "MSTest", "MSTest.TestFramework", "TUnit", "TUnit.Core",
        };

        private static string CleanFailure(string message)
        {
            var cleaned = MsBuildFailurePrefix.Replace(message, string.Empty);
            return CliApp.FirstLine(cleaned);
        }

        internal static Finding ToFinding(Diagnostic diagnostic, Project project, string root)
        {
            var properties = diagnostic.Properties;
            string? Property(string key) => properties.TryGetValue(key, out var value) && !string.IsNullOrEmpty(value) ? value : null;
            List<string>? List(string key) => properties.TryGetValue(key, out var value) && value is not null
                ? value.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(v => v.Trim()).Where(v => v.Length > 0).ToList()
                : null;

            var descriptor = diagnostic.Descriptor;
            return new Finding
            {
                RuleId = diagnostic.Id,
                Title = descriptor.Title.ToString(CultureInfo.InvariantCulture),
                Severity = SeverityLevels.Name(SeverityLevels.FromRoslyn(diagnostic.Severity)),
                Message = diagnostic.GetMessage(CultureInfo.InvariantCulture),
                Project = project.Name,
                Location = ToLocation(diagnostic.Location, root),
                HelpUri = string.IsNullOrEmpty(descriptor.HelpLinkUri) ? null : descriptor.HelpLinkUri,
                Category = descriptor.Category,
                Jurisdictions = List(DiagnosticProperties.Jurisdictions),
                Categories = List(DiagnosticProperties.Categories),
                Citation = Property(DiagnosticProperties.Citation),
                Verdict = Property(DiagnosticProperties.Verdict),
                Signal = Property(DiagnosticProperties.Signal),
                SignalKind = Property(DiagnosticProperties.SignalKind),
                GateForm = Property(DiagnosticProperties.GateForm),
                Action = Property(DiagnosticProperties.Action),
                Feature = Property(DiagnosticProperties.Feature),
                Evidence = Property(DiagnosticProperties.Evidence),
                PolicyVersion = Property(DiagnosticProperties.PolicyVersion),
                Confidence = Property(DiagnosticProperties.Confidence),
                Path = PathOf(diagnostic, Property(DiagnosticProperties.PathSteps), root),
                Properties = properties.IsEmpty
                    ? null
                    : new SortedDictionary<string, string>(properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!), StringComparer.Ordinal),
            };
        }

        /// <summary>The steps named by the PathSteps property: "test" is the diagnostic's location, each other step the next additional location.</summary>
        private static List<PathStep>? PathOf(Diagnostic diagnostic, string? steps, string root)
        {
            if (steps is null)
            {
                return null;
            }

            var path = new List<PathStep>();
            var next = 0;
            foreach (var step in steps.Split(','))
            {
                var location = step == "test" ? diagnostic.Location
                    : next < diagnostic.AdditionalLocations.Count ? diagnostic.AdditionalLocations[next++]
                    : null;
                if (location is not null && ToLocation(location, root) is { } resolved)
                {
                    path.Add(new PathStep { Step = step, Location = resolved });
                }
            }

            return path.Count > 0 ? path : null;
        }

        private static SourceLocation? ToLocation(Location location, string root)
        {
            if (location == Location.None)
            {
                return null;
            }

            var span = location.GetMappedLineSpan();
            if (!span.IsValid || string.IsNullOrEmpty(span.Path))
            {
                span = location.GetLineSpan();
            }

            if (!span.IsValid || string.IsNullOrEmpty(span.Path))
            {
                return null;
            }

            return new SourceLocation
            {
                File = PathHelper.Relative(root, span.Path),
                Line = span.StartLinePosition.Line + 1,
                Column = span.StartLinePosition.Character + 1,
                EndLine = span.EndLinePosition.Line + 1,
                EndColumn = span.EndLinePosition.Character + 1,
            };
        }

        /// <summary>
        /// SANC1100 carries its citations inside the verdict text; a SANC1001/SANC1003 on the same gate carries them as
        /// a property. Prefer the property, else take the citations from the verdict.
        /// </summary>
        internal static string? CitationFor(Finding geoBlock, IEnumerable<Finding> findings)
        {
            var sameGate = findings.FirstOrDefault(f => f.Citation is not null && f.Location?.ToString() == geoBlock.Location?.ToString()
                && f.Location?.EndLine == geoBlock.Location?.EndLine && f.Location?.EndColumn == geoBlock.Location?.EndColumn);
            if (sameGate is not null)
            {
                return sameGate.Citation;
            }

            return CitationsFromVerdict(geoBlock.Verdict);
        }

        /// <summary>"Iran: e-mail authorized (31 CFR 560.540(a)(1), formerly GL D-2); North Korea: e-mail not covered (block consistent) (31 CFR part 510)" → the citations.</summary>
        internal static string? CitationsFromVerdict(string? verdict)
        {
            if (string.IsNullOrEmpty(verdict))
            {
                return null;
            }

            var qualifiers = new[] { "block required", "block consistent", "unconfirmed" };
            var citations = new List<string>();
            foreach (var part in verdict!.Split(new[] { "; " }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.IndexOf(": ", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                var depth = 0;
                var start = -1;
                for (var i = 0; i < part.Length; i++)
                {
                    if (part[i] == '(')
                    {
                        if (depth++ == 0)
                        {
                            start = i + 1;
                        }
                    }
                    else if (part[i] == ')' && depth > 0 && --depth == 0)
                    {
                        var group = part.Substring(start, i - start).Trim();
                        if (group.Length > 0 && !qualifiers.Contains(group) && !citations.Contains(group))
                        {
                            citations.Add(group);
                        }
                    }
                }
            }

            return citations.Count == 0 ? null : string.Join("; ", citations);
        }

        private static List<Finding> Sorted(List<Finding> findings) => findings
            .OrderBy(f => f.Location?.File ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Location?.Line ?? 0)
            .ThenBy(f => f.Location?.Column ?? 0)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();

        private sealed class LoadProgress : IProgress<ProjectLoadProgress>
        {
            private readonly IProgressSink _sink;
            private readonly string _root;

            public LoadProgress(IProgressSink sink, string root)
            {
                _sink = sink;
                _root = root;
            }

            public void Report(ProjectLoadProgress value) =>
                _sink.Status(value.Operation + " " + PathHelper.Relative(_root, value.FilePath) + (value.TargetFramework is null ? "" : " (" + value.TargetFramework + ")"));
        }

        /// <summary>Adds one global option (build_property.SanctionsAnalyzeTestProjects for --include-tests).</summary>
        private sealed class ExtraGlobalOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private readonly AnalyzerConfigOptionsProvider _inner;
            private readonly AnalyzerConfigOptions _global;

            public ExtraGlobalOptionsProvider(AnalyzerConfigOptionsProvider inner, string key, string value)
            {
                _inner = inner;
                _global = new ExtraOptions(inner.GlobalOptions, key, value);
            }

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _inner.GetOptions(tree);

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _inner.GetOptions(textFile);
        }

        private sealed class ExtraOptions : AnalyzerConfigOptions
        {
            private readonly AnalyzerConfigOptions _inner;
            private readonly string _key;
            private readonly string _value;

            public ExtraOptions(AnalyzerConfigOptions inner, string key, string value)
            {
                _inner = inner;
                _key = key;
                _value = value;
            }

            public override IEnumerable<string> Keys => _inner.Keys.Append(_key).Distinct(StringComparer.Ordinal);

            public override bool TryGetValue(string key, out string value)
            {
                if (string.Equals(key, _key, StringComparison.OrdinalIgnoreCase))
                {
                    value = _value;
                    return true;
                }

                return _inner.TryGetValue(key, out value!);
            }
        }
    }
}
