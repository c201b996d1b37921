using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Not timed: counts the code blocks a SanctionsAnalyzers-shaped analyzer is handed, how many pass the candidate
    /// scan and why, and how many sit in files that name a service (SANC2001's per-file look). It reaches the internal
    /// SanctionsCompilationContext and ServiceScanner by reflection; when they are not found it counts blocks only.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class CandidateProbe : DiagnosticAnalyzer
    {
        private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        private static readonly DiagnosticDescriptor Never = new DiagnosticDescriptor(
            "PROBE0001",
            "Never reported",
            "Never reported",
            "Benchmark",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true);

        private static readonly Type? ContextType = typeof(SanctionsAnalyzers.Analysis.GeoBlockAnalyzer).Assembly.GetType("SanctionsAnalyzers.Analysis.SanctionsCompilationContext");
        private static readonly Type? ServiceScannerType = typeof(SanctionsAnalyzers.Analysis.GeoBlockAnalyzer).Assembly.GetType("SanctionsAnalyzers.Services.ServiceScanner");

        private readonly ConcurrentDictionary<string, int> _reasons = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _candidateKinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        private readonly Func<SyntaxTree, string> _kindOf;
        private int _blocks;
        private int _candidates;
        private int _serviceBlocks;
        private int _serviceFiles;
        private IReadOnlyCollection<string> _serviceWords = Array.Empty<string>();
        private bool? _maySignal;

        /// <param name="kindOf">The generated file kind of a tree (controller, hub...), to say where candidates come from.</param>
        public CandidateProbe(Func<SyntaxTree, string> kindOf)
        {
            _kindOf = kindOf;
        }

        public bool ScannerFound { get; private set; }

        public bool ServiceScannerFound { get; private set; }

        public int Blocks => _blocks;

        public int Candidates => _candidates;

        /// <summary>Code blocks in files that name a service: those get an operation tree for SANC2001.</summary>
        public int ServiceBlocks => _serviceBlocks;

        public int ServiceFiles => _serviceFiles;

        /// <summary>The identifiers that count as naming a service in this compilation.</summary>
        public IReadOnlyCollection<string> ServiceWords => _serviceWords;

        /// <summary>The compilation-level answer: false means GeoBlockAnalyzer registers nothing.</summary>
        public bool? MayHoldSignal => _maySignal;

        /// <summary>What the scan saw in each code block ("candidate: Signal, Jurisdiction", "no signal fragment in the text").</summary>
        public IReadOnlyList<KeyValuePair<string, int>> Reasons =>
            _reasons.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        /// <summary>Candidates by the kind of file that holds them, most first.</summary>
        public IReadOnlyList<KeyValuePair<string, int>> CandidateKinds =>
            _candidateKinds.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).ToList();

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.RegisterCompilationStartAction(start =>
            {
                var sanctions = ContextType?.GetMethod("TryCreate", Any)?.Invoke(null, new object[] { start.Compilation, start.Options, CancellationToken.None });
                var explain = sanctions is null ? null : ContextType!.GetMethod("ExplainCandidate", Any);
                var maySignal = sanctions is null ? null : ContextType!.GetMethod("MayHoldSignal", Any);
                ScannerFound = explain is not null && maySignal is not null;
                if (ScannerFound)
                {
                    _maySignal = (bool)maySignal!.Invoke(sanctions, new object[] { CancellationToken.None })!;
                }

                var scanner = sanctions is null ? null : ServiceScannerType?.GetConstructor(Any, null, new[] { ContextType!, typeof(CancellationToken) }, null)?.Invoke(new[] { sanctions, CancellationToken.None });
                var mentions = ServiceScannerType?.GetMethod("MentionsAService", Any);
                ServiceScannerFound = scanner is not null && mentions is not null;
                if (ServiceScannerFound)
                {
                    _serviceWords = (IReadOnlyCollection<string>?)ServiceScannerType!.GetProperty("Identifiers", Any)?.GetValue(scanner) ?? Array.Empty<string>();
                    start.RegisterSyntaxTreeAction(tree =>
                    {
                        if ((bool)mentions!.Invoke(scanner, new object[] { tree.Tree, CancellationToken.None })!)
                        {
                            Interlocked.Increment(ref _serviceFiles);
                        }
                    });
                }

                start.RegisterCodeBlockAction(block =>
                {
                    Interlocked.Increment(ref _blocks);
                    if (ServiceScannerFound && (bool)mentions!.Invoke(scanner, new object[] { block.CodeBlock.SyntaxTree, CancellationToken.None })!)
                    {
                        Interlocked.Increment(ref _serviceBlocks);
                    }

                    if (ScannerFound)
                    {
                        var reason = (string)explain!.Invoke(sanctions, new object[] { block.CodeBlock, CancellationToken.None })!;
                        if (reason.StartsWith("candidate", StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref _candidates);
                            _candidateKinds.AddOrUpdate(_kindOf(block.CodeBlock.SyntaxTree), 1, (_, count) => count + 1);
                        }

                        _reasons.AddOrUpdate(reason, 1, (_, count) => count + 1);
                    }
                });
            });
        }
    }
}
