using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Runs geo-block detection once per candidate method and lets each SANC1xxx rule decide what to report.
    /// The rules are thin: the model (signals, gates, actions, features, verdicts) does the work.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GeoBlockAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            OverBroadGeoBlockRule.Descriptor,
            UnknownScopeGeoBlockRule.Descriptor,
            ProxySignalGeoBlockRule.Descriptor,
            StaleJurisdictionRule.Descriptor,
            GeoBlockInventoryRule.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated clients and hubs are where services live: analyze and report there too.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                var sanctions = SanctionsCompilationContext.TryCreate(start.Compilation, start.Options, start.CancellationToken);
                if (sanctions is null)
                {
                    return;
                }

                var skipGenerated = Configuration.AnalyzerSettings.SkipsGeneratedCode(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);

                // A list entry shared by several gates is reported once.
                var reportedEntries = new ConcurrentDictionary<Location, bool>();

                // Code blocks, not operation blocks: the token scan decides first, so methods without a candidate
                // never get an operation tree.
                start.RegisterCodeBlockAction(block =>
                {
                    if ((skipGenerated && block.IsGeneratedCode)
                        || !sanctions.Scanner.IsCandidate(block.CodeBlock)
                        || block.SemanticModel.GetOperation(block.CodeBlock, block.CancellationToken) is not { } body)
                    {
                        return;
                    }

                    foreach (var geoBlock in GeoBlockFinder.Find(block.OwningSymbol, body, sanctions))
                    {
                        Report(block, OverBroadGeoBlockRule.Evaluate(geoBlock));
                        Report(block, UnknownScopeGeoBlockRule.Evaluate(geoBlock, sanctions.Policy));
                        Report(block, ProxySignalGeoBlockRule.Evaluate(geoBlock, sanctions.Policy));
                        Report(block, GeoBlockInventoryRule.Evaluate(geoBlock));
                        foreach (var stale in StaleJurisdictionRule.Evaluate(geoBlock, sanctions.Policy))
                        {
                            if (IsReportable(stale.Location, sanctions.Compilation) && reportedEntries.TryAdd(stale.Location, true))
                            {
                                block.ReportDiagnostic(stale);
                            }
                        }
                    }
                });
            });
        }

        /// <summary>A location in this compilation's trees or in an additional file; not in another project's source.</summary>
        private static bool IsReportable(Location location, Compilation compilation) =>
            location.SourceTree is null || compilation.ContainsSyntaxTree(location.SourceTree);

        private static void Report(CodeBlockAnalysisContext context, Diagnostic? diagnostic)
        {
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
            }
        }
    }
}
