using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.Rules;
using Xunit;

namespace SanctionsAnalyzers.Tests.Documentation
{
    /// <summary>
    /// Every rule page has the sections a user looks for (issue #8): cause, policy mapping, examples both ways, how to
    /// fix, how to suppress with a justification, configuration keys and "not legal advice", in that order.
    /// </summary>
    public class RulePageStructureTests
    {
        private static readonly (string Name, Regex Heading)[] RequiredSections =
        {
            ("Cause", Heading("Cause")),
            ("Policy mapping", Heading("Policy mapping")),
            ("Non-compliant example(s)", Heading("Non-compliant examples?")),
            ("Compliant example(s)", Heading("Compliant examples?")),
            ("How to fix", Heading("How to fix")),
            ("How to suppress", Heading("How to suppress")),
            ("Configuration", Heading("Configuration")),
            ("Not legal advice", Heading("Not legal advice")),
        };

        public static IEnumerable<object[]> CatalogIds() => RuleCatalog.Rules.Select(r => new object[] { r.Id });

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void RulePage_HasTheRequiredSectionsInOrder(string id)
        {
            var text = HandWritten(id);
            var missing = new List<string>();
            var position = -1;
            foreach (var (name, heading) in RequiredSections)
            {
                var matches = heading.Matches(text);
                if (matches.Count != 1)
                {
                    missing.Add("'## " + name + "' appears " + matches.Count + " times");
                }
                else if (matches[0].Index < position)
                {
                    missing.Add("'## " + name + "' is out of order");
                }
                else
                {
                    position = matches[0].Index;
                }
            }

            Assert.True(missing.Count == 0, "docs/rules/" + id + ".md: " + string.Join("; ", missing)
                + ". Expected, in this order: " + string.Join(", ", RequiredSections.Select(s => "## " + s.Name)) + ".");
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void HowToSuppress_AsksForAJustification(string id)
        {
            Assert.Contains("justification", Section(id, "How to suppress"), StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void Configuration_NamesTheRuleSeverityKey(string id)
        {
            Assert.Contains("dotnet_diagnostic." + id + ".severity", Section(id, "Configuration"), StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void NotLegalAdvice_SectionSaysSo(string id)
        {
            Assert.Contains("legal advice", Section(id, "Not legal advice"), StringComparison.OrdinalIgnoreCase);
        }

        private static Regex Heading(string title) => new Regex("^## " + title + "$", RegexOptions.Multiline | RegexOptions.CultureInvariant);

        /// <summary>The page after its generated header: the sections are hand-written.</summary>
        private static string HandWritten(string id)
        {
            var text = RuleDocs.ReadNormalized(RuleDocs.PagePath(id));
            var end = text.IndexOf(RuleDocs.PageEnd, StringComparison.Ordinal);
            return end < 0 ? text : text.Substring(end);
        }

        /// <summary>The text of one '## ' section, up to the next '## ' heading.</summary>
        private static string Section(string id, string title)
        {
            var text = HandWritten(id);
            var match = Heading(title).Match(text);
            Assert.True(match.Success, "docs/rules/" + id + ".md has no '## " + title + "' section");
            var next = Regex.Match(text.Substring(match.Index + match.Length), "^## ", RegexOptions.Multiline);
            return next.Success ? text.Substring(match.Index, match.Length + next.Index) : text.Substring(match.Index);
        }
    }
}
