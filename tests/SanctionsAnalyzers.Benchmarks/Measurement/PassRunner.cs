using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Benchmarks.Measurement
{
    /// <summary>What is run in one pass: the compiler alone, or the compiler with a set of analyzers.</summary>
    internal sealed class Subject
    {
        public Subject(string name, ImmutableArray<DiagnosticAnalyzer> analyzers)
        {
            Name = name;
            Analyzers = analyzers;
        }

        public string Name { get; }

        /// <summary>Empty for "compile only".</summary>
        public ImmutableArray<DiagnosticAnalyzer> Analyzers { get; }
    }

    /// <summary>One measured pass.</summary>
    internal sealed class PassResult
    {
        /// <summary>Registered action counts per analyzer type name, from the driver's telemetry ("CodeBlock 1, Symbol 1, ...").</summary>
        public IReadOnlyDictionary<string, string> Registrations { get; init; } = new Dictionary<string, string>();

        /// <summary>No analyzer of the pass needed compilation events, so the runner compiled explicitly within the pass.</summary>
        public bool CompiledExplicitly { get; init; }

        public PassResult(double wallMs, double cpuMs, IReadOnlyDictionary<string, double> executionByAnalyzer, long allocatedBytes, long peakHeapBytes, ImmutableArray<Diagnostic> diagnostics)
        {
            ExecutionByAnalyzer = executionByAnalyzer;
            ExecutionMs = executionByAnalyzer.Values.Sum();
            WallMs = wallMs;
            CpuMs = cpuMs;
            AllocatedBytes = allocatedBytes;
            PeakHeapBytes = peakHeapBytes;
            Diagnostics = diagnostics;
        }

        /// <summary>Whole pass (Stopwatch): the compiler's diagnostics, or with analyzers the analysis result, which drives the same compilation.</summary>
        public double WallMs { get; }

        /// <summary>Process CPU time (user + kernel, all threads) during the pass: less sensitive than wall time to other load on the machine.</summary>
        public double CpuMs { get; }

        /// <summary>Sum of the subject's analyzers' ExecutionTime (driver telemetry): time spent inside their callbacks.</summary>
        public double ExecutionMs { get; }

        /// <summary>ExecutionTime per analyzer type name, in milliseconds.</summary>
        public IReadOnlyDictionary<string, double> ExecutionByAnalyzer { get; }

        /// <summary>GC.GetTotalAllocatedBytes(precise) after minus before.</summary>
        public long AllocatedBytes { get; }

        /// <summary>Highest GC.GetTotalMemory(false) sampled during the pass minus the value before it (after a full collection).</summary>
        public long PeakHeapBytes { get; }

        /// <summary>Compiler diagnostics for "compile only"; analyzer diagnostics (AnalysisResult) otherwise.</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }
    }

    internal static class PassRunner
    {
        public static async Task<PassResult> RunAsync(Workload workload, Subject subject, AnalyzerOptions options)
        {
            var compilation = workload.Fresh();
            Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var heapBefore = GC.GetTotalMemory(forceFullCollection: false);
            using var process = Process.GetCurrentProcess();
            using var sampler = new HeapSampler();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();

            ImmutableArray<Diagnostic> diagnostics;
            var executionMs = new Dictionary<string, double>(StringComparer.Ordinal);
            var registrations = new Dictionary<string, string>(StringComparer.Ordinal);
            var compiledExplicitly = false;
            if (subject.Analyzers.IsEmpty)
            {
                diagnostics = compilation.GetDiagnostics(CancellationToken.None);
                stopwatch.Stop();
            }
            else
            {
                var withAnalyzers = compilation.WithAnalyzers(
                    subject.Analyzers,
                    new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
                // GetAnalysisResultAsync drives the whole compilation (it calls GetDiagnostics on the compilation that
                // feeds the driver's event queue, binding every method body) and keeps the execution-time telemetry;
                // GetAllDiagnosticsAsync does the same work but, in Roslyn 4.8, leaves the telemetry empty.
                var analysis = await withAnalyzers.GetAnalysisResultAsync(CancellationToken.None).ConfigureAwait(false);
                var needsEvents = false;
                foreach (var analyzer in subject.Analyzers)
                {
                    var telemetry = analysis.AnalyzerTelemetryInfo.TryGetValue(analyzer, out var info)
                        ? info
                        : await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).ConfigureAwait(false);
                    var key = analyzer.GetType().Name;
                    registrations[key] = Registered(telemetry);
                    executionMs[key] = (executionMs.TryGetValue(key, out var sum) ? sum : 0) + telemetry.ExecutionTime.TotalMilliseconds;
                    needsEvents |= NeedsCompilationEvents(telemetry);
                }

                // CompilationWithAnalyzers compiles only for analyzers that need compilation events; a compiler host
                // compiles anyway. When every analyzer of the pass bailed out (registered no such action), the pass
                // compiles explicitly, so that it still measures "compile + analyzers".
                var compilerDiagnostics = needsEvents ? ImmutableArray<Diagnostic>.Empty : compilation.GetDiagnostics(CancellationToken.None);
                stopwatch.Stop();
                diagnostics = analysis.GetAllDiagnostics().AddRange(compilerDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
                compiledExplicitly = !needsEvents;
            }

            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuBefore;
            var peak = sampler.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            return new PassResult(stopwatch.Elapsed.TotalMilliseconds, cpu.TotalMilliseconds, executionMs, allocated, Math.Max(0, peak - heapBefore), diagnostics)
            {
                Registrations = registrations,
                CompiledExplicitly = compiledExplicitly,
            };
        }

        /// <summary>Actions that make the driver subscribe to compilation events (and so compile).</summary>
        private static bool NeedsCompilationEvents(Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo telemetry) =>
            telemetry.SemanticModelActionsCount + telemetry.SymbolActionsCount + telemetry.SymbolStartActionsCount + telemetry.SymbolEndActionsCount
            + telemetry.SyntaxNodeActionsCount + telemetry.CodeBlockStartActionsCount + telemetry.CodeBlockEndActionsCount + telemetry.CodeBlockActionsCount
            + telemetry.OperationBlockStartActionsCount + telemetry.OperationBlockEndActionsCount + telemetry.OperationBlockActionsCount
            + telemetry.OperationActionsCount + telemetry.CompilationEndActionsCount > 0;

        private static string Registered(Microsoft.CodeAnalysis.Diagnostics.Telemetry.AnalyzerTelemetryInfo telemetry)
        {
            var counts = new (string Name, int Count)[]
            {
                ("CompilationStart", telemetry.CompilationStartActionsCount),
                ("CompilationEnd", telemetry.CompilationEndActionsCount),
                ("Compilation", telemetry.CompilationActionsCount),
                ("SyntaxTree", telemetry.SyntaxTreeActionsCount),
                ("AdditionalFile", telemetry.AdditionalFileActionsCount),
                ("SemanticModel", telemetry.SemanticModelActionsCount),
                ("Symbol", telemetry.SymbolActionsCount),
                ("SymbolStart", telemetry.SymbolStartActionsCount),
                ("SymbolEnd", telemetry.SymbolEndActionsCount),
                ("SyntaxNode", telemetry.SyntaxNodeActionsCount),
                ("CodeBlockStart", telemetry.CodeBlockStartActionsCount),
                ("CodeBlockEnd", telemetry.CodeBlockEndActionsCount),
                ("CodeBlock", telemetry.CodeBlockActionsCount),
                ("OperationBlockStart", telemetry.OperationBlockStartActionsCount),
                ("OperationBlockEnd", telemetry.OperationBlockEndActionsCount),
                ("OperationBlock", telemetry.OperationBlockActionsCount),
                ("Operation", telemetry.OperationActionsCount),
            };
            var registered = string.Join(", ", counts.Where(c => c.Count > 0).Select(c => c.Name + " " + c.Count));
            return registered.Length == 0 ? "no actions (a suppressor, or nothing registered)" : registered;
        }

        private static void Collect()
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        public static double Median(IEnumerable<double> values)
        {
            var sorted = values.OrderBy(v => v).ToArray();
            if (sorted.Length == 0)
            {
                return double.NaN;
            }

            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        /// <summary>Samples the managed heap every 5 ms on a background thread.</summary>
        private sealed class HeapSampler : IDisposable
        {
            private readonly Thread _thread;
            private volatile bool _stop;
            private long _peak;

            public HeapSampler()
            {
                _peak = GC.GetTotalMemory(false);
                _thread = new Thread(() =>
                {
                    while (!_stop)
                    {
                        var now = GC.GetTotalMemory(false);
                        if (now > Interlocked.Read(ref _peak))
                        {
                            Interlocked.Exchange(ref _peak, now);
                        }

                        Thread.Sleep(5);
                    }
                })
                {
                    IsBackground = true,
                    Name = "heap sampler",
                };
                _thread.Start();
            }

            public long Stop()
            {
                _stop = true;
                _thread.Join();
                var now = GC.GetTotalMemory(false);
                return Math.Max(Interlocked.Read(ref _peak), now);
            }

            public void Dispose()
            {
                if (!_stop)
                {
                    Stop();
                }
            }
        }
    }
}
