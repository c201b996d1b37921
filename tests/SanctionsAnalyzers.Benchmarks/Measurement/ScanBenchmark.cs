using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The pre-filters alone, single-threaded, outside the analyzer driver, best of three rounds: the compilation-level
    /// signal search (GeoBlockAnalyzer's bail-out), the candidate scan of every member declaration, and SANC2001's
    /// per-file service scan. The internal types are reached by reflection.
    /// </summary>
    internal static class ScanBenchmark
    {
        private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

        public static string Run(Workload workload)
        {
            var assembly = typeof(GeoBlockAnalyzer).Assembly;
            var contextType = assembly.GetType("SanctionsAnalyzers.Analysis.SanctionsCompilationContext");
            var scannerType = assembly.GetType("SanctionsAnalyzers.Services.ServiceScanner");
            var tryCreate = contextType?.GetMethod("TryCreate", Any);
            var isCandidate = contextType?.GetMethod("IsCandidate", Any);
            var maySignal = contextType?.GetMethod("MayHoldSignal", Any);
            var scannerConstructor = scannerType?.GetConstructor(Any, null, new[] { contextType!, typeof(CancellationToken) }, null);
            var mentions = scannerType?.GetMethod("MentionsAService", Any);
            if (tryCreate is null || isCandidate is null || maySignal is null || scannerConstructor is null || mentions is null)
            {
                return "SanctionsCompilationContext or ServiceScanner not found by reflection";
            }

            var compilation = workload.Fresh();
            var options = new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty);
            var context = tryCreate.Invoke(null, new object[] { compilation, options, CancellationToken.None });
            var members = new List<SyntaxNode>();
            foreach (var tree in compilation.SyntaxTrees)
            {
                members.AddRange(tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax));
            }

            var tokens = members.Sum(member => member.DescendantTokens().Count());
            var characters = compilation.SyntaxTrees.Sum(tree => (long)tree.Length);

            // The first call also indexes the compilation's declarations (constants, gate helpers): timed on its own.
            var index = Stopwatch.StartNew();
            isCandidate.Invoke(context, new object[] { members[0], CancellationToken.None });
            index.Stop();

            var candidates = 0;
            var bail = Best(() => maySignal.Invoke(context, new object[] { CancellationToken.None }));
            var scan = Best(() =>
            {
                candidates = members.Count(member => (bool)isCandidate.Invoke(context, new object[] { member, CancellationToken.None })!);
            });

            // What a candidate costs beyond the scan: its operation tree, bound again by a semantic model (the compiler's
            // own binding of the body is not shared with analyzers). The compilation is compiled first, as it is by the
            // time the driver hands out code blocks, so that lazily completed symbols are not charged to the trees. One
            // round: a second compile per round would double the warm-up.
            var candidateMembers = members.Where(member => (bool)isCandidate.Invoke(context, new object[] { member, CancellationToken.None })!).ToList();
            var compiled = workload.Fresh();
            compiled.GetDiagnostics();
            var models = new Dictionary<SyntaxTree, SemanticModel>();
            var binding = Stopwatch.StartNew();
            var operations = candidateMembers.Count(member =>
            {
                if (!models.TryGetValue(member.SyntaxTree, out var model))
                {
                    models.Add(member.SyntaxTree, model = compiled.GetSemanticModel(member.SyntaxTree));
                }

                return model.GetOperation(member) is not null;
            });
            binding.Stop();

            var services = 0;
            var serviceScan = Best(() =>
            {
                var scanner = scannerConstructor.Invoke(new[] { context, CancellationToken.None });
                services = compilation.SyntaxTrees.Count(tree => (bool)mentions.Invoke(scanner, new object[] { tree, CancellationToken.None })!);
            });

            return $"signal search over all text ({characters / 1024.0 / 1024.0:F1} MiB): {bail.TotalMilliseconds:N1} ms; "
                + $"declaration index: {index.Elapsed.TotalMilliseconds:N1} ms; "
                + $"candidate scan of {members.Count:N0} member declarations ({tokens:N0} tokens): {candidates:N0} candidates, {scan.TotalMilliseconds:N1} ms = {scan.TotalMilliseconds * 1e6 / Math.Max(1, tokens):N0} ns per token; "
                + $"operation trees of the candidates alone: {operations:N0} bound in {binding.Elapsed.TotalMilliseconds:N1} ms after a full compile (one round); "
                + $"service scan of {compilation.SyntaxTrees.Count():N0} files: {services:N0} name a service, {serviceScan.TotalMilliseconds:N1} ms (all single-threaded, best of 3)";
        }

        private static TimeSpan Best(Action action)
        {
            var best = TimeSpan.MaxValue;
            for (var round = 0; round < 3; round++)
            {
                var stopwatch = Stopwatch.StartNew();
                action();
                stopwatch.Stop();
                best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
            }

            return best;
        }
    }
}
