using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;
using SanctionsAnalyzers.Cli.Scanning;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests
{
    /// <summary>Program.Main swaps the process's console: these tests never run beside another that does.</summary>
    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class ConsoleCollection
    {
        public const string Name = "Console";
    }

    [Collection(ConsoleCollection.Name)]
    public class EntryPointTests
    {
        [Fact]
        public async Task Main_Help_PrintsUsageAndExitsZero()
        {
            var (exitCode, stdout, stderr) = await RunMain("--help");

            Assert.Equal(0, exitCode);
            Assert.Contains("dotnet-sanctions scan [<solution|project|folder>]", stdout, StringComparison.Ordinal);
            Assert.Contains("--fail-on <none|info|warning|error>", stdout, StringComparison.Ordinal);
            Assert.Contains("Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, load or configuration error,", stdout, StringComparison.Ordinal);
            Assert.Contains("3 incomplete projects (with --fail-on-incomplete", stdout, StringComparison.Ordinal);
            Assert.Equal("", stderr);
        }

        [Fact]
        public async Task Main_Version_PrintsToolAnalyzerAndPolicyVersions()
        {
            var (exitCode, stdout, _) = await RunMain("--version");

            Assert.Equal(0, exitCode);
            Assert.Matches(@"^dotnet-sanctions \S+ \(analyzer \S+, policy map \d{4}\.\d+\.\d+\)", stdout);
        }

        [Fact]
        public async Task Main_UnknownCommand_ExitsTwoWithUsageHint()
        {
            var (exitCode, stdout, stderr) = await RunMain("inspect");

            Assert.Equal(2, exitCode);
            Assert.Equal("", stdout);
            Assert.Equal(new[] { "error: unknown command 'inspect': use scan, audit or validate", "Run 'dotnet-sanctions --help' for usage." }, stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        }

        private static async Task<(int ExitCode, string Stdout, string Stderr)> RunMain(params string[] args)
        {
            var originalOut = Console.Out;
            var originalError = Console.Error;
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exitCode = await Program.Main(args);
                return (exitCode, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }

    public class OptionsTests
    {
        [Theory]
        [InlineData(new string[0], "no command given: use scan, audit or validate")]
        [InlineData(new[] { "scan", "--fail-on", "sometimes" }, "--fail-on must be none, info, warning or error, not 'sometimes'")]
        [InlineData(new[] { "scan", "--format", "xml" }, "--format must be markdown, json, sarif or console, not 'xml'")]
        [InlineData(new[] { "scan", "--colour" }, "unknown option '--colour'")]
        [InlineData(new[] { "scan", "--output" }, "option --output needs a value")]
        [InlineData(new[] { "scan", "--output", "report.txt" }, "cannot tell the format of --output report.txt from its extension: add --format markdown|json|sarif")]
        [InlineData(new[] { "scan", "--format", "json", "--fail-on", "error", "--format", "sarif" }, "only one --format can go to standard output; put an --output right after the others")]
        [InlineData(new[] { "audit" }, "audit needs a path: dotnet-sanctions audit <project|project.assets.json>")]
        [InlineData(new[] { "validate" }, "validate needs a path: dotnet-sanctions validate <package.nupkg>")]
        [InlineData(new[] { "validate", "a.nupkg", "--no-restore" }, "--no-restore applies to scan only")]
        [InlineData(new[] { "audit", "a.csproj", "--fail-on-incomplete" }, "--fail-on-incomplete applies to scan only")]
        [InlineData(new[] { "scan", "--verbosity", "loud" }, "--verbosity must be normal or detailed, not 'loud'")]
        [InlineData(new[] { "scan", "--parallel", "0" }, "--parallel must be a whole number of at least 1, not '0'")]
        [InlineData(new[] { "scan", "--output", "--format", "json" }, "option --output needs a value")]
        [InlineData(new[] { "scan", "-o" }, "option --output needs a value")]
        [InlineData(new[] { "scan", "a", "b" }, "too many arguments: 'b'")]
        public async Task UsageErrors_ExitTwoWithOneLineAndAHint(string[] args, string message)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            var exitCode = await CliApp.RunAsync(args, stdout, stderr);

            Assert.Equal(2, exitCode);
            Assert.Equal("", stdout.ToString());
            Assert.Equal(new[] { "error: " + message, "Run 'dotnet-sanctions --help' for usage." }, stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        }

        [Fact]
        public void Reports_FormatRightBeforeOutputSetsItsFormat_TheRestFromExtensions()
        {
            var options = CliOptions.Parse(new[] { "scan", "--format", "json", "--output", "a.txt", "--output", "b.sarif", "--format", "markdown", "--output", "c.md", "--format", "json" });

            Assert.Equal(
                new[] { "Json a.txt", "Sarif b.sarif", "Markdown c.md", "Json " },
                options.Reports.Select(r => r.Format + " " + r.Path));
            Assert.True(options.ReportOnStdout);
        }

        [Theory]
        [InlineData("none", Severity.Error, 0)]
        [InlineData("error", Severity.Warning, 0)]
        [InlineData("error", Severity.Error, 1)]
        [InlineData("warning", Severity.Warning, 1)]
        [InlineData("warning", Severity.Info, 0)]
        [InlineData("info", Severity.Info, 1)]
        [InlineData("info", Severity.Hidden, 0)]
        public void ExitCode_FollowsFailOn(string failOn, Severity severity, int exitCode)
        {
            var report = new Report { Command = "scan" };
            report.Findings.Add(new Finding { RuleId = "SANC1001", Severity = SeverityLevels.Name(severity) });

            CliApp.Complete(report, CliOptions.Parse(new[] { "scan", "--fail-on", failOn }));

            Assert.Equal(exitCode, report.Summary.ExitCode);
        }

        [Fact]
        public void ExitCode_IsTwoWhenAnythingCouldNotBeRead_EvenWithFindings()
        {
            var report = new Report { Command = "scan" };
            report.Findings.Add(new Finding { RuleId = "SANC1001", Severity = "error" });
            report.Problems.Add(new Problem { Kind = "load", Message = "load: x.csproj: broken" });

            CliApp.Complete(report, CliOptions.Parse(new[] { "scan", "--fail-on", "none" }));

            Assert.Equal(2, report.Summary.ExitCode);
        }

        [Theory]
        [InlineData(new[] { "scan", "--fail-on", "none" }, false, false, 0)]
        [InlineData(new[] { "scan" }, true, false, 1)]
        [InlineData(new[] { "scan", "--fail-on", "none", "--fail-on-incomplete" }, false, false, 3)]
        [InlineData(new[] { "scan", "--fail-on-incomplete" }, true, false, 3)]
        [InlineData(new[] { "scan", "--fail-on-incomplete" }, true, true, 2)]
        public void ExitCode_ForAnIncompleteProject_FollowsTheTable(string[] args, bool warningFinding, bool problem, int exitCode)
        {
            var report = new Report { Command = "scan", Projects = new() };
            report.Projects.Add(new ProjectEntry { Name = "A", Path = "A/A.csproj", Status = ProjectStatus.Analyzed });
            report.Projects.Add(new ProjectEntry { Name = "B", Path = "B/B.csproj", Status = ProjectStatus.Incomplete });
            if (warningFinding)
            {
                report.Findings.Add(new Finding { RuleId = "SANC1001", Severity = "warning" });
            }

            if (problem)
            {
                report.Problems.Add(new Problem { Kind = "load", Message = "load: C/C.csproj: broken" });
            }

            CliApp.Complete(report, CliOptions.Parse(args));

            Assert.Equal(exitCode, report.Summary.ExitCode);
            Assert.Equal(1, report.Summary.Projects!.Incomplete);
        }

        [Fact]
        public void Reports_InlineValuesAndShortAliases_PairAsTheLongForms()
        {
            var options = CliOptions.Parse(new[] { "scan", "-f=json", "--output=a.txt", "-o", "b.sarif", "--fail-on=error", "-v", "detailed" });

            Assert.Equal(new[] { "Json a.txt", "Sarif b.sarif" }, options.Reports.Select(r => r.Format + " " + r.Path));
            Assert.Equal(Severity.Error, options.FailOn);
            Assert.Equal(Verbosity.Detailed, options.Verbosity);
        }

        [Fact]
        public void Parallel_DefaultsToTheProcessorCount()
        {
            Assert.Equal(Environment.ProcessorCount, CliOptions.Parse(new[] { "scan" }).Parallel);
            Assert.Equal(3, CliOptions.Parse(new[] { "scan", "--parallel", "3" }).Parallel);
        }

        [Fact]
        public void Verbosity_IsNormalUnlessDetailedIsAsked()
        {
            Assert.Equal(Verbosity.Normal, CliOptions.Parse(new[] { "scan" }).Verbosity);
            Assert.Equal(Verbosity.Detailed, CliOptions.Parse(new[] { "scan", "--verbosity", "detailed" }).Verbosity);
            Assert.Equal(Verbosity.Detailed, CliOptions.Parse(new[] { "scan", "-v", "d" }).Verbosity);
        }

        [Theory]
        [InlineData("Iran: e-mail authorized (31 CFR 560.540(a)(1), formerly GL D-2); North Korea: e-mail not covered (block consistent) (31 CFR part 510)",
            "31 CFR 560.540(a)(1), formerly GL D-2; 31 CFR part 510")]
        [InlineData("Iran: payments excluded (block required) (31 CFR 560.516 (OFAC FAQ 345))", "31 CFR 560.516 (OFAC FAQ 345)")]
        [InlineData("unknown (feature category unknown)", null)]
        public void Citations_AreTakenFromTheInventoryVerdict(string verdict, string? citations)
        {
            Assert.Equal(citations, WorkspaceScanner.CitationsFromVerdict(verdict));
        }

        [Theory]
        [InlineData("MailKit", "email")]
        [InlineData("Stripe.net", "payments")]
        [InlineData("SendGrid.Extensions.DependencyInjection", "email")]
        [InlineData("Microsoft.AspNetCore.SignalR.Client", "instant-messaging")]
        [InlineData("Newtonsoft.Json", null)]
        [InlineData("Microsoft.AspNetCore", null)]
        public void Catalog_CategorisesPackagesByTheirNamespaces(string packageId, string? category)
        {
            Assert.Equal(category, PolicyData.Embedded.FindPackage(packageId)?.Categories.First());
        }

        [Fact]
        public void Analyzers_AreDiscoveredByReflection()
        {
            var analyzers = AnalyzerSet.Discover();

            Assert.Contains(analyzers.Analyzers, a => a is SanctionsAnalyzers.Analysis.GeoBlockAnalyzer);
            Assert.Contains(analyzers.Descriptors, d => d.Id == "SANC1100");
            Assert.Equal(analyzers.Descriptors.Length, analyzers.Descriptors.Select(d => d.Id).Distinct().Count());
        }
    }
}
