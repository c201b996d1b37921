using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests
{
    /// <summary>A solution where one project's package cannot be restored: scanned once with restore, reports in every format.</summary>
    public sealed class IncompleteSolutionFixture : IAsyncLifetime, IDisposable
    {
        public TempFolder Folder { get; } = new TempFolder("sanctions-cli-incomplete-");

        public string Solution { get; private set; } = "";

        public CliResult Result { get; private set; } = null!;

        public string Json => File.ReadAllText(Folder.Combine("reports", "scan.json"));

        public string Sarif => File.ReadAllText(Folder.Combine("reports", "scan.sarif"));

        public string Markdown => File.ReadAllText(Folder.Combine("reports", "scan.md"));

        public async Task InitializeAsync()
        {
            Solution = GeneratedSolution.WriteIncompleteSolution(Folder);
            Result = await CliRun.InProcessAsync(
                "scan", Solution,
                "--output", Folder.Combine("reports", "scan.json"),
                "--output", Folder.Combine("reports", "scan.sarif"),
                "--output", Folder.Combine("reports", "scan.md"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();
    }

    public class IncompleteProjectTests : IClassFixture<IncompleteSolutionFixture>
    {
        private const string Reason = "loaded with 1 compiler error / 1 unresolved reference; findings may be missing";

        private readonly IncompleteSolutionFixture _scan;

        public IncompleteProjectTests(IncompleteSolutionFixture scan)
        {
            _scan = scan;
        }

        /// <summary>An incomplete project is no failed scan: the exit code follows the findings (1 here), not 2.</summary>
        [Fact]
        public void Json_ReportsTheUnrestorableProjectIncompleteWithItsCounts_AndTheOthersAnalyzed()
        {
            Assert.True(_scan.Result.ExitCode == 1, _scan.Result.ToString());
            var report = ReportJson.Parse(_scan.Json);
            Assert.Empty(ReportJson.Items(report, "problems"));

            var projects = ReportJson.Items(report, "projects").ToDictionary(p => ReportJson.Str(p, "name")!);
            Assert.Equal("analyzed", ReportJson.Str(projects["Good"], "status"));
            Assert.Equal("analyzed", ReportJson.Str(projects["Tools"], "status"));
            var unrestorable = projects["Unrestorable"];
            Assert.Equal("incomplete", ReportJson.Str(unrestorable, "status"));
            Assert.Equal(Reason, ReportJson.Str(unrestorable, "reason"));
            Assert.Equal(1, unrestorable["compilerErrors"]!.GetValue<int>());
            Assert.Contains("CS0246", ReportJson.List(unrestorable, "compilerErrorSamples").Single(), StringComparison.Ordinal);
            Assert.Contains("Contoso.Does.Not.Exist", ReportJson.List(unrestorable, "unresolvedReferences").Single(), StringComparison.Ordinal);
            Assert.Equal(0, projects["Good"]["compilerErrors"]!.GetValue<int>());

            var restore = ReportJson.Items(report, "restore").Single();
            Assert.Equal("Contoso.Does.Not.Exist", ReportJson.Str(restore, "package"));
            Assert.Equal(new[] { "Unrestorable/Unrestorable.csproj" }, ReportJson.List(restore, "projects"));

            var counts = report["summary"]!["projects"]!;
            Assert.Equal(2, counts["analyzed"]!.GetValue<int>());
            Assert.Equal(1, counts["incomplete"]!.GetValue<int>());
            Assert.Equal(1, report["summary"]!["exitCode"]!.GetValue<int>());
            Assert.Contains("SANC1001 Good/Mailer.cs", ReportJson.RuleAndFile(report));
        }

        [Fact]
        public void Console_ShowsTheIncompleteProjectWithItsCounts_AndWarnsOnStandardError()
        {
            Assert.Contains(_scan.Result.Stdout.Split('\n'), l => l.Contains("Unrestorable", StringComparison.Ordinal) && l.Contains("incomplete", StringComparison.Ordinal));
            Assert.Contains("3 projects (2 analyzed, 1 incomplete)", _scan.Result.Stdout, StringComparison.Ordinal);

            // Only the project that needs attention is listed, and its restore error is printed once.
            Assert.DoesNotContain("Good/Good.csproj", _scan.Result.Stdout, StringComparison.Ordinal);
            Assert.Single(_scan.Result.Stdout.Split('\n'), l => l.Contains("Contoso.Does.Not.Exist: NU1", StringComparison.Ordinal));
            Assert.Equal(
                new[] { "warning: incomplete: Unrestorable/Unrestorable.csproj: " + Reason },
                _scan.Result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
        }

        [Fact]
        public void Markdown_ListsTheStatusCountsAndWhy()
        {
            var markdown = _scan.Markdown;
            Assert.Contains("| Unrestorable | Unrestorable/Unrestorable.csproj | incomplete | 1 | 1 | " + Reason + " |", markdown, StringComparison.Ordinal);
            Assert.Contains("| Good | Good/Good.csproj | analyzed | 0 | 0 |", markdown, StringComparison.Ordinal);
            Assert.Contains("| Projects | 2 analyzed, 1 incomplete, 0 skipped, 0 failed |", markdown, StringComparison.Ordinal);
            Assert.Contains("## Restore", markdown, StringComparison.Ordinal);
            Assert.Contains("| Contoso.Does.Not.Exist | NU1", markdown, StringComparison.Ordinal);
        }

        [Fact]
        public void Sarif_HasOneWarningNotificationAtTheProjectFile_AndTheRunIsNotSuccessful()
        {
            var run = SarifAssert.Valid(_scan.Sarif);
            var invocation = run["invocations"]![0]!;
            Assert.False(invocation["executionSuccessful"]!.GetValue<bool>());
            Assert.Equal(1, invocation["exitCode"]!.GetValue<int>());
            var notification = invocation["toolExecutionNotifications"]!.AsArray().Single()!;
            Assert.Equal("warning", notification["level"]!.GetValue<string>());
            Assert.Equal("Unrestorable/Unrestorable.csproj: incomplete: " + Reason, notification["message"]!["text"]!.GetValue<string>());
            var artifact = notification["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
            Assert.Equal("Unrestorable/Unrestorable.csproj", artifact["uri"]!.GetValue<string>());
            Assert.Equal("SRCROOT", artifact["uriBaseId"]!.GetValue<string>());
            Assert.Equal(1, notification["properties"]!["compilerErrors"]!.GetValue<int>());
        }

        /// <summary>
        /// A folder of projects without a solution is restored in one go (through a throw-away solution): the project whose
        /// package is missing still gets its own restore error and is incomplete, the others are restored and analysed.
        /// </summary>
        [Fact]
        public async Task Folder_WithoutSolution_IsRestoredTogether_AndEachProjectGetsItsOwnStatus()
        {
            using var folder = new TempFolder("sanctions-cli-incomplete-folder-");
            File.Delete(GeneratedSolution.WriteIncompleteSolution(folder));
            var json = folder.Combine("scan.json");

            var result = await CliRun.InProcessAsync("scan", folder.Path, "--output", json);

            Assert.True(result.ExitCode == 1, result.ToString());
            var report = ReportJson.Parse(File.ReadAllText(json));
            Assert.Empty(ReportJson.Items(report, "problems"));
            var statuses = ReportJson.Items(report, "projects").ToDictionary(p => ReportJson.Str(p, "name")!, p => ReportJson.Str(p, "status"));
            Assert.Equal("analyzed", statuses["Good"]);
            Assert.Equal("analyzed", statuses["Tools"]);
            Assert.Equal("incomplete", statuses["Unrestorable"]);
            Assert.Equal(new[] { "Unrestorable/Unrestorable.csproj" }, ReportJson.List(ReportJson.Items(report, "restore").Single(), "projects"));
            Assert.Contains("SANC1001 Good/Mailer.cs", ReportJson.RuleAndFile(report));
        }

        /// <summary>The same solution (restored by the fixture) with --fail-on-incomplete: exit code 3, whatever the findings.</summary>
        [Theory]
        [InlineData("warning")]
        [InlineData("none")]
        public async Task FailOnIncomplete_ExitsThree(string failOn)
        {
            var json = _scan.Folder.Combine("reports", "fail-on-incomplete-" + failOn + ".json");
            var result = await CliRun.InProcessAsync("scan", _scan.Solution, "--no-restore", "--fail-on-incomplete", "--fail-on", failOn, "--output", json);

            Assert.True(result.ExitCode == 3, result.ToString());
            var report = ReportJson.Parse(File.ReadAllText(json));
            Assert.Equal(3, report["summary"]!["exitCode"]!.GetValue<int>());
            Assert.True(report["summary"]!["failOnIncomplete"]!.GetValue<bool>());
            Assert.Contains("exit code 3", result.Stdout, StringComparison.Ordinal);
        }

        /// <summary>A test project whose framework did not restore is still a test project: skipped, not analysed as production code.</summary>
        [Fact]
        public async Task TestProjectWhoseFrameworkDidNotRestore_IsSkipped()
        {
            using var folder = new TempFolder("sanctions-cli-tests-");
            var solution = GeneratedSolution.WriteUnrestoredTestProject(folder);
            var json = folder.Combine("reports", "scan.json");
            var result = await CliRun.InProcessAsync("scan", solution, "--output", json);

            var projects = ReportJson.Items(ReportJson.Parse(File.ReadAllText(json)), "projects").ToDictionary(p => ReportJson.Str(p, "name")!);
            Assert.True(projects.ContainsKey("Good.Tests"), result.ToString());
            Assert.True("skipped" == ReportJson.Str(projects["Good.Tests"], "status"), File.ReadAllText(json));
            Assert.Equal("test project (--include-tests to analyse it)", ReportJson.Str(projects["Good.Tests"], "reason"));
            Assert.Equal("analyzed", ReportJson.Str(projects["Good"], "status"));
        }
    }
}
