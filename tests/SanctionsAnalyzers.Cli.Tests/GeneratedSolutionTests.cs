using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests
{
    /// <summary>A generated three-project solution, scanned once in-process (restore included) for the whole class.</summary>
    public sealed class GeneratedSolutionFixture : IAsyncLifetime, IDisposable
    {
        public TempFolder Folder { get; } = new TempFolder("sanctions-cli-solution-");

        public string Solution { get; private set; } = "";

        public CliResult Result { get; private set; } = null!;

        public string Json => File.ReadAllText(Folder.Combine("reports", "scan.json"));

        public string Sarif => File.ReadAllText(Folder.Combine("reports", "scan.sarif"));

        public string Markdown => File.ReadAllText(Folder.Combine("reports", "scan.md"));

        public async Task InitializeAsync()
        {
            Solution = GeneratedSolution.WriteThreeProjects(Folder);
            Result = await CliRun.InProcessAsync(
                "scan", Solution,
                "--format", "json", "--output", Folder.Combine("reports", "scan.json"),
                "--format", "sarif", "--output", Folder.Combine("reports", "scan.sarif"),
                "--format", "markdown", "--output", Folder.Combine("reports", "scan.md"));
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Folder.Dispose();
    }

    public class GeneratedSolutionTests : IClassFixture<GeneratedSolutionFixture>
    {
        private readonly GeneratedSolutionFixture _scan;

        public GeneratedSolutionTests(GeneratedSolutionFixture scan)
        {
            _scan = scan;
        }

        [Fact]
        public void Scan_AnalysesEveryProjectOfTheSolution()
        {
            Assert.True(_scan.Result.ExitCode == 1, _scan.Result.ToString());
            var report = ReportJson.Parse(_scan.Json);
            Assert.Equal(Path.GetDirectoryName(_scan.Solution), ReportJson.Str(report, "root"));
            var projects = ReportJson.Items(report, "projects").Select(p => ReportJson.Str(p, "path") + " " + ReportJson.Str(p, "status")).ToList();
            Assert.Equal(new[] { "Chat.Web/Chat.Web.csproj analyzed", "Mail.Core/Mail.Core.csproj analyzed", "Tools/Tools.csproj analyzed" }, projects);
            Assert.Empty(ReportJson.Items(report, "problems"));

            // MeetingHub's list and the stale SD entry come from appsettings.json: the project does not import the package's
            // targets, so only the tool passes the file to the analyzer.
            Assert.Equal(
                new[]
                {
                    "SANC1001 Chat.Web/Hubs/ChatHub.cs",
                    "SANC1001 Chat.Web/Hubs/MeetingHub.cs",
                    "SANC1001 Mail.Core/Mailer.cs",
                    "SANC1004 Chat.Web/Hubs/ChatHub.cs",
                    "SANC1004 Chat.Web/appsettings.json",
                },
                ReportJson.RuleAndFile(report));

            var mail = ReportJson.Items(report, "findings").Single(f => ReportJson.File(f) == "Mail.Core/Mailer.cs");
            Assert.Equal(new[] { "CU" }, ReportJson.List(mail, "jurisdictions"));
            Assert.Equal(new[] { "email" }, ReportJson.List(mail, "categories"));
            Assert.Equal("Mailer.Send", ReportJson.Str(mail, "feature"));
            Assert.Contains("515.578", ReportJson.Str(mail, "citation"), StringComparison.Ordinal);
            Assert.Equal("Mail.Core", ReportJson.Str(mail, "project"));
            Assert.Equal(10, mail["location"]!["line"]!.GetValue<int>());

            var stale = ReportJson.Items(report, "findings").Where(f => ReportJson.Str(f, "ruleId") == "SANC1004").ToDictionary(ReportJson.File);
            Assert.Equal(new[] { "SY" }, ReportJson.List(stale["Chat.Web/Hubs/ChatHub.cs"], "jurisdictions"));
            Assert.Equal(new[] { "SD" }, ReportJson.List(stale["Chat.Web/appsettings.json"], "jurisdictions"));
            Assert.Equal(3, stale["Chat.Web/appsettings.json"]["location"]!["line"]!.GetValue<int>());

            Assert.Equal(
                new[] { "SANC1100 Chat.Web/Hubs/ChatHub.cs", "SANC1100 Chat.Web/Hubs/MeetingHub.cs", "SANC1100 Mail.Core/Mailer.cs" },
                ReportJson.RuleAndFile(report, "geoBlocks"));
            var summary = report["summary"]!;
            Assert.Equal(5, summary["warnings"]!.GetValue<int>());
            Assert.Equal(3, summary["geoBlocks"]!.GetValue<int>());
        }

        [Fact]
        public void Scan_Sarif_IsValidWithPathsRelativeToTheSolutionFolder()
        {
            var run = SarifAssert.Valid(_scan.Sarif);
            var uris = run["results"]!.AsArray()
                .Select(r => r!["locations"]![0]!["physicalLocation"]!["artifactLocation"]!["uri"]!.GetValue<string>())
                .Distinct().OrderBy(u => u, StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "Chat.Web/Hubs/ChatHub.cs", "Chat.Web/Hubs/MeetingHub.cs", "Chat.Web/appsettings.json", "Mail.Core/Mailer.cs" }, uris);
            Assert.Equal(new Uri(Path.GetDirectoryName(_scan.Solution) + "/").AbsoluteUri, run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!.GetValue<string>());
            Assert.Equal(5, run["results"]!.AsArray().Count(r => r!["kind"] is null));
        }

        [Fact]
        public void Scan_Markdown_ListsFindingsInventoryAndProjects()
        {
            var markdown = _scan.Markdown;
            Assert.Contains("| Chat.Web | Chat.Web/Chat.Web.csproj | analyzed |", markdown, StringComparison.Ordinal);
            Assert.Contains("| Tools | Tools/Tools.csproj | analyzed |", markdown, StringComparison.Ordinal);
            Assert.Contains("Mail.Core/Mailer.cs:10:", markdown, StringComparison.Ordinal);
            Assert.Contains("| Findings | 0 errors, 5 warnings, 0 infos |", markdown, StringComparison.Ordinal);
        }

        /// <summary>
        /// Projects analysed one at a time and three at a time give the same JSON, byte for byte (the report has no timing
        /// fields to mask): results are merged in project order, not in the order the projects finish.
        /// </summary>
        [Fact]
        public async Task Scan_InParallel_WritesTheSameJsonAsSequentially()
        {
            var sequential = _scan.Folder.Combine("reports", "sequential.json");
            var parallel = _scan.Folder.Combine("reports", "parallel.json");

            var one = await CliRun.InProcessAsync("scan", _scan.Solution, "--no-restore", "--parallel", "1", "--output", sequential);
            var three = await CliRun.InProcessAsync("scan", _scan.Solution, "--no-restore", "--parallel", "3", "--output", parallel);

            Assert.True(one.ExitCode == 1, one.ToString());
            Assert.True(three.ExitCode == 1, three.ToString());
            var expected = File.ReadAllText(sequential);
            Assert.Equal(3, ReportJson.Items(ReportJson.Parse(expected), "projects").Count());
            Assert.Equal(expected, File.ReadAllText(parallel));
            Assert.Equal(ReportJson.RuleAndFile(ReportJson.Parse(_scan.Json)), ReportJson.RuleAndFile(ReportJson.Parse(expected)));
        }

        /// <summary>
        /// The same folder without its solution file is a folder of projects: they load as one throw-away solution (not
        /// one by one), and the report is the solution's, byte for byte.
        /// </summary>
        [Fact]
        public async Task Scan_FolderOfProjects_WritesTheSameJsonAsTheSolution()
        {
            var fromSolution = _scan.Folder.Combine("reports", "from-solution.json");
            var fromFolder = _scan.Folder.Combine("reports", "from-folder.json");
            var folder = Path.GetDirectoryName(_scan.Solution)!;
            var aside = _scan.Solution + ".aside";

            var solution = await CliRun.InProcessAsync("scan", _scan.Solution, "--no-restore", "--output", fromSolution);
            File.Move(_scan.Solution, aside);
            CliResult projects;
            try
            {
                projects = await CliRun.InProcessAsync("scan", folder, "--no-restore", "--output", fromFolder);
            }
            finally
            {
                File.Move(aside, _scan.Solution);
            }

            Assert.True(solution.ExitCode == 1, solution.ToString());
            Assert.True(projects.ExitCode == 1, projects.ToString());
            // Everything but the target the scan was given.
            static string WithoutTarget(string path) => string.Join("\n", File.ReadAllLines(path).Where(line => !line.TrimStart().StartsWith("\"target\"", StringComparison.Ordinal)));
            Assert.Equal(WithoutTarget(fromSolution), WithoutTarget(fromFolder));
        }

        /// <summary>As a real process on the solution's folder, SARIF on standard output, never failing the build.</summary>
        [Fact]
        public async Task Scan_AsProcess_OnFolder_WithFailOnNone_ExitsZeroAndPrintsSarif()
        {
            var folder = Path.GetDirectoryName(_scan.Solution)!;
            var result = await CliRun.ProcessAsync(folder, null, "scan", ".", "--no-restore", "--fail-on", "none", "--format", "sarif");

            Assert.True(result.ExitCode == 0, result.ToString());
            var run = SarifAssert.Valid(result.Stdout);
            var report = ReportJson.Parse(_scan.Json);
            var expected = new[] { "findings", "geoBlocks", "services" }.Sum(section => ReportJson.Items(report, section).Count());
            Assert.Equal(expected, run["results"]!.AsArray().Count);
            Assert.Equal("none", run["properties"]!["failOn"]!.GetValue<string>());
        }
    }

    /// <summary>
    /// A project that fails to load: one line, exit code 2, and the rest is still scanned; a project that loads although its
    /// package was not restored is incomplete, one warning line.
    /// </summary>
    public class BrokenSolutionTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder("sanctions-cli-broken-");

        [Fact]
        public async Task Scan_UnloadableAndUnrestorableProjects_ExitTwoWithOneLineEach_AndTheGoodProjectIsStillScanned()
        {
            var solution = GeneratedSolution.WriteBrokenSolution(_folder);
            var json = _folder.Combine("broken.json");

            var result = await CliRun.InProcessAsync("scan", solution, "--output", json);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.All(lines, l => Assert.True(l.StartsWith("error: ", StringComparison.Ordinal) || l.StartsWith("warning: ", StringComparison.Ordinal), l));
            Assert.Contains(lines, l => l.StartsWith("error: load: Broken/Broken.csproj: ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("warning: incomplete: Unrestorable/Unrestorable.csproj: loaded with ", StringComparison.Ordinal));
            Assert.DoesNotContain(lines, l => l.StartsWith("error: restore: Unrestorable/", StringComparison.Ordinal));

            var report = ReportJson.Parse(File.ReadAllText(json));
            Assert.Equal(2, report["summary"]!["exitCode"]!.GetValue<int>());
            Assert.Contains("SANC1001 Good/Mailer.cs", ReportJson.RuleAndFile(report));
            var statuses = ReportJson.Items(report, "projects").ToDictionary(p => ReportJson.Str(p, "name")!, p => ReportJson.Str(p, "status"));
            Assert.Equal("analyzed", statuses["Good"]);
            Assert.Equal("failed", statuses["Broken"]);
            Assert.Equal("incomplete", statuses["Unrestorable"]);
            Assert.Contains(ReportJson.Items(report, "problems"), p => ReportJson.Str(p, "kind") == "load");
            Assert.Contains(ReportJson.Items(report, "restore"), r => ReportJson.Str(r, "package") == "Contoso.Does.Not.Exist");
        }

        [Fact]
        public async Task Scan_MissingPath_ExitsTwoWithOneLine()
        {
            var result = await CliRun.InProcessAsync("scan", _folder.Combine("no-such-solution.sln"));

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: path not found: " + _folder.Combine("no-such-solution.sln"), result.Stderr.Trim());
            Assert.Equal("", result.Stdout);
        }

        [Fact]
        public async Task Scan_FolderWithoutProjects_ExitsTwo()
        {
            _folder.Write("notes/readme.txt", "nothing to scan");
            var result = await CliRun.InProcessAsync("scan", _folder.Combine("notes"));

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: no solution or C# project in ", result.Stderr, StringComparison.Ordinal);
        }

        public void Dispose() => _folder.Dispose();
    }
}
