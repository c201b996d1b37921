using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Tests.Infrastructure;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Runs every analyzer and suppressor of the analyzer assembly on a compilation, the way the compiler host does, and
    /// records what a user would see as AD0001 (an exception escaping an analyzer) and the time the analyzers took.
    /// </summary>
    internal static class AnalyzerHarness
    {
        public static readonly CSharpParseOptions ParseOptions = new CSharpParseOptions(LanguageVersion.Latest);

        /// <summary>
        /// The implicit usings of an ASP.NET Core project (Microsoft.NET.Sdk.Web) that <see cref="Stubs.GlobalUsings"/> lacks,
        /// for the ruling corpus, whose projects rely on them.
        /// </summary>
        public const string WebSdkUsings = @"
global using System.IO;
global using System.Net.Http;
global using System.Net.Http.Json;
global using System.Threading;
global using Microsoft.AspNetCore.Hosting;
global using Microsoft.Extensions.Hosting;
";

        /// <summary>
        /// Every <see cref="DiagnosticAnalyzer"/> (suppressors included) of the analyzer assembly, found by reflection so
        /// that an analyzer added later is fuzzed too.
        /// </summary>
        public static ImmutableArray<DiagnosticAnalyzer> Analyzers { get; } = typeof(GeoBlockAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t)
                && t.GetCustomAttributes<DiagnosticAnalyzerAttribute>().Any(a => a.Languages.Contains(LanguageNames.CSharp)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t, nonPublic: true)!)
            .ToImmutableArray();

        private static readonly Lazy<CSharpCompilation> WebBase = new Lazy<CSharpCompilation>(() => CSharpCompilation.Create(
            "Consumer",
            new[] { Stubs.MaxMind, Stubs.Stripe, Stubs.GlobalUsings, WebSdkUsings }.Select((text, i) => CSharpSyntaxTree.ParseText(text, ParseOptions, "Stubs/Stub" + i + ".cs")),
            TestReferences.AspNetCoreReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));

        private static readonly Lazy<CSharpCompilation> WebApplicationBase = new Lazy<CSharpCompilation>(() =>
            WebBase.Value.WithOptions(WebBase.Value.Options.WithOutputKind(OutputKind.ConsoleApplication)));

        private static readonly Lazy<CSharpCompilation> ConfigBase = new Lazy<CSharpCompilation>(() => CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Contoso { public class Empty { } }", ParseOptions, "Empty.cs") },
            TestReferences.CoreReferences,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)));

        /// <summary>
        /// An ASP.NET Core class library with the stubs and the implicit usings, built once: each run adds its files with
        /// <see cref="Compilation.AddSyntaxTrees(SyntaxTree[])"/>, which keeps the bound references.
        /// </summary>
        public static CSharpCompilation WebProject => WebBase.Value;

        /// <summary>The same as an application (Microsoft.NET.Sdk.Web builds an executable), for the ruling corpus and its top-level statements.</summary>
        public static CSharpCompilation WebApplication => WebApplicationBase.Value;

        /// <summary>A small net8.0 library, for runs whose input is configuration rather than code.</summary>
        public static CSharpCompilation ConfigProject => ConfigBase.Value;

        /// <summary>
        /// Analyses <paramref name="compilation"/> with every analyzer and suppressor, and measures the time. An exception
        /// that escapes an analyzer is recorded, as the compiler reports it (AD0001), instead of failing the run.
        /// </summary>
        public static async Task<HarnessRun> RunAsync(Compilation compilation, AnalyzerOptions options, bool concurrent = false, ImmutableArray<DiagnosticAnalyzer>? analyzers = null)
        {
            var failures = new ConcurrentQueue<AnalyzerFailure>();
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers ?? Analyzers,
                new CompilationWithAnalyzersOptions(
                    options,
                    (exception, analyzer, diagnostic) => failures.Enqueue(new AnalyzerFailure(analyzer, exception, diagnostic)),
                    concurrent,
                    logAnalyzerExecutionTime: true,
                    reportSuppressedDiagnostics: true));
            var watch = Stopwatch.StartNew();
            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
            var elapsed = watch.Elapsed;
            var analyzerTime = TimeSpan.Zero;
            foreach (var analyzer in analyzers ?? Analyzers)
            {
                analyzerTime += (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).ExecutionTime;
            }

            return new HarnessRun(diagnostics, failures.ToImmutableArray(), elapsed, analyzerTime);
        }

        public static AnalyzerOptions Options(IEnumerable<AdditionalText> additionalFiles, IReadOnlyDictionary<string, string>? globalOptions = null) =>
            new AnalyzerOptions(additionalFiles.ToImmutableArray(), new GlobalOptionsProvider(globalOptions ?? new Dictionary<string, string>()));

        /// <summary>Project-wide analyzer config options (what .globalconfig files and build_property.* give the analyzer).</summary>
        private sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
        {
            private static readonly AnalyzerConfigOptions Empty = new DictionaryOptions(ImmutableDictionary<string, string>.Empty);

            public GlobalOptionsProvider(IReadOnlyDictionary<string, string> values)
            {
                // The compiler hands analyzers keys case-insensitively.
                GlobalOptions = new DictionaryOptions(values.ToImmutableDictionary(p => p.Key, p => p.Value, AnalyzerConfigOptions.KeyComparer));
            }

            public override AnalyzerConfigOptions GlobalOptions { get; }

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

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

    /// <summary>An exception that escaped an analyzer, and the AD0001 diagnostic the compiler would report for it.</summary>
    internal sealed class AnalyzerFailure
    {
        public AnalyzerFailure(DiagnosticAnalyzer analyzer, Exception exception, Diagnostic diagnostic)
        {
            Analyzer = analyzer;
            Exception = exception;
            Diagnostic = diagnostic;
        }

        public DiagnosticAnalyzer Analyzer { get; }

        public Exception Exception { get; }

        public Diagnostic Diagnostic { get; }

        public override string ToString() => Diagnostic.Id + ": " + Analyzer.GetType().Name + " threw " + Exception;
    }

    /// <summary>What one analysis produced.</summary>
    internal sealed class HarnessRun
    {
        public HarnessRun(ImmutableArray<Diagnostic> diagnostics, ImmutableArray<AnalyzerFailure> failures, TimeSpan time, TimeSpan analyzerTime)
        {
            Diagnostics = diagnostics;
            Failures = failures;
            Time = time;
            AnalyzerTime = analyzerTime;
        }

        /// <summary>Every diagnostic, suppressed ones included (with <see cref="Diagnostic.IsSuppressed"/>).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        public ImmutableArray<AnalyzerFailure> Failures { get; }

        /// <summary>Wall time of the analysis, the compiler's binding included.</summary>
        public TimeSpan Time { get; }

        /// <summary>Time spent in the analyzers' and the suppressor's own callbacks (the driver's telemetry).</summary>
        public TimeSpan AnalyzerTime { get; }

        /// <summary>Diagnostics of <paramref name="id"/> located in the file <paramref name="path"/>.</summary>
        public IEnumerable<Diagnostic> Located(string id, string path) =>
            Diagnostics.Where(d => d.Id == id && d.Location.GetLineSpan().Path == path);
    }
}
