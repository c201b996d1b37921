using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;

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

        public static Diagnostic? Evaluate(GeoBlock block)
        {
            if (block.Action.Kind == ActionKind.Neutral)
            {
                return null;
            }

            return Diagnostic.Create(
                Descriptor,
                block.Gate.Comparison.Syntax.GetLocation(),
                GeoBlockText.Properties(block).ToImmutable(),
                block.Gate.Signal.Description,
                block.Gate.UnresolvedList ?? GeoBlockText.Jurisdictions(block.Gate.Jurisdictions),
                GeoBlockText.Verb(block.Action),
                block.Feature.Name,
                GeoBlockText.Categories(block.Feature),
                block.Action.Description,
                GeoBlockText.Verdicts(block));
        }
    }
}
