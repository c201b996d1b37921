using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>SANC2001: every communication service the project provides or references, with category and evidence.</summary>
    internal static class ServiceInventoryRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.ServiceInventory,
            title: "Service inventory",
            messageFormat: "Service: '{0}' {1} {2} ({3})",
            category: RuleCategories.Services,
            defaultSeverity: DiagnosticSeverity.Hidden,
            isEnabledByDefault: true,
            description: "Lists the communication services (and payment or enterprise services) the project provides or calls, with the "
                + "category of the policy map and the evidence it was inferred from, so that audits and reports can show them. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.ServiceInventory),
            customTags: new[] { "Sanctions", "Services", "Inventory" });

        public static Diagnostic Create(Location location, string feature, bool provides, string categories, string categoryIds, string evidence)
        {
            var properties = System.Collections.Immutable.ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.Feature] = feature;
            properties[DiagnosticProperties.Categories] = categoryIds;
            properties[DiagnosticProperties.Evidence] = evidence;
            return Diagnostic.Create(Descriptor, location, properties.ToImmutable(), feature, provides ? "provides" : "uses", categories, evidence);
        }
    }
}
