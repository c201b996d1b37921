using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Packages;
using SanctionsAnalyzers.Cli.Reports;
using SanctionsAnalyzers.Cli.Scanning;
using Spectre.Console;

namespace SanctionsAnalyzers.Cli
{
    /// <summary>The tool's entry point with its output streams passed in, so tests can run it in-process.</summary>
    public static class CliApp
    {
        public const int ExitClean = 0;
        public const int ExitFindings = 1;
        public const int ExitError = 2;
        public const int ExitIncomplete = 3;

        public static string ToolVersion =>
            typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

        public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        {
            CliOptions options;
            try
            {
                options = CliOptions.Parse(args);
            }
            catch (CliException e)
            {
                stderr.WriteLine("error: " + e.Message);
                stderr.WriteLine("Run 'dotnet-sanctions --help' for usage.");
                return ExitError;
            }

            if (options.Help)
            {
                stdout.WriteLine(CliOptions.Usage);
                return ExitClean;
            }

            if (options.Version)
            {
                stdout.WriteLine("dotnet-sanctions " + ToolVersion + " (analyzer " + PolicyData.AnalyzerVersion + ", policy map " + SafePolicyVersion() + ")");
                return ExitClean;
            }

            var realConsole = ReferenceEquals(stdout, Console.Out);
            Report report;
            try
            {
                var progress = ProgressDisplay.IsWanted(options.NoProgress, realConsole);
                report = options.Command switch
                {
                    "scan" => await ProgressDisplay.RunAsync(progress, sink => ScanCommand.RunAsync(options, sink, stderr, cancellationToken)).ConfigureAwait(false),
                    "audit" => await ProgressDisplay.RunAsync(progress, sink => AuditCommand.RunAsync(options, sink, cancellationToken)).ConfigureAwait(false),
                    _ => ValidateCommand.Run(options),
                };
            }
            catch (CliException e)
            {
                stderr.WriteLine("error: " + e.Message);
                return ExitError;
            }
            catch (OperationCanceledException)
            {
                stderr.WriteLine("error: cancelled");
                return ExitError;
            }
            catch (Exception e)
            {
                // Never a stack trace: one line that says what failed.
                stderr.WriteLine("error: " + options.Command + " failed unexpectedly: " + e.GetType().Name + ": " + FirstLine(e.Message));
                return ExitError;
            }

            Complete(report, options);

            foreach (var problem in report.Problems)
            {
                stderr.WriteLine("error: " + problem.Message);
            }

            // Incomplete projects are no failed scan (unless --fail-on-incomplete), but the log says so once each.
            foreach (var project in report.Projects?.Where(p => p.Status == ProjectStatus.Incomplete) ?? Enumerable.Empty<ProjectEntry>())
            {
                stderr.WriteLine("warning: incomplete: " + project.Path + ": " + project.Reason);
            }

            var exitCode = report.Summary.ExitCode;
            foreach (var target in options.Reports)
            {
                try
                {
                    if (target.Path is null)
                    {
                        WriteReport(report, target.Format, stdout, options.Verbosity);
                        continue;
                    }

                    var full = Path.GetFullPath(target.Path);
                    var folder = Path.GetDirectoryName(full);
                    if (!string.IsNullOrEmpty(folder))
                    {
                        Directory.CreateDirectory(folder);
                    }

                    using (var writer = new StreamWriter(full, append: false, new System.Text.UTF8Encoding(false)))
                    {
                        WriteReport(report, target.Format, writer, options.Verbosity);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
                {
                    stderr.WriteLine("error: cannot write " + target.Path + ": " + FirstLine(e.Message));
                    exitCode = ExitError;
                }
            }

            if (!options.ReportOnStdout)
            {
                var console = CreateConsole(stdout, realConsole);
                ConsoleReportWriter.Write(report, console, options.Verbosity);
                foreach (var target in options.Reports.Where(t => t.Path is not null))
                {
                    console.MarkupLine("[grey]Wrote " + target.Format.ToString().ToLowerInvariant() + " report " + Markup.Escape(Path.GetFullPath(target.Path!)) + "[/]");
                }
            }

            return exitCode;
        }

        /// <summary>
        /// Counts, fail-on level and exit code: 2 when a problem kept part of the work from running, else 3 when a project
        /// is incomplete and --fail-on-incomplete is given, else 1 on findings at or above --fail-on.
        /// </summary>
        internal static void Complete(Report report, CliOptions options)
        {
            report.Tool.Version = ToolVersion;
            report.Tool.AnalyzerVersion = PolicyData.AnalyzerVersion;
            report.Tool.PolicyVersion = SafePolicyVersion();

            var summary = report.Summary;
            summary.Errors = report.Findings.Count(f => f.Level == Severity.Error);
            summary.Warnings = report.Findings.Count(f => f.Level == Severity.Warning);
            summary.Infos = report.Findings.Count(f => f.Level == Severity.Info);
            summary.GeoBlocks = report.GeoBlocks?.Count;
            summary.Services = report.Services?.Count;
            summary.Problems = report.Problems.Count;
            if (report.Packages is not null && report.Command == "audit")
            {
                summary.Packages = report.Packages.Count;
                summary.UnknownPackages = report.Packages.Count(p => p.Status == "unknown");
            }

            if (report.Command == "scan" && report.Projects is not null)
            {
                summary.Projects = new ProjectCounts
                {
                    Analyzed = report.Projects.Count(p => p.Status == ProjectStatus.Analyzed),
                    Incomplete = report.Projects.Count(p => p.Status == ProjectStatus.Incomplete),
                    Skipped = report.Projects.Count(p => p.Status == ProjectStatus.Skipped),
                    Failed = report.Projects.Count(p => p.Status == ProjectStatus.Failed),
                };
                summary.FailOnIncomplete = options.FailOnIncomplete;
            }

            summary.FailOn = SeverityLevels.FailOnName(options.FailOn);
            if (report.Problems.Count > 0)
            {
                summary.ExitCode = ExitError;
            }
            else if (options.FailOnIncomplete && summary.Projects is { Incomplete: > 0 })
            {
                summary.ExitCode = ExitIncomplete;
            }
            else if (options.FailOn is Severity threshold && report.Findings.Any(f => f.Level >= threshold))
            {
                summary.ExitCode = ExitFindings;
            }
            else
            {
                summary.ExitCode = ExitClean;
            }
        }

        private static void WriteReport(Report report, ReportFormat format, TextWriter writer, Verbosity verbosity)
        {
            switch (format)
            {
                case ReportFormat.Json:
                    JsonReportWriter.Write(report, writer);
                    break;
                case ReportFormat.Sarif:
                    SarifReportWriter.Write(report, writer);
                    break;
                case ReportFormat.Markdown:
                    MarkdownReportWriter.Write(report, writer);
                    break;
                default:
                    ConsoleReportWriter.Write(report, CreateConsole(writer, realConsole: false), verbosity);
                    break;
            }
        }

        private static IAnsiConsole CreateConsole(TextWriter writer, bool realConsole)
        {
            var interactive = realConsole && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
            });
            if (!interactive)
            {
                // Redirected output (CI logs, files, tests): the tables are laid out for 120 columns.
                console.Profile.Width = 120;
            }

            return console;
        }

        private static string SafePolicyVersion()
        {
            try
            {
                return PolicyData.Embedded.Version;
            }
            catch (CliException)
            {
                return "";
            }
        }

        internal static string FirstLine(string message)
        {
            var line = message.Split('\n')[0].Trim();
            return line.Length == 0 ? "(no message)" : line;
        }
    }
}
