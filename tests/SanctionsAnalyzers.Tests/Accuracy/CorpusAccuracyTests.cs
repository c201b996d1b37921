using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// Scores the analyzer on the shared corpus (../shared/corpus, written by people who had not read this code) and on
    /// tests/BlindCorpus (cases paraphrased from public repositories), and holds the per-case record in
    /// docs/accuracy.md: a case that passed must not start failing, and a changed prediction must be recorded.
    /// Refresh the record with <c>SANCTIONS_ACCURACY_UPDATE=1 dotnet test --filter CorpusAccuracyTests</c>.
    /// </summary>
    public sealed class CorpusAccuracyTests
    {
        private readonly ITestOutputHelper _output;

        public CorpusAccuracyTests(ITestOutputHelper output) => _output = output;

        public static string SharedCorpusFolder => Path.GetFullPath(Path.Combine(TestEnvironment.RepoRoot, "..", "shared", "corpus"));

        public static string BlindCorpusFolder => Path.Combine(TestEnvironment.RepoRoot, "tests", "BlindCorpus");

        [Fact]
        public async Task Shared_corpus_keeps_every_recorded_pass()
        {
            if (!Directory.Exists(SharedCorpusFolder))
            {
                // A user's clone has no ../shared: say so in the test output; the blind corpus below still runs.
                _output.WriteLine("SKIPPED: " + SharedCorpusFolder + " is absent; the shared corpus was not scored.");
                return;
            }

            await ScoreAsync("shared", SharedCorpusFolder);
        }

        [Fact]
        public async Task Blind_corpus_keeps_every_recorded_pass()
        {
            Assert.True(Directory.Exists(BlindCorpusFolder), BlindCorpusFolder + " is missing");
            await ScoreAsync("blind", BlindCorpusFolder);
        }

        private async Task ScoreAsync(string corpus, string folder)
        {
            var cases = CorpusCase.LoadFolder(folder);
            Assert.NotEmpty(cases);
            var outcomes = await EvaluateAsync(cases);
            Report(outcomes);

            var record = AccuracyRecord.Read(corpus);
            var problems = new List<string>();
            foreach (var outcome in outcomes)
            {
                if (!record.TryGetValue(outcome.Case.Name, out var recorded))
                {
                    problems.Add(outcome.Case.Name + ": not in docs/accuracy.md");
                }
                else if (recorded.Pass && !outcome.Pass)
                {
                    problems.Add(outcome.Case.Name + ": REGRESSION, recorded PASS (" + recorded.Predicted + "), now " + outcome.Predicted + " " + string.Join("; ", outcome.Crashes));
                }
                else if (recorded.Predicted != outcome.Predicted || recorded.Pass != outcome.Pass)
                {
                    problems.Add(outcome.Case.Name + ": recorded " + recorded.Predicted + ", now " + outcome.Predicted + " (update the record)");
                }
            }

            problems.AddRange(record.Keys.Except(outcomes.Select(o => o.Case.Name)).Select(name => name + ": recorded but no longer in " + folder));
            problems.AddRange(outcomes.Where(o => o.Crashes.Count > 0).Select(o => o.Case.Name + ": crash " + string.Join("; ", o.Crashes)));

            if (Environment.GetEnvironmentVariable("SANCTIONS_ACCURACY_UPDATE") == "1")
            {
                AccuracyRecord.Write(corpus, outcomes);
                problems.RemoveAll(p => !p.Contains("REGRESSION") && !p.Contains(": crash "));
            }

            Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        }

        private static async Task<IReadOnlyList<CaseOutcome>> EvaluateAsync(IReadOnlyList<CorpusCase> cases)
        {
            using var slots = new SemaphoreSlim(Math.Max(2, Environment.ProcessorCount));
            var runs = cases.Select(async corpusCase =>
            {
                await slots.WaitAsync();
                try
                {
                    return await CorpusEvaluator.RunAsync(corpusCase);
                }
                finally
                {
                    slots.Release();
                }
            });
            return await Task.WhenAll(runs);
        }

        private void Report(IReadOnlyList<CaseOutcome> outcomes)
        {
            _output.WriteLine(string.Format("{0,-58} {1,-8} {2,-9} {3,4}  {4,-6} {5}", "case", "expected", "predicted", "cerr", "result", "ids"));
            foreach (var o in outcomes)
            {
                _output.WriteLine(string.Format("{0,-58} {1,-8} {2,-9} {3,4}  {4,-6} {5}", o.Case.Name, o.Case.Expected, o.Predicted, o.CompilerErrors, o.Pass ? "PASS" : "FAIL", o.IdSummary));
            }

            _output.WriteLine(string.Empty);
            _output.WriteLine("confusion (rows expected, columns predicted): warn info none");
            foreach (var expected in new[] { "warn", "info", "ok", "none" })
            {
                var row = outcomes.Where(o => o.Case.Expected == expected).ToList();
                _output.WriteLine(string.Format("{0,-5} {1,5} {2,5} {3,5}", expected, row.Count(o => o.Predicted == "warn"), row.Count(o => o.Predicted == "info"), row.Count(o => o.Predicted == "none")));
            }

            _output.WriteLine(AccuracyRecord.Totals(outcomes));
        }
    }
}
