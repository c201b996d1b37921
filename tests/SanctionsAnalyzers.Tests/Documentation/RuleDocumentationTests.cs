using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Documentation
{
    /// <summary>Every shipped descriptor has a stable ID, a help link to its page in docs/rules, and a release-tracking line.</summary>
    public class RuleDocumentationTests
    {
        private const string DocsBase = "https://github.com/SanctionsAnalyzers/SanctionsAnalyzers/blob/main/docs/rules/";

        public static IEnumerable<object[]> Descriptors() =>
            RuleDocs.ShippedDescriptors().GroupBy(d => d.Id).Select(g => new object[] { g.Key });

        [Fact]
        public void AtLeastOneRuleIsShipped()
        {
            Assert.NotEmpty(Descriptors());
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void HelpLink_PointsToAnExistingRulePage(string id)
        {
            Assert.Matches(new Regex("^SANC[0-9]{4}$"), id);
            Assert.All(RuleDocs.ShippedDescriptors().Where(d => d.Id == id), d => Assert.Equal(DocsBase + id + ".md", d.HelpLinkUri));

            var page = Path.Combine(TestEnvironment.RepoRoot, "docs", "rules", id + ".md");
            Assert.True(File.Exists(page), "Missing rule page " + page);
            var text = File.ReadAllText(page);
            Assert.Contains(id, text);
            Assert.Contains("legal advice", text, StringComparison.OrdinalIgnoreCase);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Rule_IsListedInReleaseTracking(string id)
        {
            var directory = Path.Combine(TestEnvironment.RepoRoot, "src", "SanctionsAnalyzers");
            var tracked = File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Shipped.md"))
                + File.ReadAllText(Path.Combine(directory, "AnalyzerReleases.Unshipped.md"));
            Assert.Contains(id + " |", tracked);
        }

        [Theory]
        [MemberData(nameof(Descriptors))]
        public void Rule_HasTitleMessageAndSanctionsCategory(string id)
        {
            foreach (var descriptor in RuleDocs.ShippedDescriptors().Where(d => d.Id == id))
            {
                Assert.False(string.IsNullOrWhiteSpace(descriptor.Title.ToString()));
                Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()));
                Assert.StartsWith("Sanctions.", descriptor.Category);
            }
        }
    }
}
