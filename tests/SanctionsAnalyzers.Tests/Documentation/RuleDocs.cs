using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Tests.Infrastructure;

namespace SanctionsAnalyzers.Tests.Documentation
{
    /// <summary>
    /// Renders the parts of the docs that come from <see cref="RuleCatalog"/>: the README rule table and the header of
    /// each docs/rules page. Each part sits between a begin and an end marker; the text around it is hand-written.
    /// </summary>
    internal static class RuleDocs
    {
        public const string UpdateVariable = "SANCTIONS_DOCS_UPDATE";

        public const string RefreshCommand =
            UpdateVariable + "=1 dotnet test tests/SanctionsAnalyzers.Tests --filter \"FullyQualifiedName~Documentation\"";

        public const string ReadmeBegin = "<!-- rules:begin -->";
        public const string ReadmeEnd = "<!-- rules:end -->";
        public const string PageBegin = "<!-- generated:begin -->";
        public const string PageEnd = "<!-- generated:end -->";

        private const string Notice = "<!-- Generated from src/SanctionsAnalyzers/Rules/RuleCatalog.cs and the rules' descriptors; do not edit. Refresh: "
            + RefreshCommand + " -->";

        public static bool UpdateRequested =>
            Environment.GetEnvironmentVariable(UpdateVariable) is { } value
            && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

        public static string ReadmePath => Path.Combine(TestEnvironment.RepoRoot, "README.md");

        public static string RulesDirectory => Path.Combine(TestEnvironment.RepoRoot, "docs", "rules");

        public static string PagePath(string id) => Path.Combine(RulesDirectory, id + ".md");

        /// <summary>Every descriptor of every analyzer in the analyzer assembly (an ID may have several).</summary>
        public static IReadOnlyList<DiagnosticDescriptor> ShippedDescriptors() =>
            typeof(Analysis.GeoBlockAnalyzer).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
                .ToList();

        public static string ReadmeTable()
        {
            var text = new StringBuilder();
            text.Append(Notice).Append('\n').Append('\n');
            text.Append("| ID | Default severity | Category | Title | Citation |\n");
            text.Append("|---|---|---|---|---|\n");
            foreach (var rule in RuleCatalog.Rules)
            {
                var descriptor = rule.Descriptor;
                text.Append("| [").Append(rule.Id).Append("](docs/rules/").Append(rule.Id).Append(".md) | ")
                    .Append(descriptor.DefaultSeverity).Append(" | ")
                    .Append(Cell(descriptor.Category)).Append(" | ")
                    .Append(Cell(descriptor.Title.ToString())).Append(" | ")
                    .Append(Cell(rule.Citation)).Append(" |\n");
            }

            return text.Append('\n').ToString();
        }

        /// <summary>The heading, the summary table and the description at the top of a rule page.</summary>
        public static string PageHeader(RuleCatalog.Entry rule, string policyVersion)
        {
            var descriptor = rule.Descriptor;
            var text = new StringBuilder();
            text.Append(Notice).Append('\n');
            text.Append("# ").Append(rule.Id).Append(": ").Append(descriptor.Title).Append('\n').Append('\n');
            text.Append("| | |\n|---|---|\n");
            Row(text, "Rule ID", rule.Id);
            Row(text, "Title", descriptor.Title.ToString());
            Row(text, "Category", descriptor.Category);
            Row(text, "Default severity", descriptor.DefaultSeverity.ToString());
            Row(text, "Enabled by default", descriptor.IsEnabledByDefault ? "Yes" : "No");
            Row(text, "Citation", rule.Citation);
            Row(text, "Policy map version", policyVersion + " (embedded; see [policy-map.md](../policy-map.md))");
            text.Append('\n').Append(descriptor.Description).Append('\n').Append('\n');
            return text.ToString();
        }

        /// <summary>The text between the markers, or null when a marker is missing or out of order.</summary>
        public static string? ReadRegion(string text, string begin, string end)
        {
            var start = text.IndexOf(begin, StringComparison.Ordinal);
            var stop = start < 0 ? -1 : text.IndexOf(end, start + begin.Length, StringComparison.Ordinal);
            return stop < 0 ? null : text.Substring(start + begin.Length, stop - start - begin.Length);
        }

        /// <summary>The text with the region between the markers replaced (the markers must be there).</summary>
        public static string ReplaceRegion(string text, string begin, string end, string content)
        {
            var start = text.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
            var stop = text.IndexOf(end, start, StringComparison.Ordinal);
            return text.Substring(0, start) + "\n" + content + text.Substring(stop);
        }

        /// <summary>A file's text with LF line ends, so that a checkout with CRLF compares equal.</summary>
        public static string ReadNormalized(string path) => File.ReadAllText(path).Replace("\r\n", "\n");

        private static void Row(StringBuilder text, string label, string value) =>
            text.Append("| **").Append(label).Append("** | ").Append(Cell(value)).Append(" |\n");

        // A '|' inside a cell would end it.
        private static string Cell(string value) => value.Replace("|", "\\|");
    }
}
