using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC0001: invalid sanctions configuration — an unknown key or value, a malformed policy or waiver line,
    /// malformed appsettings JSON — reported at its location, never dropped silently.
    /// </summary>
    internal static class InvalidConfigurationRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.InvalidConfiguration,
            title: "Invalid sanctions configuration",
            messageFormat: "{0}",
            category: RuleCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A SanctionsAnalyzers setting, waiver line or configuration file could not be read as written. The entry is "
                + "ignored and the analysis goes on without it. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.InvalidConfiguration),
            customTags: new[] { "Sanctions", "Configuration", WellKnownDiagnosticTags.CompilationEnd });

        public static Diagnostic Create(Location location, string message) => Diagnostic.Create(Descriptor, location, message);
    }
}
