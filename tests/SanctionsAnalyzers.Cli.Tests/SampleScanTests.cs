using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;
using SanctionsAnalyzers.Cli.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests
{
    /// <summary>The README's main job: 'scan' with no argument scans the bundled sample, once per test class.</summary>
    public sealed class SampleScanFixture : IAsyncLifetime, IDisposable
    {
        public TempFolder Output { get; } = new TempFolder("sanctions-cli-sample-");

        public CliResult Result { get; private set; } = null!;

        public string Json => File.ReadAllText(Output.Combine("sample.json"));

        public string Sarif => File.ReadAllText(Output.Combine("sample.sarif"));

        public string Markdown => File.ReadAllText(Output.Combine("sample.md"));

        public async Task InitializeAsync()
        {
            // In-process, from the test's folder inside the repository: the tool walks up to SanctionsAnalyzers.sln.
            Result = await CliRun.InProcessAsync("scan", "--output", Output.Combine("sample.json"), "--output", Output.Combine("sample.sarif"), "--output", Output.Combine("sample.md"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Output.Dispose();
    }

    public class SampleScanTests : IClassFixture<SampleScanFixture>
    {
        private readonly SampleScanFixture _scan;

        public SampleScanTests(SampleScanFixture scan)
        {
            _scan = scan;
        }

        [Fact]
        public void Scan_WithoutArgument_ScansTheSampleAndFailsOnItsWarnings()
        {
            Assert.True(_scan.Result.ExitCode == 1, _scan.Result.ToString());
            var report = ReportJson.Parse(_scan.Json);
            Assert.Equal(1, report["schemaVersion"]!.GetValue<int>());
            Assert.Equal("scan", ReportJson.Str(report, "command"));
            Assert.Equal(TestPaths.SampleProject, ReportJson.Str(report, "target"));
            Assert.Empty(ReportJson.Items(report, "problems"));

            var project = ReportJson.Items(report, "projects").Single();
            Assert.Equal("GeoBlockedChat", ReportJson.Str(project, "name"));
            Assert.Equal("analyzed", ReportJson.Str(project, "status"));

            var found = ReportJson.RuleAndFile(report);
            foreach (var expected in new[]
            {
                "SANC1001 samples/GeoBlockedChat/Controllers/MailController.cs",
                "SANC1001 samples/GeoBlockedChat/Hubs/ChatHub.cs",
                "SANC1001 samples/GeoBlockedChat/Hubs/MeetingHub.cs",
                "SANC1003 samples/GeoBlockedChat/Controllers/SignupController.cs",
                "SANC1004 samples/GeoBlockedChat/appsettings.json",
            })
            {
                Assert.Contains(expected, found);
            }

            // The legitimate payment block and the country picker are no findings.
            Assert.DoesNotContain(found, f => f.Contains("CheckoutController", StringComparison.Ordinal) || f.Contains("CountryPicker", StringComparison.Ordinal));
            Assert.Equal("warning", ReportJson.Str(report["summary"], "failOn"));
            Assert.Equal(1, report["summary"]!["exitCode"]!.GetValue<int>());
        }

        [Fact]
        public void Scan_ReportsEveryGeoBlockWithSignalJurisdictionsActionFeatureCategoriesVerdictAndCitation()
        {
            var report = ReportJson.Parse(_scan.Json);
            var blocks = ReportJson.Items(report, "geoBlocks").ToList();
            Assert.True(blocks.Count >= 5, _scan.Json);
            foreach (var block in blocks)
            {
                Assert.Equal("SANC1100", ReportJson.Str(block, "ruleId"));
                Assert.Equal("hidden", ReportJson.Str(block, "severity"));
                foreach (var field in new[] { "signal", "signalKind", "action", "feature", "verdict", "policyVersion" })
                {
                    Assert.False(string.IsNullOrEmpty(ReportJson.Str(block, field)), field + " missing in " + block.ToJsonString());
                }

                Assert.NotEmpty(ReportJson.List(block, "jurisdictions"));
            }

            // The payment block the law requires appears in the inventory only, with its citation.
            var checkout = blocks.Single(b => ReportJson.File(b).EndsWith("CheckoutController.cs", StringComparison.Ordinal));
            Assert.Equal(new[] { "payments" }, ReportJson.List(checkout, "categories"));
            Assert.Contains("excluded (block required)", ReportJson.Str(checkout, "verdict"), StringComparison.Ordinal);
            Assert.Contains("31 CFR 560.516", ReportJson.Str(checkout, "citation"), StringComparison.Ordinal);

            var chat = blocks.Single(b => ReportJson.File(b).EndsWith("ChatHub.cs", StringComparison.Ordinal));
            Assert.Equal("ChatHub.SendMessage", ReportJson.Str(chat, "feature"));
            Assert.Equal(new[] { "IR" }, ReportJson.List(chat, "jurisdictions"));
            Assert.Contains("instant-messaging", ReportJson.List(chat, "categories"));
            Assert.Equal("31 CFR 560.540(a)(1), formerly GL D-2", ReportJson.Str(chat, "citation"));
            Assert.Equal("Location", ReportJson.Str(chat, "signalKind"));
        }

        [Fact]
        public void Scan_ReportsTheServicesInventoryWhenTheAnalyzerHasIt()
        {
            var report = ReportJson.Parse(_scan.Json);
            if (report["servicesInventoryAvailable"]!.GetValue<bool>())
            {
                var services = ReportJson.Items(report, "services").ToList();
                Assert.Contains(services, s => ReportJson.Str(s, "ruleId") == "SANC2001" && ReportJson.File(s).EndsWith("ChatHub.cs", StringComparison.Ordinal)
                    && ReportJson.List(s, "categories").Contains("instant-messaging"));
                Assert.Contains("Services inventory (SANC2001)", _scan.Markdown, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(report["services"]);
                Assert.Contains("no SANC2001 rule", _scan.Markdown, StringComparison.Ordinal);
            }
        }

        [Fact]
        public void Scan_WritesSarifValidAgainstTheSchema_WithRelativePathsAndRuleMetadata()
        {
            var run = SarifAssert.Valid(_scan.Sarif);
            Assert.Equal(new Uri(TestPaths.RepoRoot.TrimEnd('/') + "/").AbsoluteUri, run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!.GetValue<string>());

            var results = run["results"]!.AsArray().Select(r => r!.AsObject()).ToList();
            var chat = results.First(r => r["ruleId"]!.GetValue<string>() == "SANC1001"
                && r["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>() == "samples/GeoBlockedChat/Hubs/ChatHub.cs");
            Assert.Equal("warning", chat["level"]!.GetValue<string>());
            var region = chat["locations"]![0]!["physicalLocation"]!["region"]!;
            Assert.True(region["startLine"]!.GetValue<int>() > 0);
            Assert.True(region["startColumn"]!.GetValue<int>() > 0);
            Assert.Equal("IR", chat["properties"]!["jurisdictions"]![0]!.GetValue<string>());
            Assert.Equal("31 CFR 560.540(a)(1), formerly GL D-2", chat["properties"]!["citation"]!.GetValue<string>());
            Assert.Contains(results, r => r["ruleId"]!.GetValue<string>() == "SANC1100" && r["kind"]!.GetValue<string>() == "informational");

            var rule = run["tool"]!["driver"]!["rules"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == "SANC1001")!;
            Assert.Equal("Sanctions.GeoBlocking", rule["properties"]!["category"]!.GetValue<string>());
            Assert.EndsWith("docs/rules/SANC1001.md", rule["helpUri"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.Equal("warning", rule["defaultConfiguration"]!["level"]!.GetValue<string>());
            Assert.True(run["invocations"]![0]!["executionSuccessful"]!.GetValue<bool>());
        }

        /// <summary>
        /// Every SANC1001 is explained as a path: a code flow from where the country comes from to the feature it blocks,
        /// with the steps between as related locations; the Markdown and console reports print the same steps.
        /// </summary>
        [Fact]
        public void Scan_ExplainsEveryOverBroadGeoBlockAsACodeFlow_FromSignalToFeature()
        {
            var run = SarifAssert.Valid(_scan.Sarif);
            var overBroad = run["results"]!.AsArray().Select(r => r!.AsObject()).Where(r => r["ruleId"]!.GetValue<string>() == "SANC1001").ToList();
            Assert.NotEmpty(overBroad);
            foreach (var result in overBroad)
            {
                var steps = result["codeFlows"]![0]!["threadFlows"]![0]!["locations"]!.AsArray().Select(l => l!["location"]!["message"]!["text"]!.GetValue<string>()).ToList();
                Assert.Equal("signal", steps.First());
                Assert.Equal("feature", steps.Last());
                Assert.Contains("test", steps);
                Assert.Equal(steps.Count - 1, result["relatedLocations"]!.AsArray().Count);
            }

            Assert.Contains("### Paths", _scan.Markdown, StringComparison.Ordinal);
            Assert.Contains("  1. signal: `samples/GeoBlockedChat/", _scan.Markdown, StringComparison.Ordinal);
            Assert.Contains("  signal       samples/GeoBlockedChat/", _scan.Result.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Scan_WritesMarkdownTables()
        {
            var markdown = _scan.Markdown;
            Assert.StartsWith("# dotnet sanctions scan: ", markdown, StringComparison.Ordinal);
            Assert.Contains("Not legal advice", markdown, StringComparison.Ordinal);
            Assert.Contains("## Findings", markdown, StringComparison.Ordinal);
            Assert.Contains("| Rule | Severity | Location | Feature | Jurisdictions | Message |", markdown, StringComparison.Ordinal);
            Assert.Contains("[SANC1001](https://github.com/SanctionsAnalyzers/SanctionsAnalyzers/blob/main/docs/rules/SANC1001.md) | warning | samples/GeoBlockedChat/Hubs/ChatHub.cs:", markdown, StringComparison.Ordinal);
            Assert.Contains("## Geo-block inventory (SANC1100)", markdown, StringComparison.Ordinal);
            Assert.Contains("| Location | Signal | Jurisdictions | Action | Feature | Categories | Verdict | Citation |", markdown, StringComparison.Ordinal);
            Assert.Contains("CheckoutController", markdown, StringComparison.Ordinal);
            Assert.Contains("| Exit code | 1 |", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Scan_PrintsConsoleTablesAndTheWrittenReports()
        {
            var stdout = _scan.Result.Stdout;
            Assert.Contains("Findings", stdout, StringComparison.Ordinal);
            Assert.Contains("Geo-block inventory (SANC1100)", stdout, StringComparison.Ordinal);
            Assert.Contains("SANC1001", stdout, StringComparison.Ordinal);
            Assert.Contains("Summary:", stdout, StringComparison.Ordinal);
            Assert.Contains("exit code 1", stdout, StringComparison.Ordinal);
            Assert.Contains("sample.sarif", stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
            Assert.Equal("", _scan.Result.Stderr);
        }

        /// <summary>
        /// The console report of the sample at 120 columns: findings first, then the inventory, then projects (in detailed
        /// verbosity; in normal verbosity an analysed project is not listed); no line wider than 120, every location whole
        /// on one line (shortened from the left with "…" at most).
        /// </summary>
        [Theory]
        [InlineData(Verbosity.Normal)]
        [InlineData(Verbosity.Detailed)]
        public void Console_At120Columns_FindingsFirst_NoLineTooWide_NoPathSplit(Verbosity verbosity)
        {
            var report = JsonSerializer.Deserialize<Report>(_scan.Json, JsonReportWriter.Options)!;
            Assert.NotEmpty(report.Findings);

            var text = ConsoleReportWriter.ToText(report, 120, verbosity);
            var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

            Assert.All(lines, l => Assert.True(l.Length <= 120, "wider than 120 columns (" + l.Length + "): " + l));
            var findings = lines.FindIndex(l => l.StartsWith("Findings", StringComparison.Ordinal));
            var inventory = lines.FindIndex(l => l.StartsWith("Geo-block inventory", StringComparison.Ordinal));
            var projects = lines.FindIndex(l => l.Contains("Projects", StringComparison.Ordinal));
            Assert.True(findings >= 0 && inventory > findings, text);
            if (verbosity == Verbosity.Detailed)
            {
                Assert.True(projects > inventory, text);
                Assert.Contains(lines, l => l.Contains("samples/GeoBlockedChat/GeoBlockedChat.csproj", StringComparison.Ordinal) && l.Contains("analyzed", StringComparison.Ordinal));
            }
            else
            {
                Assert.Equal(-1, projects);
            }

            var locations = report.Findings.Concat(report.GeoBlocks!)
                .SelectMany(f => new[] { f.Location }.Concat(f.Path?.Select(p => p.Location) ?? Enumerable.Empty<SourceLocation?>()))
                .OfType<SourceLocation>().Select(l => l.ToString()).Distinct().ToList();
            Assert.NotEmpty(locations);
            foreach (var location in locations)
            {
                // Whole on one line, or its end after "…" with the file name and position intact.
                var fileAndPosition = location.Substring(location.LastIndexOf('/') + 1);
                Assert.True(
                    lines.Any(l => l.Contains(location, StringComparison.Ordinal)
                        || (l.Contains("…", StringComparison.Ordinal) && location.EndsWith(l.Substring(l.IndexOf('…') + 1).Split(' ')[0], StringComparison.Ordinal)
                            && l.Contains("/" + fileAndPosition, StringComparison.Ordinal))),
                    location + " is not on one line:\n" + text);
            }
        }

        /// <summary>The build-server recipe as a real process: from the repository root, JSON on standard output, CI=true.</summary>
        [Fact]
        public async Task Scan_AsProcessFromRepositoryRoot_WritesJsonToStdoutAndExitsOne()
        {
            var result = await CliRun.ProcessAsync(TestPaths.RepoRoot, null, "scan", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.True(result.Stderr.Length == 0, "nothing on standard error expected:" + Environment.NewLine + result.Stderr);
            var report = ReportJson.Parse(result.Stdout);
            Assert.Equal(1, report["schemaVersion"]!.GetValue<int>());
            Assert.Equal(ReportJson.RuleAndFile(ReportJson.Parse(_scan.Json)), ReportJson.RuleAndFile(report));
            Assert.Equal(ReportJson.RuleAndFile(ReportJson.Parse(_scan.Json), "geoBlocks"), ReportJson.RuleAndFile(report, "geoBlocks"));
        }
    }
}
