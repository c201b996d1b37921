using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>Project-wide settings passed by the package's props as <c>build_property.*</c>.</summary>
    internal static class AnalyzerSettings
    {
        public const string IsTestProject = "build_property.IsTestProject";
        public const string AnalyzeTestProjects = "build_property.SanctionsAnalyzeTestProjects";

        /// <summary>Test projects are skipped unless <c>SanctionsAnalyzeTestProjects</c> is true: their fixtures block on purpose.</summary>
        public static bool IsExcludedTestProject(AnalyzerConfigOptions globalOptions) =>
            IsTrue(globalOptions, IsTestProject) && !IsTrue(globalOptions, AnalyzeTestProjects);

        private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
