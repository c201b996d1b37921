using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>Runs an analyzer on markup sources with ASP.NET Core references and the third-party stubs.</summary>
    internal static class AnalyzerVerifier<TAnalyzer>
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

        public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyAsync(new[] { source }, expected);

        public static async Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
        {
            var test = new Test();
            foreach (var source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync(CancellationToken.None);
        }

        public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
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
