using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Configuration;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Documentation
{
    /// <summary>
    /// docs/configuration.md lists every MSBuild property the package reads, every sanctions_analyzers.* key the analyzer
    /// knows and every rule's severity per analysis mode; these tests compare it with build/ and the analyzer.
    /// </summary>
    public class ConfigurationDocumentationTests
    {
        private static string Root => TestEnvironment.RepoRoot;

        private static string DocPath => Path.Combine(Root, "docs", "configuration.md");

        private static readonly string[] PackageFiles =
        {
            Path.Combine("build", "SanctionsAnalyzers.props"),
            Path.Combine("build", "SanctionsAnalyzers.targets"),
        };

        [Fact]
        public void MsBuildPropertyTable_ListsExactlyThePropertiesThePackageReads()
        {
            var read = PackageProperties().Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
            var documented = DocumentedProperties().Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();

            Assert.NotEmpty(read);
            Assert.True(
                read.SequenceEqual(documented),
                "docs/configuration.md, MSBuild properties: the package reads [" + string.Join(", ", read) + "] but the table lists ["
                + string.Join(", ", documented) + "]. Document the missing ones (with values, default and effect) or remove stale rows.");
        }

        [Fact]
        public void MsBuildPropertyTable_DefaultsMatchTheProps()
        {
            var documented = DocumentedProperties();
            var checkedAny = false;
            foreach (var (name, value) in LiteralDefaults())
            {
                checkedAny = true;
                Assert.True(documented.TryGetValue(name, out var row), name + " is not in the MSBuild property table of docs/configuration.md");
                Assert.True(row!.Default.Contains("`" + value + "`", StringComparison.Ordinal),
                    "docs/configuration.md: the default of " + name + " is '" + value + "' in build/SanctionsAnalyzers.props, but the table says '" + row.Default + "'");
            }

            Assert.True(checkedAny, "No literal default found in build/SanctionsAnalyzers.props; the parse is broken.");
        }

        [Fact]
        public void PropertiesTheAnalyzerReads_AreCompilerVisibleAndDocumented()
        {
            var visible = PackageXml().Descendants("CompilerVisibleProperty").Select(e => (string)e.Attribute("Include")!).ToHashSet(StringComparer.Ordinal);
            var doc = File.ReadAllText(DocPath);
            var read = AnalyzerSourceLiterals(@"""build_property\.(\w+)""");

            Assert.NotEmpty(read);
            foreach (var property in read)
            {
                Assert.True(visible.Contains(property), "The analyzer reads build_property." + property + ", but build/SanctionsAnalyzers.props does not make it a CompilerVisibleProperty.");
                Assert.True(doc.Contains("`" + property + "`", StringComparison.Ordinal), "docs/configuration.md does not mention " + property + ".");
            }
        }

        [Fact]
        public void ItemMetadataTheAnalyzerReads_IsCompilerVisibleAndDocumented()
        {
            var visible = PackageXml().Descendants("CompilerVisibleItemMetadata")
                .Select(e => (string)e.Attribute("Include")! + "." + (string)e.Attribute("MetadataName")!)
                .ToHashSet(StringComparer.Ordinal);
            var doc = File.ReadAllText(DocPath);
            var read = AnalyzerSourceLiterals(@"""build_metadata\.(\w+\.\w+)""");

            Assert.NotEmpty(read);
            foreach (var metadata in read)
            {
                Assert.True(visible.Contains(metadata), "The analyzer reads build_metadata." + metadata + ", but build/SanctionsAnalyzers.targets does not make it CompilerVisibleItemMetadata.");
                var name = metadata.Substring(metadata.IndexOf('.') + 1);
                Assert.True(doc.Contains(name + "=", StringComparison.Ordinal), "docs/configuration.md does not show the item metadata " + name + ".");
            }
        }

        [Fact]
        public void PolicyKeyTable_ListsExactlyTheKeysTheAnalyzerKnows()
        {
            // The analyzer's own message for an unknown key lists the keys it reads.
            var problem = Assert.Single(Read(("sanctions_analyzers.no_such_key", "x")).Problems).Message;
            var known = Regex.Match(problem, "known keys: (.*)\\.$").Groups[1].Value
                .Split(new[] { ", " }, StringSplitOptions.RemoveEmptyEntries)
                .OrderBy(k => k, StringComparer.Ordinal)
                .ToList();

            var documented = DocumentedPolicyKeys().OrderBy(k => k, StringComparer.Ordinal).ToList();

            Assert.NotEmpty(known);
            Assert.True(
                known.SequenceEqual(documented),
                "docs/configuration.md, policy layers: the analyzer knows [" + string.Join(", ", known) + "] but the table lists ["
                + string.Join(", ", documented) + "].");
        }

        [Fact]
        public void DocumentedPolicyKeys_AreAcceptedByTheAnalyzer()
        {
            foreach (var key in DocumentedPolicyKeys())
            {
                var concrete = key.Replace("<jurisdiction>", "ir").Replace("<category>", "chat").Replace("<type or member>", "Contoso.Chat.ChatHub");
                foreach (var value in SampleValues(key))
                {
                    var overrides = Read((concrete, value));
                    Assert.True(overrides.Problems.IsEmpty, concrete + " = " + value + " (from docs/configuration.md): " + string.Join(" ", overrides.Problems.Select(p => p.Message)));
                    Assert.False(overrides.IsEmpty, concrete + " = " + value + " was not applied");
                }
            }
        }

        [Fact]
        public void AnalysisModeTable_MatchesThePresetsForEveryRule()
        {
            var rows = AnalysisModeRows();
            var presets = new[] { "Default", "Strict", "AuditOnly" }.Select(ReadPreset).ToList();

            Assert.Equal(RuleCatalog.Rules.Select(r => r.Id).OrderBy(id => id, StringComparer.Ordinal), rows.Keys.OrderBy(id => id, StringComparer.Ordinal));
            foreach (var rule in RuleCatalog.Rules)
            {
                var descriptorSeverity = EditorConfigSeverity(rule.Descriptor.DefaultSeverity);
                var expected = new List<string> { descriptorSeverity };
                expected.AddRange(presets.Select(p => Effective(p, rule.Descriptor, descriptorSeverity)));

                Assert.True(expected.SequenceEqual(rows[rule.Id]),
                    "docs/configuration.md, analysis modes, " + rule.Id + ": expected " + string.Join(" | ", expected) + " (descriptor, then the presets in build/config), found "
                    + string.Join(" | ", rows[rule.Id]));
            }
        }

        /// <summary>MSBuild properties the package defines or reads: names starting with "Sanctions" (underscored names are private).</summary>
        private static Dictionary<string, string?> PackageProperties()
        {
            var properties = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var file in PackageFiles)
            {
                var text = File.ReadAllText(Path.Combine(Root, file));
                foreach (Match match in Regex.Matches(text, @"\$\((Sanctions\w+)"))
                {
                    properties[match.Groups[1].Value] = null;
                }

                var xml = XDocument.Parse(text);
                foreach (var element in xml.Descendants("PropertyGroup").Elements().Where(e => e.Name.LocalName.StartsWith("Sanctions", StringComparison.Ordinal)))
                {
                    properties[element.Name.LocalName] = null;
                }

                foreach (var element in xml.Descendants("CompilerVisibleProperty"))
                {
                    var name = (string)element.Attribute("Include")!;
                    if (name.StartsWith("Sanctions", StringComparison.Ordinal))
                    {
                        properties[name] = null;
                    }
                }
            }

            return properties;
        }

        /// <summary>(property, value) for each default of the form &lt;X Condition="'$(X)' == ''"&gt;literal&lt;/X&gt;.</summary>
        private static IEnumerable<(string Name, string Value)> LiteralDefaults() =>
            from element in PackageXml().Descendants("PropertyGroup").Elements()
            let name = element.Name.LocalName
            where name.StartsWith("Sanctions", StringComparison.Ordinal)
                && ((string?)element.Attribute("Condition"))?.Replace(" ", string.Empty) == "'$(" + name + ")'==''"
                && !element.Value.Contains("$(", StringComparison.Ordinal)
            select (name, element.Value.Trim());

        private static XElement PackageXml() =>
            new XElement("All", PackageFiles.Select(f => XDocument.Load(Path.Combine(Root, f)).Root));

        /// <summary>Rows of the table under "## MSBuild properties": name → cells.</summary>
        private static Dictionary<string, (string Values, string Default)> DocumentedProperties() =>
            TableRows(Section("MSBuild properties"))
                .Where(cells => cells.Length >= 4 && Regex.IsMatch(cells[0], "^`\\w+`$"))
                .ToDictionary(cells => cells[0].Trim('`'), cells => (cells[1], cells[2]), StringComparer.Ordinal);

        private static List<string> DocumentedPolicyKeys() =>
            TableRows(Section("Policy layers: `sanctions_analyzers.*` keys"))
                .Where(cells => cells[0].StartsWith("`sanctions_analyzers.", StringComparison.Ordinal))
                .Select(cells => cells[0].Trim('`'))
                .ToList();

        /// <summary>Analysis-mode rows: rule ID → severities (descriptor default, Default, Strict, AuditOnly), bold removed.</summary>
        private static Dictionary<string, string[]> AnalysisModeRows() =>
            TableRows(Section("Analysis modes"))
                .Where(cells => Regex.IsMatch(cells[0], "^SANC[0-9]{4} "))
                .ToDictionary(cells => cells[0].Substring(0, 8), cells => cells.Skip(1).Take(4).Select(c => c.Replace("*", string.Empty)).ToArray(), StringComparer.Ordinal);

        /// <summary>Valid values of a documented key, for the acceptance check.</summary>
        private static IEnumerable<string> SampleValues(string key)
        {
            if (key.StartsWith("sanctions_analyzers.verdict.", StringComparison.Ordinal))
            {
                return new[] { "authorized", "not_covered", "excluded" };
            }

            if (key.StartsWith("sanctions_analyzers.identifiers.", StringComparison.Ordinal))
            {
                return new[] { "PERSIA-LEGACY" };
            }

            if (key.StartsWith("sanctions_analyzers.category.", StringComparison.Ordinal))
            {
                return new[] { "chat;e-learning" };
            }

            if (key == "sanctions_analyzers.policy_version")
            {
                return new[] { PolicyMap.Embedded.Version };
            }

            throw new InvalidOperationException("No sample value for the documented key " + key + "; add one to " + nameof(SampleValues) + ".");
        }

        /// <summary>Severity keys of a preset: dotnet_diagnostic.ID.severity and dotnet_analyzer_diagnostic.category-X.severity.</summary>
        private static Dictionary<string, string> ReadPreset(string mode)
        {
            var text = File.ReadAllText(Path.Combine(Root, "build", "config", "SanctionsAnalyzers." + mode + ".globalconfig"));
            return Regex.Matches(text, @"^\s*(dotnet_(?:analyzer_)?diagnostic\.[\w.-]+\.severity)\s*=\s*(\w+)", RegexOptions.Multiline)
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>A per-rule setting beats a category setting, which beats the descriptor.</summary>
        private static string Effective(Dictionary<string, string> preset, DiagnosticDescriptor descriptor, string descriptorSeverity) =>
            preset.TryGetValue("dotnet_diagnostic." + descriptor.Id + ".severity", out var rule) ? rule
            : preset.TryGetValue("dotnet_analyzer_diagnostic.category-" + descriptor.Category + ".severity", out var category) ? category
            : descriptorSeverity;

        private static string EditorConfigSeverity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            DiagnosticSeverity.Info => "suggestion",
            _ => "silent",
        };

        /// <summary>String literals of the analyzer's sources matching the pattern (group 1), e.g. "build_property.X".</summary>
        private static List<string> AnalyzerSourceLiterals(string pattern) =>
            Directory.EnumerateFiles(Path.Combine(Root, "src", "SanctionsAnalyzers"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                .SelectMany(f => Regex.Matches(File.ReadAllText(f), pattern).Select(m => m.Groups[1].Value))
                .Distinct(StringComparer.Ordinal)
                .ToList();

        /// <summary>The text of the "## title" section of docs/configuration.md.</summary>
        private static string Section(string title)
        {
            var text = RuleDocs.ReadNormalized(DocPath);
            var start = text.IndexOf("\n## " + title + "\n", StringComparison.Ordinal);
            Assert.True(start >= 0, "docs/configuration.md has no '## " + title + "' section");
            var end = text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
            return end < 0 ? text.Substring(start) : text.Substring(start, end - start);
        }

        /// <summary>Markdown table rows of a section as trimmed cells (header and separator rows included; filter them).</summary>
        private static IEnumerable<string[]> TableRows(string section) =>
            section.Split('\n')
                .Where(line => line.StartsWith("|", StringComparison.Ordinal) && !line.StartsWith("|---", StringComparison.Ordinal))
                .Select(line => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray());

        private static PolicyOverrides Read(params (string Key, string Value)[] entries) =>
            PolicyOverrides.Read(new DictionaryOptions(entries.ToImmutableDictionary(e => e.Key, e => e.Value)), PolicyMap.Embedded);

        private sealed class DictionaryOptions : AnalyzerConfigOptions
        {
            private readonly ImmutableDictionary<string, string> _values;

            public DictionaryOptions(ImmutableDictionary<string, string> values)
            {
                _values = values;
            }

            public override IEnumerable<string> Keys => _values.Keys;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
