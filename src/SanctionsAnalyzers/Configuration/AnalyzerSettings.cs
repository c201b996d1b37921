using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>Project-wide settings passed by the package's props as <c>build_property.*</c>.</summary>
    internal static class AnalyzerSettings
    {
        public const string IsTestProject = "build_property.IsTestProject";
        public const string AnalyzeTestProjects = "build_property.SanctionsAnalyzeTestProjects";
        public const string SkipGeneratedCode = "build_property.SanctionsSkipGeneratedCode";
        public const string AnalysisMode = "build_property.SanctionsAnalysisMode";

        public static readonly string[] AnalysisModes = { "Default", "Strict", "AuditOnly" };

        /// <summary>Test projects are skipped unless <c>SanctionsAnalyzeTestProjects</c> is true: their fixtures block on purpose.</summary>
        public static bool IsExcludedTestProject(AnalyzerConfigOptions globalOptions) =>
            IsTrue(globalOptions, IsTestProject) && !IsTrue(globalOptions, AnalyzeTestProjects);

        public static bool SkipsGeneratedCode(AnalyzerConfigOptions globalOptions) => IsTrue(globalOptions, SkipGeneratedCode);

        /// <summary>Each of our properties that holds a value outside its allowed set: (property, value, allowed values).</summary>
        public static IEnumerable<(string Property, string Value, string Allowed)> InvalidValues(AnalyzerConfigOptions globalOptions)
        {
            if (globalOptions.TryGetValue(AnalysisMode, out var mode) && !string.IsNullOrWhiteSpace(mode)
                && Array.FindIndex(AnalysisModes, m => string.Equals(m, mode.Trim(), StringComparison.OrdinalIgnoreCase)) < 0)
            {
                yield return ("SanctionsAnalysisMode", mode, string.Join(", ", AnalysisModes));
            }

            foreach (var flag in new[] { AnalyzeTestProjects, SkipGeneratedCode })
            {
                if (globalOptions.TryGetValue(flag, out var value) && !string.IsNullOrWhiteSpace(value)
                    && !string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                    && !string.Equals(value.Trim(), "false", StringComparison.OrdinalIgnoreCase))
                {
                    yield return (flag.Substring("build_property.".Length), value, "true, false");
                }
            }
        }

        private static bool IsTrue(AnalyzerConfigOptions options, string key) =>
            options.TryGetValue(key, out var value) && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }
}
