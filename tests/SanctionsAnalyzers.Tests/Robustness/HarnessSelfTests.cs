using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>The harness itself: it finds every analyzer, and it does see an analyzer that throws (else the fuzz tests could not fail).</summary>
    public class HarnessSelfTests
    {
        [Fact]
        public void EveryAnalyzerAndSuppressorOfTheAssemblyIsRun()
        {
            var names = AnalyzerHarness.Analyzers.Select(a => a.GetType().Name).ToList();
            Assert.Contains("GeoBlockAnalyzer", names);
            Assert.Contains("ConfigurationAnalyzer", names);
            Assert.Contains("ServiceInventoryAnalyzer", names);
            Assert.Contains("WaiverSuppressor", names);
        }

        [Fact]
        public void SeedsComeFromTheRuleTestsAndEveryCorpusProject()
        {
            Assert.True(SeedCorpus.RuleTestSources.Length >= 100, "rule test sources: " + SeedCorpus.RuleTestSources.Length);
            Assert.True(SeedCorpus.RulingProjects.Length >= 8, "corpus projects: " + SeedCorpus.RulingProjects.Length);
            Assert.All(SeedCorpus.RulingProjects, p => Assert.NotEmpty(p.Files));
            Assert.DoesNotContain(SeedCorpus.RuleTestSources, s => s.Text.Contains("{|") || s.Text.Contains("[|"));
        }

        [Fact]
        public async Task AnAnalyzerThatThrows_IsReportedWithItsException()
        {
            var compilation = AnalyzerHarness.ConfigProject.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Boom { }", AnalyzerHarness.ParseOptions, "Boom.cs"));
            var run = await AnalyzerHarness.RunAsync(
                compilation, AnalyzerHarness.Options(Array.Empty<AdditionalText>()), analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer()));
            var failure = Assert.Single(run.Failures);
            Assert.Equal("AD0001", failure.Diagnostic.Id);
            Assert.IsType<InvalidOperationException>(failure.Exception);
        }

#pragma warning disable RS1036, RS1026, RS2008 // A test double, not a shipped analyzer.
        [DiagnosticAnalyzer(LanguageNames.CSharp)]
        private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
        {
            private static readonly DiagnosticDescriptor Rule = new DiagnosticDescriptor("TEST0001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

            public override void Initialize(AnalysisContext context)
            {
                context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
                context.RegisterSymbolAction(
                    symbol =>
                    {
                        if (symbol.Symbol.Name == "Boom")
                        {
                            throw new InvalidOperationException("thrown on " + symbol.Symbol.Name);
                        }
                    },
                    SymbolKind.NamedType);
            }
        }
#pragma warning restore RS1036, RS1026, RS2008
    }
}
