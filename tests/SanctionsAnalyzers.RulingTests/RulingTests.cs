using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.RulingTests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.RulingTests
{
    /// <summary>
    /// The ruling test: each project of tests/Ruling is built with every rule on, and its SANC results, one sorted file
    /// per rule, must equal tests/Ruling/expected/&lt;Project&gt;. Refresh with SANCTIONS_RULING_UPDATE=1 (docs/ruling.md).
    /// </summary>
    public sealed class RulingTests : IClassFixture<RulingRun>
    {
        private static readonly Regex AnalyzerFailure = new(@"\b(AD0001|CS8032|CS8034)\b", RegexOptions.Compiled);

        private readonly RulingRun _run;
        private readonly ITestOutputHelper _output;

        public RulingTests(RulingRun run, ITestOutputHelper output)
        {
            _run = run;
            _output = output;
        }

        public static IEnumerable<object[]> Projects() => RulingCorpus.Projects().Select(p => new object[] { p });

        [Theory]
        [MemberData(nameof(Projects))]
        public void Project_MatchesExpected(string project)
        {
            var result = _run[project];
            var build = result.Build;
            _output.WriteLine(build.CommandLine);
            _output.WriteLine("built in " + build.Elapsed.TotalSeconds.ToString("0.0") + " s; whole corpus run " + _run.Elapsed.TotalSeconds.ToString("0.0") + " s");

            Assert.True(build.ExitCode == 0, "Build of " + project + " failed (exit code " + build.ExitCode + "):\n" + Tail(build.Log));

            var failures = AnalyzerFailure.Matches(build.Log).Select(m => LineAround(build.Log, m.Index)).Distinct().ToList();
            Assert.True(failures.Count == 0, "The analyzer failed to load or threw while building " + project + ":\n" + string.Join("\n", failures));
            Assert.True(result.HasSarif, "No SARIF error log was written for " + project + ".\n" + Tail(build.Log));
            Assert.True(
                result.DescribedRules.Contains("SANC1001"),
                "SanctionsAnalyzers was not loaded in the build of " + project + " (SANC1001 is not among the SARIF log's rules).");

            if (RulingCorpus.UpdateRequested)
            {
                _output.WriteLine("Update mode: wrote " + Path.Combine(RulingCorpus.ExpectedRoot, project));
                return;
            }

            var expected = ExpectedFiles.Read(Path.Combine(RulingCorpus.ExpectedRoot, project));
            var diff = ExpectedFiles.Diff(project, expected, result.Actual);
            Assert.True(
                diff.Length == 0,
                "Ruling results of " + project + " differ from tests/Ruling/expected/" + project + ":\n\n" + diff
                + "\nIf the change is intended, refresh the expected files and review their git diff:\n"
                + "  " + RulingCorpus.UpdateVariable + "=1 dotnet test tests/SanctionsAnalyzers.RulingTests\n"
                + "(all actual files of this run: git diff --no-index tests/Ruling/expected tests/Ruling/actual)");
        }

        [Fact]
        public void Expected_HasNoFolderWithoutProject()
        {
            if (!Directory.Exists(RulingCorpus.ExpectedRoot))
            {
                return;
            }

            var projects = RulingCorpus.AllProjects();
            var orphans = Directory.EnumerateDirectories(RulingCorpus.ExpectedRoot)
                .Select(d => Path.GetFileName(d)!)
                .Where(d => !projects.Contains(d, StringComparer.Ordinal))
                .ToList();
            Assert.True(orphans.Count == 0, "tests/Ruling/expected has folders for projects that are not in the corpus: " + string.Join(", ", orphans));
        }

        [Fact]
        public void Corpus_HasEightProjects_NoneInTheSolution()
        {
            var projects = RulingCorpus.AllProjects();
            Assert.True(projects.Count >= 8, "The ruling corpus should hold at least 8 projects; found " + projects.Count + ".");

            var solution = File.ReadAllText(Path.Combine(TestEnvironment.RepoRoot, "SanctionsAnalyzers.sln"));
            var listed = projects.Where(p => solution.Contains("tests\\Ruling\\" + p, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(listed.Count == 0, "Corpus projects must stay out of SanctionsAnalyzers.sln (warnings are their point): " + string.Join(", ", listed));
        }

        private static string LineAround(string text, int index)
        {
            var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
            var end = text.IndexOf('\n', index);
            return text[start..(end < 0 ? text.Length : end)].Trim();
        }

        private static string Tail(string log)
        {
            const int Max = 12000;
            return log.Length <= Max ? log : "...\n" + log[^Max..];
        }
    }
}
