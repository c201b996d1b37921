using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Determinism: one compilation of a ruling corpus project, analysed 20 times at once with concurrent execution, gives
    /// the diagnostics of a sequential run, suppressions included. Shared state in an analyzer shows up here.
    /// </summary>
    public class ConcurrentRunTests
    {
        [Fact]
        public async Task TwentyConcurrentRuns_GiveTheDiagnosticsOfASequentialRun()
        {
            var project = SeedCorpus.RulingProjects.Single(p => p.Name == "ChatRooms");
            var compilation = AnalyzerHarness.WebApplication.AddSyntaxTrees(
                project.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, AnalyzerHarness.ParseOptions, f.Name)));
            var options = MutantBatches.Options(project.AppSettings);

            var sequential = await AnalyzerHarness.RunAsync(compilation, options, concurrent: false);
            Assert.Empty(sequential.Failures);
            var expected = Describe(sequential.Diagnostics);

            // Not a toy: the project's geo-blocks, a waived one, its proxy signal and its stale list entry.
            Assert.Contains(sequential.Diagnostics, d => d.Id == "SANC1001" && !d.IsSuppressed);
            Assert.Contains(sequential.Diagnostics, d => d.Id == "SANC1001" && d.IsSuppressed);
            Assert.Contains(sequential.Diagnostics, d => d.Id == "SANC1003");
            Assert.Contains(sequential.Diagnostics, d => d.Id == "SANC1004");

            var runs = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => AnalyzerHarness.RunAsync(compilation, options, concurrent: true))));
            foreach (var run in runs)
            {
                Assert.Empty(run.Failures);
                Assert.Equal(expected, Describe(run.Diagnostics));
            }
        }

        private static List<string> Describe(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(CultureInfo.InvariantCulture)
                + " suppressed=" + d.IsSuppressed + " " + string.Join(";", d.Properties.OrderBy(p => p.Key, System.StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)))
            .OrderBy(text => text, System.StringComparer.Ordinal)
            .ToList();
    }
}
