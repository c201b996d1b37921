using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Runs geo-block detection once per method and lets each SANC1xxx rule decide what to report.
    /// The rules are thin: the model (signals, gates, actions, features, verdicts) does the work.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class GeoBlockAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(OverBroadGeoBlockRule.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();

            // Generated clients and hubs are where services live: analyze and report there too.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                var sanctions = SanctionsCompilationContext.TryCreate(start.Compilation);
                if (sanctions is null)
                {
                    return;
                }

                start.RegisterOperationBlockAction(block =>
                {
                    foreach (var geoBlock in GeoBlockFinder.Find(block.OwningSymbol, block.OperationBlocks, sanctions))
                    {
                        if (OverBroadGeoBlockRule.Evaluate(geoBlock) is { } diagnostic)
                        {
                            block.ReportDiagnostic(diagnostic);
                        }
                    }
                });
            });
        }
    }
}
