using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Scope;
using SanctionsAnalyzers.Services;
using System.Linq;

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
            GeoBlockInventoryRule.Descriptor,
            WholeAppGeoBlockRule.OverBroad,
            WholeAppGeoBlockRule.UnknownScope,
            WaiverNotAppliedRule.Descriptor);

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
                var app = new AppModel();

                // A waiver that covers none of this compilation's findings is reported at the end (SANC0002).
                var waivers = Configuration.WaiverUsage.Create(start.Options, start.CancellationToken);
                var services = new ServiceScanner(sanctions.Catalog);

                // Hubs are endpoints known from their symbols alone.
                start.RegisterSymbolAction(symbol => AppModelCollector.RecordHub((INamedTypeSymbol)symbol.Symbol, sanctions, app), SymbolKind.NamedType);

                start.RegisterCodeBlockAction(block =>
                {
                    if (skipGenerated && block.IsGeneratedCode)
                    {
                        return;
                    }

                    var isCandidate = sanctions.Scanner.IsCandidate(block.CodeBlock);
                    var hasWiring = AppModelCollector.HasWiring(block.CodeBlock);
                    var isAction = block.OwningSymbol is IMethodSymbol method && method.ContainingType.InheritsFromOrEquals(sanctions.Types.ControllerBase)
                        && services.MentionsAService(block.CodeBlock.SyntaxTree);
                    if ((!isCandidate && !hasWiring && !isAction)
                        || block.SemanticModel.GetOperation(block.CodeBlock, block.CancellationToken) is not { } body)
                    {
                        return;
                    }

                    if (hasWiring)
                    {
                        AppModelCollector.RecordWiring(block.OwningSymbol, body, sanctions, app);
                    }

                    if (isAction)
                    {
                        AppModelCollector.RecordControllerAction((IMethodSymbol)block.OwningSymbol, body, sanctions, app);
                    }

                    if (!isCandidate)
                    {
                        return;
                    }

                    foreach (var geoBlock in GeoBlockFinder.Find(block.OwningSymbol, body, sanctions))
                    {
                        var scope = FeatureScope.Of(geoBlock.Gate.Comparison, block.OwningSymbol, FeatureResolver.NameOf(block.OwningSymbol));
                        if (AppModelCollector.ComponentOf(block.OwningSymbol, scope) is { } component)
                        {
                            // Middleware, filters and handlers guard other features: decided at compilation end.
                            app.Gates.Add(new CrossCuttingGate(geoBlock, component.Kind, component.Name, component.Type, component.Requirement, AppModelCollector.ExemptPaths(scope.Root)));

                            // A list the analyzer cannot see is unknown wherever the gate lives: say so now.
                            if (geoBlock.Gate.UnresolvedList is not null)
                            {
                                Report(block, UnknownScopeGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);
                            }
                        }
                        else
                        {
                            Report(block, OverBroadGeoBlockRule.Evaluate(geoBlock), waivers);
                            Report(block, UnknownScopeGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);
                        }

                        Report(block, ProxySignalGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);
                        Report(block, GeoBlockInventoryRule.Evaluate(geoBlock), waivers);
                        foreach (var stale in StaleJurisdictionRule.Evaluate(geoBlock, sanctions.Policy))
                        {
                            if (IsReportable(stale.Location, sanctions.Compilation) && reportedEntries.TryAdd(stale.Location, true))
                            {
                                Report(block, stale, waivers);
                            }
                        }
                    }
                });

                start.RegisterCompilationEndAction(end =>
                {
                    foreach (var gate in app.Gates.OrderBy(g => g.Block.Gate.Comparison.Syntax.SpanStart).ThenBy(g => g.Block.Gate.Comparison.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal))
                    {
                        if (WholeAppGeoBlockRule.Evaluate(gate, app, sanctions.Policy) is { } diagnostic)
                        {
                            end.ReportDiagnostic(diagnostic);
                            waivers?.Record(diagnostic, gate.Block.Feature.Symbol);
                        }
                    }

                    if (waivers is not null)
                    {
                        foreach (var unused in waivers.Unused(end.Compilation, end.Options, end.CancellationToken))
                        {
                            end.ReportDiagnostic(unused);
                        }
                    }
                });
            });
        }

        /// <summary>A location in this compilation's trees or in an additional file; not in another project's source.</summary>
        private static bool IsReportable(Location location, Compilation compilation) =>
            location.SourceTree is null || compilation.ContainsSyntaxTree(location.SourceTree);

        private static void Report(CodeBlockAnalysisContext context, Diagnostic? diagnostic, Configuration.WaiverUsage? waivers)
        {
            if (diagnostic is not null)
            {
                context.ReportDiagnostic(diagnostic);
                waivers?.Record(diagnostic, context.OwningSymbol);
            }
        }
    }
}
