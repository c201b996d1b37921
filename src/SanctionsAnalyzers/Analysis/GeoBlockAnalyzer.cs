using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
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
        /// <summary>AppModelCollector.HasWiring's words, searched in a block's text first so that the token walk runs on startup code only.</summary>
        private static readonly FragmentMatcher WiringText = new FragmentMatcher(AppModelCollector.WiringWords);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            OverBroadGeoBlockRule.Descriptor,
            UnknownScopeGeoBlockRule.Descriptor,
            ProxySignalGeoBlockRule.Descriptor,
            StaleJurisdictionRule.Descriptor,
            GeoBlockInventoryRule.Descriptor,
            GeoBlockInventoryRule.AtCompilationEnd,
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

                // A waiver that covers none of this compilation's findings is reported at the end (SANC0002).
                var waivers = Configuration.WaiverUsage.Create(start.Options, start.CancellationToken);

                // A compilation that never mentions a signal cannot hold a gate: no per-symbol or per-method work is
                // registered. Its waivers of geo-block rules then cover nothing, which SANC0002 still reports.
                if (!sanctions.MayHoldSignal(start.CancellationToken))
                {
                    if (waivers is not null)
                    {
                        start.RegisterCompilationEndAction(end => ReportUnusedWaivers(end, waivers));
                    }

                    return;
                }

                var skipGenerated = Configuration.AnalyzerSettings.SkipsGeneratedCode(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);

                // A list entry shared by several gates is reported once.
                var reportedEntries = new ConcurrentDictionary<Location, bool>();

                // The application model (endpoints, wiring, hubs) only serves gates in middleware, filters and handlers,
                // decided at compilation end: the blocks that may add to it are noted here and read only if such a
                // gate turns up, which most compilations never have. A controller action in a file that names a service
                // keeps its semantic model, whose bound body the service inventory has most likely computed already.
                var app = new AppModel();
                var blocks = new ConcurrentBag<NotedBlock>();

                // Hubs are endpoints known from their symbols alone.
                start.RegisterSymbolAction(symbol => AppModelCollector.RecordHub((INamedTypeSymbol)symbol.Symbol, sanctions, app), SymbolKind.NamedType);

                // Code blocks, not operation blocks: the candidate scan decides first, so methods without a candidate
                // never get an operation tree.
                start.RegisterCodeBlockAction(block =>
                {
                    if (skipGenerated && block.IsGeneratedCode)
                    {
                        return;
                    }

                    // Every controller action may be a feature behind a filter or a policy: its names alone can give its category.
                    var isAction = block.OwningSymbol is IMethodSymbol method
                        && (method.ContainingType.InheritsFromOrEquals(sanctions.Types.ControllerBase) || AppModelCollector.IsGrpcServiceMethod(method));
                    blocks.Add(new NotedBlock(block.OwningSymbol, block.CodeBlock, isAction));
                    if (!sanctions.IsCandidate(block.CodeBlock, block.CancellationToken)
                        || block.SemanticModel.GetOperation(block.CodeBlock, block.CancellationToken) is not { } body)
                    {
                        return;
                    }

                    // The paths a component lets through are a property of its body: read once however many gates it holds.
                    var exemptPaths = new Dictionary<IOperation, ImmutableArray<string>>();

                    // Two readings of one gate (a list the analyzer cannot see, read as a block list and as an allow-list) may
                    // come to the same finding: it is reported once.
                    var reported = new HashSet<string>(System.StringComparer.Ordinal);
                    foreach (var geoBlock in GeoBlockFinder.Find(block.OwningSymbol, body, sanctions, block.CancellationToken))
                    {
                        var scope = FeatureScope.Of(geoBlock.Gate.Comparison, block.OwningSymbol, FeatureResolver.NameOf(block.OwningSymbol));
                        var crossCutting = AppModelCollector.ComponentOf(block.OwningSymbol, scope);
                        if (crossCutting is { } component)
                        {
                            // Middleware, filters and handlers guard other features: decided at compilation end.
                            app.Gates.Add(new CrossCuttingGate(geoBlock, component.Kind, component.Name, component.Type, component.Requirement, ExemptPathsOf(scope.Root, exemptPaths), AppModelCollector.GuardedPaths(geoBlock.Gate.Comparison, scope.Root, sanctions)));

                            // A list the analyzer cannot see is unknown wherever the gate lives: say so now.
                            if (geoBlock.Gate.UnresolvedList is not null)
                            {
                                Report(block, reported, UnknownScopeGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);
                            }
                        }
                        else
                        {
                            Report(block, reported, OverBroadGeoBlockRule.Evaluate(geoBlock), waivers);
                            Report(block, reported, UnknownScopeGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);
                        }

                        Report(block, reported, ProxySignalGeoBlockRule.Evaluate(geoBlock, sanctions.Policy), waivers);

                        // A cross-cutting gate's inventory entry names what it guards: decided at compilation end too.
                        if (crossCutting is null)
                        {
                            Report(block, reported, GeoBlockInventoryRule.Evaluate(geoBlock), waivers);
                        }

                        foreach (var stale in StaleJurisdictionRule.Evaluate(geoBlock, sanctions.Policy))
                        {
                            if (IsReportable(stale.Location, sanctions.Compilation) && reportedEntries.TryAdd(stale.Location, true))
                            {
                                Report(block, reported, stale, waivers);
                            }
                        }
                    }
                });

                start.RegisterCompilationEndAction(end =>
                {
                    if (!app.Gates.IsEmpty)
                    {
                        RecordApplication(blocks, sanctions, app, end.CancellationToken);
                    }

                    var reportedAtEnd = new HashSet<string>(System.StringComparer.Ordinal);
                    foreach (var gate in app.Gates.OrderBy(g => g.Block.Gate.Comparison.Syntax.SpanStart).ThenBy(g => g.Block.Gate.Comparison.Syntax.SyntaxTree.FilePath, System.StringComparer.Ordinal))
                    {
                        foreach (var diagnostic in new[] { WholeAppGeoBlockRule.Evaluate(gate, app, sanctions.Policy, sanctions.Catalog.Vocabulary), GeoBlockInventoryRule.Evaluate(gate, app, sanctions.Policy) })
                        {
                            if (diagnostic is not null && reportedAtEnd.Add(KeyOf(diagnostic)))
                            {
                                end.ReportDiagnostic(diagnostic);
                                waivers?.Record(diagnostic, gate.Block.Feature.Symbol);
                            }
                        }
                    }

                    if (waivers is not null)
                    {
                        ReportUnusedWaivers(end, waivers);
                    }
                });
            });
        }

        /// <summary>
        /// The wiring (MapHub, minimal APIs, policies) and the controller actions of the compilation, read from the
        /// code blocks noted during analysis. Every controller action counts: its names alone may give its category.
        /// </summary>
        private static void RecordApplication(IEnumerable<NotedBlock> blocks, SanctionsCompilationContext sanctions, AppModel app, CancellationToken cancellationToken)
        {
            foreach (var tree in blocks.GroupBy(b => b.CodeBlock.SyntaxTree).OrderBy(g => g.Key.FilePath, StringComparer.Ordinal))
            {
                SemanticModel? fresh = null;
                var text = sanctions.TextOf(tree.Key, cancellationToken);
                foreach (var noted in tree.OrderBy(b => b.CodeBlock.SpanStart))
                {
                    var span = noted.CodeBlock.Span;
                    var hasWiring = (WiringText.FoundIn(text, span.Start, span.End) || TextPrefilter.HasEscapes(text, span.Start, span.End))
                        && AppModelCollector.HasWiring(noted.CodeBlock);
                    if (!hasWiring && !noted.IsAction)
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Only at compilation end, only when a cross-cutting gate needs the application model; one model per tree.
                    var model = fresh ??= sanctions.Compilation.GetSemanticModel(tree.Key);
#pragma warning restore RS1030
                    if (model.GetOperation(noted.CodeBlock, cancellationToken) is not { } body)
                    {
                        continue;
                    }

                    if (hasWiring)
                    {
                        AppModelCollector.RecordWiring(noted.Owner, body, sanctions, app, cancellationToken);
                    }

                    if (noted.IsAction)
                    {
                        AppModelCollector.RecordControllerAction((IMethodSymbol)noted.Owner, body, sanctions, app);
                        AppModelCollector.RecordGrpcMethod((IMethodSymbol)noted.Owner, body, sanctions, app);
                    }
                }
            }

            app.ResolveHandOffs();
        }

        private static ImmutableArray<string> ExemptPathsOf(IOperation root, Dictionary<IOperation, ImmutableArray<string>> known)
        {
            if (!known.TryGetValue(root, out var paths))
            {
                paths = AppModelCollector.ExemptPaths(root);
                known.Add(root, paths);
            }

            return paths;
        }

        private static void ReportUnusedWaivers(CompilationAnalysisContext end, Configuration.WaiverUsage waivers)
        {
            foreach (var unused in waivers.Unused(end.Compilation, end.Options, end.CancellationToken))
            {
                end.ReportDiagnostic(unused);
            }
        }

        /// <summary>A code block seen during analysis, and whether it is a controller action (a feature a filter or policy may guard).</summary>
        private sealed class NotedBlock
        {
            public NotedBlock(ISymbol owner, SyntaxNode codeBlock, bool isAction)
            {
                Owner = owner;
                CodeBlock = codeBlock;
                IsAction = isAction;
            }

            public ISymbol Owner { get; }

            public SyntaxNode CodeBlock { get; }

            public bool IsAction { get; }
        }

        /// <summary>What makes two findings the same for a reader: the rule, the place and the message.</summary>
        private static string KeyOf(Diagnostic diagnostic) =>
            diagnostic.Id + "|" + diagnostic.Location.SourceTree?.FilePath + "|" + diagnostic.Location.SourceSpan + "|" + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>A location in this compilation's trees or in an additional file; not in another project's source.</summary>
        private static bool IsReportable(Location location, Compilation compilation) =>
            location.SourceTree is null || compilation.ContainsSyntaxTree(location.SourceTree);

        private static void Report(CodeBlockAnalysisContext context, HashSet<string> reported, Diagnostic? diagnostic, Configuration.WaiverUsage? waivers)
        {
            if (diagnostic is not null && reported.Add(KeyOf(diagnostic)))
            {
                context.ReportDiagnostic(diagnostic);
                waivers?.Record(diagnostic, context.OwningSymbol);
            }
        }
    }
}
