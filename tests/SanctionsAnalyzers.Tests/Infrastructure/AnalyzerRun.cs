using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>Runs the analyzer on a compilation directly, for assertions on diagnostic properties and determinism.</summary>
    internal static class AnalyzerRun
    {
        public static CSharpCompilation Compile(params string[] sources)
        {
            var trees = new[] { Stubs.MaxMind, Stubs.Stripe, Stubs.GlobalUsings }.Concat(sources)
                .Select((text, i) => CSharpSyntaxTree.ParseText(text, path: "Source" + i + ".cs"));
            return CSharpCompilation.Create(
                "Consumer",
                trees,
                TestReferences.AspNetCoreReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        }

        /// <summary>All SANC diagnostics, hidden ones included, in a stable order.</summary>
        public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(Compilation compilation, bool concurrent = true, AnalyzerOptions? options = null)
        {
            var withAnalyzers = compilation.WithAnalyzers(
                ImmutableArray.Create<DiagnosticAnalyzer>(new GeoBlockAnalyzer(), new ConfigurationAnalyzer(), new ServiceInventoryAnalyzer()),
                new CompilationWithAnalyzersOptions(options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), null, concurrent, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false));
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            return diagnostics
                .OrderBy(d => d.Location.SourceTree?.FilePath)
                .ThenBy(d => d.Location.SourceSpan.Start)
                .ThenBy(d => d.Id)
                .ToImmutableArray();
        }
    }
}
