using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// Runs <see cref="GeoBlockAnalyzer"/> with one code fix provider and checks the code before and after the fix,
    /// one fix at a time and with Fix All in document, project and solution. Like <see cref="RuleVerifier"/>, each
    /// test sees one rule only; the stubs and global usings are added to both the test and the fixed state.
    /// </summary>
    internal static class CodeFixVerifier<TCodeFix>
        where TCodeFix : CodeFixProvider, new()
    {
        /// <summary>The method-level descriptor of <paramref name="id"/> (the first one the analyzer lists with that ID).</summary>
        public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(new GeoBlockAnalyzer().SupportedDiagnostics.First(d => d.Id == id));

        /// <summary>The descriptor of <paramref name="id"/> reported at compilation end: gates in front of the whole application.</summary>
        public static DiagnosticResult WholeApplicationDiagnostic(string id) => new DiagnosticResult(
            new GeoBlockAnalyzer().SupportedDiagnostics.First(d => d.Id == id && d.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd)));

        /// <summary>
        /// Applies the fix with <paramref name="equivalenceKey"/> (or the first one offered) to every diagnostic marked
        /// <c>{|SANCnnnn:...|}</c> in <paramref name="source"/> and expects <paramref name="fixedSource"/>.
        /// </summary>
        public static Task VerifyAsync(string id, string source, string fixedSource, string? equivalenceKey = null)
        {
            var test = ForRule(id);
            test.TestCode = source;
            test.FixedCode = fixedSource;
            test.CodeActionEquivalenceKey = equivalenceKey;
            return test.RunAsync(CancellationToken.None);
        }

        /// <summary>Expects the marked diagnostics and no fix (with <paramref name="equivalenceKey"/>, or none at all).</summary>
        public static Task VerifyNoFixAsync(string id, string source, string? equivalenceKey = null) => VerifyAsync(id, source, source, equivalenceKey);

        /// <summary>A test of <paramref name="id"/> alone, for tests that add documents, AdditionalFiles or options.</summary>
        public static Test ForRule(string id)
        {
            var test = new Test();
            test.DisabledDiagnostics.AddRange(new GeoBlockAnalyzer().SupportedDiagnostics.Select(d => d.Id).Where(other => other != id));
            return test;
        }

        public sealed class Test : CSharpCodeFixTest<GeoBlockAnalyzer, TCodeFix, DefaultVerifier>
        {
            private static readonly (string Name, string Source)[] SharedSources =
            {
                ("Stubs.MaxMind.cs", Stubs.MaxMind),
                ("Stubs.Stripe.cs", Stubs.Stripe),
                ("GlobalUsings.cs", Stubs.GlobalUsings),
            };

            public Test()
            {
                // SANC1001 and SANC1002 have a second descriptor for whole-application gates: markup means the first one.
                MarkupOptions = MarkupOptions.UseFirstDescriptor;
                ReferenceAssemblies = TestReferences.None;
                TestState.AdditionalReferences.AddRange(TestReferences.AspNetCoreReferences);
                TestState.OutputKind = OutputKind.DynamicallyLinkedLibrary;
            }

            protected override Task RunImplAsync(CancellationToken cancellationToken)
            {
                // After the test's own sources, so that those keep their default names (Test0.cs, ...), and before the
                // documents a fix adds. A fixed state that lists its sources does not inherit them: it gets the same ones.
                var own = TestState.Sources.Count;
                foreach (var state in new[] { TestState, FixedState, BatchFixedState })
                {
                    if ((state == TestState || state.Sources.Count > 0) && !state.Sources.Any(s => s.filename == SharedSources[0].Name))
                    {
                        var at = System.Math.Min(own, state.Sources.Count);
                        for (var i = 0; i < SharedSources.Length; i++)
                        {
                            state.Sources.Insert(at + i, (SharedSources[i].Name, Microsoft.CodeAnalysis.Text.SourceText.From(SharedSources[i].Source)));
                        }
                    }
                }

                return base.RunImplAsync(cancellationToken);
            }
        }
    }
}
