using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// The candidate scan on realistic code: in every project of the ruling corpus (tests/Ruling), each code block in
    /// which GeoBlockFinder finds a gate when it is given every block must pass the scan. A stricter scan that loses a
    /// gate fails here even when no rule test happens to cover the shape.
    /// </summary>
    public class CandidateCoverageTests
    {
        public static IEnumerable<object[]> Projects() =>
            Directory.EnumerateDirectories(Path.Combine(TestEnvironment.RepoRoot, "tests", "Ruling"))
                .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
                .Select(d => new object[] { Path.GetFileName(d) })
                .OrderBy(p => (string)p[0], System.StringComparer.Ordinal);

        [Theory]
        [MemberData(nameof(Projects))]
        public void EveryGateOfTheRulingProject_IsACandidate(string project)
        {
            var directory = Path.Combine(TestEnvironment.RepoRoot, "tests", "Ruling", project);
            var sources = Directory.EnumerateFiles(directory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f));
            var stubs = new[] { Stubs.MaxMind, Stubs.Stripe, Stubs.GlobalUsings }.Select((text, i) => CSharpSyntaxTree.ParseText(text, path: "Stub" + i + ".cs"));
            var compilation = CSharpCompilation.Create(project, stubs.Concat(sources), TestReferences.AspNetCoreReferences, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var fixture = ScanFixture.Of(compilation);

            var gates = 0;
            var missed = new List<string>();
            foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.StartsWith(directory, System.StringComparison.Ordinal)))
            {
                foreach (var block in ScanFixture.CodeBlocks(tree))
                {
                    if (fixture.GeoBlocksIn(block) == 0)
                    {
                        continue;
                    }

                    gates++;
                    if (!fixture.IsCandidate(block))
                    {
                        missed.Add(Path.GetFileName(tree.FilePath) + ":" + (block.GetLocation().GetLineSpan().StartLinePosition.Line + 1) + " " + fixture.Explain(block));
                    }
                }
            }

            Assert.True(missed.Count == 0, "Gates the candidate scan filters out in " + project + ":\n" + string.Join("\n", missed));
            Assert.True(gates > 0 || project == "WorldAtlas", "GeoBlockFinder finds no gate in " + project + "; the test would check nothing there.");
        }
    }
}
