using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Tests.Accuracy
{
    /// <summary>What the analyzers made of one case.</summary>
    internal sealed class CaseOutcome
    {
        public CaseOutcome(CorpusCase corpusCase, int compilerErrors, IReadOnlyList<string> ids, IReadOnlyList<string> crashes)
        {
            Case = corpusCase;
            CompilerErrors = compilerErrors;
            Ids = ids;
            Crashes = crashes;
        }

        public CorpusCase Case { get; }

        public int CompilerErrors { get; }

        /// <summary>Every diagnostic ID reported, in source order.</summary>
        public IReadOnlyList<string> Ids { get; }

        public IReadOnlyList<string> Crashes { get; }

        /// <summary>warn when SANC1001 or SANC1003 is reported, else info when SANC1002 is, else none (case-eval's scoring).</summary>
        public string Predicted => Ids.Contains("SANC1001") || Ids.Contains("SANC1003") ? "warn" : Ids.Contains("SANC1002") ? "info" : "none";

        public bool Pass => Crashes.Count == 0 && Predicted == Case.ExpectedClass;

        public string IdSummary => Ids.Count == 0 ? "-" : string.Join(",", Ids.GroupBy(id => id).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? g.Key : g.Key + "(" + g.Count() + ")"));
    }

    /// <summary>Runs every analyzer and suppressor of the package over a case, as a compiler host does.</summary>
    internal static class CorpusEvaluator
    {
        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(GeoBlockAnalyzer).Assembly.GetTypes()
            .Where(type => typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();

        public static async Task<CaseOutcome> RunAsync(CorpusCase corpusCase)
        {
            var compilation = CorpusCompiler.Instance.Compile(corpusCase);
            var errors = compilation.GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
            var crashes = new List<string>();
            var additional = corpusCase.AdditionalFiles()
                .Select(path => (AdditionalText)new CaseFileText(path))
                .ToImmutableArray();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(additional),
                onAnalyzerException: (exception, analyzer, _) =>
                {
                    lock (crashes)
                    {
                        crashes.Add(analyzer.GetType().Name + " threw " + exception.GetType().Name + ": " + exception.Message);
                    }
                },
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false,
                reportSuppressedDiagnostics: false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var diagnostics = await compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync(timeout.Token);
            crashes.AddRange(diagnostics.Where(d => d.Id == "AD0001").Select(d => d.GetMessage()));
            var ids = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id).ToList();
            return new CaseOutcome(corpusCase, errors, ids, crashes);
        }

        internal sealed class CaseFileText : AdditionalText
        {
            public CaseFileText(string path) => Path = path;

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) =>
                SourceText.From(File.ReadAllText(Path), Encoding.UTF8);
        }
    }
}
