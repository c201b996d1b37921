using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>SANC3001: invalid package compliance metadata (unknown category, malformed classification), at its location where it has one.</summary>
    internal static class InvalidPackageMetadataRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.InvalidPackageMetadata,
            title: "Invalid package compliance metadata",
            messageFormat: "Compliance metadata '{0}' of {1}: '{2}' {3}",
            category: RuleCategories.PackageMetadata,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A package's declared service categories or export classification (docs/package-authors.md) cannot be read. "
                + "The bad value is ignored; fix the declaration in the package's project. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.InvalidPackageMetadata),
            customTags: new[] { "Sanctions", "PackageMetadata", WellKnownDiagnosticTags.CompilationEnd });

        /// <param name="inThisCompilation">False for a referenced assembly: its attributes are not in this compilation's source.</param>
        public static Diagnostic Create(MetadataProblem problem, string owner, bool inThisCompilation) =>
            Diagnostic.Create(Descriptor, inThisCompilation ? problem.Location : Location.None, problem.Key, owner, problem.Value, problem.Reason);
    }
}
