using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Thousands of broken, huge and oddly encoded sources, mutated from the rule tests' inputs and the ruling corpus:
    /// no analyzer or suppressor may throw (AD0001), and each file must be analysed in bounded time.
    /// </summary>
    public class MutatedSourceTests
    {
        private const int MinimumMutants = 2000;
        private const int CorpusRounds = 12;
        private const int RuleTestMutants = 1500;
        private const int BatchSize = 24;

        // One mutant in 40 is made huge or deep; they dominate the run time.
        private const int HeavyEvery = 40;

        // Generous: the analyzers take a few milliseconds on a file, some hundreds on a huge one, on a loaded 2-core machine.
        private static readonly TimeSpan PerFileBound = TimeSpan.FromSeconds(2);

        private readonly ITestOutputHelper _output;

        public MutatedSourceTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task Mutants_NeverCrashAnAnalyzer_AndAreAnalysedInBoundedTime()
        {
            await UnmutatedCorpusProject_IsAnalysedWithFindingsAndWaivers();

            var batches = MutantBatches.Create(CorpusRounds, RuleTestMutants, BatchSize, HeavyEvery);
            var results = new ConcurrentBag<(MutantBatch Batch, HarnessRun Run)>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (batch, _) =>
                results.Add((batch, await AnalyzeAsync(batch, batch.Mutants))));
            var count = results.Sum(r => r.Batch.Mutants.Count);
            _output.WriteLine(count + " mutants in " + batches.Count + " compilations, " + watch.Elapsed.TotalSeconds.ToString("0.0") + " s ("
                + (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds.ToString("0.0") + " s of CPU)");
            foreach (var operation in results.SelectMany(r => r.Batch.Mutants).SelectMany(m => m.Operations.Split('+', '(')).GroupBy(o => o.TrimEnd(')')).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                _output.WriteLine("  " + operation.Key + ": " + operation.Count());
            }

            Assert.True(count >= MinimumMutants, "only " + count + " mutants");
            var failures = new List<string>();
            foreach (var (batch, run) in results.OrderBy(r => r.Batch.Name, StringComparer.Ordinal))
            {
                foreach (var failure in run.Failures)
                {
                    failures.Add(await AttributeAsync(batch, failure));
                }
            }

            // The bound is on the analyzers' own time (the compiler's binding of a huge file is not ours). A compilation whose
            // analyzers stay within it needs no more; the mutants of a slower one, and of the slowest, are timed one by one.
            var slowestBatch = results.OrderByDescending(r => r.Run.AnalyzerTime).First();
            var timed = new List<(Mutant Mutant, HarnessRun Run)>();
            foreach (var (batch, run) in results.Where(r => r.Run.AnalyzerTime > PerFileBound || r == slowestBatch || r.Batch.Mutants.Count == 1).OrderBy(r => r.Batch.Name, StringComparer.Ordinal))
            {
                foreach (var mutant in batch.Mutants)
                {
                    var alone = batch.Mutants.Count == 1 ? run : await AnalyzeAsync(batch, new[] { mutant });

                    // Over the bound: the best of three, so that a moment of contention on a shared machine does not fail the test.
                    for (var retry = 0; retry < 2 && alone.AnalyzerTime > PerFileBound; retry++)
                    {
                        var again = await AnalyzeAsync(batch, new[] { mutant });
                        alone = again.AnalyzerTime < alone.AnalyzerTime ? again : alone;
                    }

                    timed.Add((mutant, alone));
                }
            }

            var slowest = timed.OrderByDescending(t => t.Run.AnalyzerTime).First();
            _output.WriteLine("slowest mutant (timed alone): analyzers " + slowest.Run.AnalyzerTime.TotalMilliseconds.ToString("0") + " ms (analysis with binding "
                + slowest.Run.Time.TotalMilliseconds.ToString("0") + " ms), " + slowest.Mutant);
            _output.WriteLine("slowest compilation: analyzers " + slowestBatch.Run.AnalyzerTime.TotalMilliseconds.ToString("0") + " ms, " + slowestBatch.Batch.Name
                + " (" + slowestBatch.Batch.Mutants.Count + " mutants)");
            failures.AddRange(timed.Where(t => t.Run.AnalyzerTime > PerFileBound).Select(t => t.Mutant + ": the analyzers took " + t.Run.AnalyzerTime + "\n" + Excerpt(t.Mutant)));
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(10)) + (failures.Count > 10 ? "\n... " + failures.Count + " failures" : string.Empty));
        }

        /// <summary>
        /// Before the mutants (and as their warm-up): the harness sees what the ruling test sees on an intact project, and
        /// the suppressor applies the batch's waivers, so that a harness that analyses nothing cannot pass.
        /// </summary>
        private static async Task UnmutatedCorpusProject_IsAnalysedWithFindingsAndWaivers()
        {
            var project = SeedCorpus.RulingProjects.Single(p => p.Name == "ChatRooms");
            var run = await AnalyzerHarness.RunAsync(
                AnalyzerHarness.WebApplication.AddSyntaxTrees(project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, AnalyzerHarness.ParseOptions, f.Name))),
                MutantBatches.Options(project.AppSettings));
            Assert.Empty(run.Failures);
            Assert.Contains(run.Diagnostics, d => d.Id == "SANC1001" && !d.IsSuppressed && d.Location.GetLineSpan().Path == "ChatRooms/Hubs/DirectMessageHub.cs");
            Assert.Contains(run.Diagnostics, d => d.Id == "SANC1001" && d.IsSuppressed && d.Location.GetLineSpan().Path == "ChatRooms/Hubs/RoomHub.cs");
            Assert.Contains(run.Diagnostics, d => d.Id == "SANC0001" && d.Location.GetLineSpan().Path == "SanctionsWaivers.txt");
        }

        private static Task<HarnessRun> AnalyzeAsync(MutantBatch batch, IEnumerable<Mutant> mutants) => AnalyzerHarness.RunAsync(batch.With(mutants), batch.Options);

        // Analyse each mutant of the batch alone to find the ones that cause the exception.
        private static async Task<string> AttributeAsync(MutantBatch batch, AnalyzerFailure failure)
        {
            var culprits = new List<Mutant>();
            foreach (var mutant in batch.Mutants)
            {
                var alone = await AnalyzeAsync(batch, new[] { mutant });
                if (alone.Failures.Any(f => f.Analyzer == failure.Analyzer && f.Exception.GetType() == failure.Exception.GetType()))
                {
                    culprits.Add(mutant);
                }
            }

            return batch.Name + ": " + failure + "\nalone, the exception comes from: "
                + (culprits.Count == 0 ? "none of the mutants (it needs several of them together)" : string.Join("\n", culprits.Select(c => c + "\n" + Excerpt(c))));
        }

        private static string Excerpt(Mutant mutant)
        {
            var text = mutant.Text.ToString();
            var printable = new StringBuilder();
            foreach (var c in text.Length > 3000 ? text.Substring(0, 3000) + "..." : text)
            {
                printable.Append(c < ' ' && c != '\n' && c != '\r' && c != '\t' || c >= '\u2000' && c <= '\u206F' || c >= '\uD800' && c <= '\uDFFF' || c == '\uFEFF'
                    ? "\\u" + ((int)c).ToString("X4") : c.ToString());
            }

            return printable.ToString();
        }
    }
}
