using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Rules;
using Xunit;

namespace SanctionsAnalyzers.Tests.Documentation
{
    /// <summary>
    /// The README rule table and the header of every docs/rules page are generated from <see cref="RuleCatalog"/>;
    /// these tests fail when a file drifts from it. With SANCTIONS_DOCS_UPDATE=1 they rewrite the files instead.
    /// </summary>
    public class GeneratedDocumentationTests
    {
        public static IEnumerable<object[]> CatalogIds() => RuleCatalog.Rules.Select(r => new object[] { r.Id });

        [Fact]
        public void Catalog_ListsEveryShippedRuleOnce_InIdOrder()
        {
            var catalogIds = RuleCatalog.Rules.Select(r => r.Id).ToList();
            var shippedIds = RuleDocs.ShippedDescriptors().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal).ToList();

            Assert.Equal(shippedIds, catalogIds);
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void Catalog_PrimaryDescriptorIsShipped_AndEveryVariantAgreesWithIt(string id)
        {
            var primary = RuleCatalog.Rules.Single(r => r.Id == id).Descriptor;
            var variants = RuleDocs.ShippedDescriptors().Where(d => d.Id == id).ToList();

            Assert.Contains(variants, d => ReferenceEquals(d, primary));
            foreach (var variant in variants)
            {
                // The docs show one title, severity and description per ID: a variant that says otherwise would make them wrong.
                Assert.Equal(primary.Title.ToString(), variant.Title.ToString());
                Assert.Equal(primary.Category, variant.Category);
                Assert.Equal(primary.DefaultSeverity, variant.DefaultSeverity);
                Assert.Equal(primary.IsEnabledByDefault, variant.IsEnabledByDefault);
                Assert.Equal(primary.Description.ToString(), variant.Description.ToString());
                Assert.Equal(primary.HelpLinkUri, variant.HelpLinkUri);
            }
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void Catalog_EveryRuleHasACitationAndADescription(string id)
        {
            var rule = RuleCatalog.Rules.Single(r => r.Id == id);

            Assert.False(string.IsNullOrWhiteSpace(rule.Citation), id + " has no citation in RuleCatalog.cs");
            Assert.False(string.IsNullOrWhiteSpace(rule.Descriptor.Description.ToString()), id + " has no description");
        }

        [Fact]
        public void RulePages_AreExactlyTheCatalogRules()
        {
            var pages = Directory.EnumerateFiles(RuleDocs.RulesDirectory, "*.md")
                .Select(p => Path.GetFileNameWithoutExtension(p))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();

            Assert.Equal(RuleCatalog.Rules.Select(r => r.Id), pages);
        }

        [Fact]
        public void Readme_RuleTable_ListsExactlyTheCatalogRules()
        {
            var region = RuleDocs.ReadRegion(RuleDocs.ReadNormalized(RuleDocs.ReadmePath), RuleDocs.ReadmeBegin, RuleDocs.ReadmeEnd);
            Assert.True(region is not null, "README.md has no " + RuleDocs.ReadmeBegin + " ... " + RuleDocs.ReadmeEnd + " region");

            var listed = Regex.Matches(region!, @"^\| \[(SANC[0-9]{4})\]\(docs/rules/\1\.md\) \|", RegexOptions.Multiline)
                .Select(m => m.Groups[1].Value)
                .ToList();

            Assert.Equal(RuleCatalog.Rules.Select(r => r.Id), listed);
        }

        [Fact]
        public void Readme_RuleTable_IsUpToDate()
        {
            CheckOrUpdate(RuleDocs.ReadmePath, RuleDocs.ReadmeBegin, RuleDocs.ReadmeEnd, RuleDocs.ReadmeTable());
        }

        [Theory]
        [MemberData(nameof(CatalogIds))]
        public void RulePage_GeneratedHeader_IsUpToDate(string id)
        {
            var rule = RuleCatalog.Rules.Single(r => r.Id == id);
            CheckOrUpdate(RuleDocs.PagePath(id), RuleDocs.PageBegin, RuleDocs.PageEnd, RuleDocs.PageHeader(rule, PolicyMap.Embedded.Version));
        }

        [Fact]
        public void PageHeader_RendersTheDescriptorAndCatalogFields()
        {
            var rule = RuleCatalog.Rules.Single(r => r.Id == RuleIds.OverBroadGeoBlock);

            var header = RuleDocs.PageHeader(rule, "9999.1.0");

            Assert.StartsWith("<!-- Generated from", header);
            Assert.Contains("\n# SANC1001: Over-broad geo-block of an authorized communication service\n", header);
            Assert.Contains("| **Default severity** | Warning |", header);
            Assert.Contains("| **Citation** | " + rule.Citation + " |", header);
            Assert.Contains("| **Policy map version** | 9999.1.0 ", header);
            Assert.Contains(rule.Descriptor.Description.ToString(), header);
        }

        [Fact]
        public void ReplaceRegion_KeepsTheTextAroundTheMarkers()
        {
            var text = "before\n<!-- generated:begin -->\nold\n<!-- generated:end -->\nafter\n";

            var replaced = RuleDocs.ReplaceRegion(text, RuleDocs.PageBegin, RuleDocs.PageEnd, "new\n");

            Assert.Equal("before\n<!-- generated:begin -->\nnew\n<!-- generated:end -->\nafter\n", replaced);
            Assert.Equal("\nnew\n", RuleDocs.ReadRegion(replaced, RuleDocs.PageBegin, RuleDocs.PageEnd));
            Assert.Null(RuleDocs.ReadRegion("<!-- generated:end --> <!-- generated:begin -->", RuleDocs.PageBegin, RuleDocs.PageEnd));
        }

        /// <summary>Compares the region with the generated content; in update mode, writes it instead.</summary>
        private static void CheckOrUpdate(string path, string begin, string end, string content)
        {
            var relative = Path.GetRelativePath(Infrastructure.TestEnvironment.RepoRoot, path).Replace('\\', '/');
            Assert.True(File.Exists(path), relative + " is missing.");
            var text = RuleDocs.ReadNormalized(path);
            var actual = RuleDocs.ReadRegion(text, begin, end);
            Assert.True(actual is not null, relative + " has no " + begin + " ... " + end + " region; add the two markers where the generated text belongs and run:\n  " + RuleDocs.RefreshCommand);

            var expected = "\n" + content;
            if (actual == expected)
            {
                return;
            }

            if (RuleDocs.UpdateRequested)
            {
                File.WriteAllText(path, RuleDocs.ReplaceRegion(text, begin, end, content));
                return;
            }

            Assert.Fail(
                relative + ": the generated part (between " + begin + " and " + end + ") differs from src/SanctionsAnalyzers/Rules/RuleCatalog.cs "
                + "and the rules' descriptors.\n" + FirstDifference(expected, actual!)
                + "\nRefresh it, then review the git diff:\n  " + RuleDocs.RefreshCommand);
        }

        private static string FirstDifference(string expected, string actual)
        {
            var expectedLines = expected.Split('\n');
            var actualLines = actual.Split('\n');
            for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
            {
                var e = i < expectedLines.Length ? expectedLines[i] : "(end)";
                var a = i < actualLines.Length ? actualLines[i] : "(end)";
                if (e != a)
                {
                    return "First difference, line " + i + " after the begin marker:\n  expected: " + e + "\n  actual:   " + a;
                }
            }

            return string.Empty;
        }
    }
}
