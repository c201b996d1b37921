using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Scope;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>SANC1100: every detected geo-block with its signal, jurisdictions, action, feature and verdict, for reports.</summary>
    internal static class GeoBlockInventoryRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.GeoBlockInventory,
            title: "Geo-block inventory",
            messageFormat: "Geo-block: {0} compared with {1} {2} '{3}' ({4}); {5}; verdict: {6}",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Hidden,
            isEnabledByDefault: true,
            description: "Lists every geo-blocking code path the analyzer found, including blocks the law requires, so that audits and "
                + "reports (SARIF, the command-line tool) can show them all. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.GeoBlockInventory),
            customTags: new[] { "Sanctions", "GeoBlocking", "Inventory" });

        /// <summary>
        /// The same entry for a gate in middleware, a filter or an authorization handler, decided at compilation end: the
        /// categories and verdicts are those of the endpoints the gate guards, as in the whole-app SANC1001.
        /// </summary>
#pragma warning disable RS1019 // Same ID on purpose: the same inventory entry, decided once the application is known.
        public static readonly DiagnosticDescriptor AtCompilationEnd = new DiagnosticDescriptor(
            RuleIds.GeoBlockInventory,
            Descriptor.Title,
            Descriptor.MessageFormat,
            Descriptor.Category,
            Descriptor.DefaultSeverity,
            isEnabledByDefault: true,
            description: Descriptor.Description,
            helpLinkUri: Descriptor.HelpLinkUri,
            customTags: new[] { "Sanctions", "GeoBlocking", "Inventory", WellKnownDiagnosticTags.CompilationEnd });
#pragma warning restore RS1019

        /// <summary>SANC1100 for a cross-cutting gate: its own entry when what it guards is not known.</summary>
        public static Diagnostic? Evaluate(CrossCuttingGate gate, AppModel model, PolicyMap policy)
        {
            var block = gate.Block;
            var covered = model.HasUnknownScope(gate) ? new List<AppFeature>() : model.CoveredBy(gate).Where(f => f.Categories.Length > 0).ToList();
            if (covered.Count > 0)
            {
                var evidence = covered.SelectMany(f => f.Categories).GroupBy(c => c.Category.Id).Select(g => g.First()).ToImmutableArray();
                var guarded = new Feature(block.Feature.Symbol, block.Feature.Name, evidence);
                block = new GeoBlock(block.Gate, block.Action, guarded, Detection.GeoBlockFinder.Verdicts(block.Gate, guarded, policy), block.PolicyVersion, block.ScopeRoot);
            }

            return Create(AtCompilationEnd, block);
        }

        public static Diagnostic? Evaluate(GeoBlock block) => Create(Descriptor, block);

        private static Diagnostic? Create(DiagnosticDescriptor descriptor, GeoBlock block)
        {
            if (block.Action.Kind == ActionKind.Neutral)
            {
                return null;
            }

            return Diagnostic.Create(
                descriptor,
                block.Gate.Comparison.Syntax.GetLocation(),
                GeoBlockText.Properties(block).ToImmutable(),
                block.Gate.Signal.Description,
                block.Gate.UnresolvedList ?? GeoBlockText.Jurisdictions(block.Gate, block.Gate.Jurisdictions),
                GeoBlockText.Verb(block.Action),
                block.Feature.Name,
                GeoBlockText.Categories(block.Feature),
                block.Action.Description,
                GeoBlockText.Verdicts(block));
        }
    }
}
