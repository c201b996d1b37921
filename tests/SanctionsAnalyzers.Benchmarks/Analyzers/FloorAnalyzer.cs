using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// The floor: what any analyzer shaped like GeoBlockAnalyzer costs before it does any work. Same registrations
    /// (compilation start → named-type symbol action, code block action, compilation end action), same concurrency
    /// and generated-code settings, empty callbacks. Its descriptor is enabled, or the driver would skip the analyzer
    /// altogether. The runner compares the registered action counts with GeoBlockAnalyzer's (driver telemetry) and
    /// warns when they no longer match.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class FloorAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "FLOOR0001",
            "Never reported",
            "Never reported",
            "Benchmark",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                start.RegisterSymbolAction(symbol => { }, SymbolKind.NamedType);
                start.RegisterCodeBlockAction(block => { });
                start.RegisterCompilationEndAction(end => { });
            });
        }
    }
}
