using System;
using System.Composition;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.CodeFixes;
using Xunit;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>What every code fix provider of the package must be: exported for C#, shared, with Fix All, for our rules only.</summary>
    public class CodeFixProviderConventionsTests
    {
        private static readonly Type[] Providers = typeof(LetFeatureThroughCodeFixProvider).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();

        [Fact]
        public void TheFourProvidersAreThere()
        {
            Assert.Equal(
                new[] { nameof(DeclareServiceCategoryCodeFixProvider), nameof(LetFeatureThroughCodeFixProvider), nameof(RecordWaiverCodeFixProvider), nameof(StaleJurisdictionCodeFixProvider) },
                Providers.Select(p => p.Name).ToArray());
        }

        [Fact]
        public void ExportedForCSharp_Shared_WithFixAll()
        {
            foreach (var type in Providers)
            {
                var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();
                Assert.True(export is not null, type.Name + " is not exported");
                Assert.Contains(LanguageNames.CSharp, export!.Languages);
                Assert.Equal(type.Name, export.Name);
                Assert.True(type.GetCustomAttribute<SharedAttribute>() is not null, type.Name + " is not [Shared]");

                var provider = (CodeFixProvider)Activator.CreateInstance(type)!;
                Assert.NotNull(provider.GetFixAllProvider());
                Assert.NotEmpty(provider.FixableDiagnosticIds);
            }
        }

        [Fact]
        public void FixesOnlyRulesTheAnalyzerReports_AndNeverTheProxyRule()
        {
            var reported = new GeoBlockAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet();
            var fixable = Providers.SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds).ToList();
            Assert.All(fixable, id => Assert.Contains(id, reported));

            // SANC1003: what should replace a proxy depends on the product (docs/rules/SANC1003.md); SANC1100 is an inventory.
            Assert.DoesNotContain("SANC1003", fixable);
            Assert.DoesNotContain("SANC1100", fixable);
        }
    }
}
