using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>SANC0002: a waiver that matches nothing in the compilation, or whose expiry date has passed.</summary>
    internal static class WaiverNotAppliedRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.WaiverNotApplied,
            title: "Waiver expired or unused",
            messageFormat: "Waiver for {0} on {1}: {2}",
            category: RuleCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A waiver in SanctionsWaivers.txt no longer does anything: it expired, its target is not in the project, or no finding of its rule is reported there. "
                + "Renew it with a new review, or remove it. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.WaiverNotApplied),
            customTags: new[] { "Sanctions", "Configuration", WellKnownDiagnosticTags.CompilationEnd });
    }
}
