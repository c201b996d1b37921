using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="GeoBlockAnalyzer"/> and checks the diagnostics of one rule: each rule's test class sees only
    /// its own rule, so that a test states exactly what that rule reports.
    /// </summary>
    internal static class RuleVerifier
    {
        private static readonly DiagnosticDescriptor[] AllDescriptors = new DiagnosticAnalyzer[] { new GeoBlockAnalyzer(), new ConfigurationAnalyzer(), new ServiceInventoryAnalyzer() }
            .SelectMany(a => a.SupportedDiagnostics).ToArray();

        private static readonly string[] AllRuleIds = AllDescriptors.Select(d => d.Id).Distinct().ToArray();

        /// <summary>
        /// A diagnostic at the markup location; the path a geo-block carries as additional locations (signal, jurisdiction,
        /// action, feature) is checked by GeoBlockPathTests, not by every rule test.
        /// </summary>
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(AllDescriptors.First(d => d.Id == id)).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        public static DiagnosticResult Diagnostic(DiagnosticDescriptor descriptor) => new DiagnosticResult(descriptor).WithOptions(DiagnosticOptions.IgnoreAdditionalLocations);

        public static Task VerifyAsync(string id, string source, params DiagnosticResult[] expected) => VerifyAsync(id, new[] { source }, expected);

        public static async Task VerifyAsync(string id, string[] sources, params DiagnosticResult[] expected)
        {
            var test = ForRule(id);
            foreach (var source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        /// <summary>A test of <paramref name="id"/> alone, for tests that add AdditionalFiles or options.</summary>
        public static Test ForRule(string id)
        {
            var test = new Test();
            test.DisabledDiagnostics.AddRange(AllRuleIds.Where(other => other != id));
            return test;
        }

        /// <summary>Runs every analyzer of the package, as a consumer's build does.</summary>
        public sealed class Test : CSharpAnalyzerTest<GeoBlockAnalyzer, DefaultVerifier>
        {
            protected override System.Collections.Generic.IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() =>
                new DiagnosticAnalyzer[] { new GeoBlockAnalyzer(), new ConfigurationAnalyzer(), new ServiceInventoryAnalyzer(), new WaiverSuppressor() };

            public Test()
            {
                ReferenceAssemblies = TestReferences.None;
                TestState.AdditionalReferences.AddRange(TestReferences.AspNetCoreReferences);
                TestState.Sources.Add(("Stubs.MaxMind.cs", Stubs.MaxMind));
                TestState.Sources.Add(("Stubs.Stripe.cs", Stubs.Stripe));
                TestState.Sources.Add(("GlobalUsings.cs", Stubs.GlobalUsings));
                TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            }
        }
    }
}
