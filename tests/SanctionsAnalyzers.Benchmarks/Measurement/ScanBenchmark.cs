using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// The token scan alone, single-threaded, outside the analyzer driver: CandidateScanner.IsCandidate (internal,
    /// reached by reflection) over every member declaration of a corpus; best of three rounds.
    /// </summary>
    internal static class ScanBenchmark
    {
        public static string Run(Workload workload)
        {
            var scannerType = typeof(GeoBlockAnalyzer).Assembly.GetType("SanctionsAnalyzers.Detection.CandidateScanner");
            var scanner = scannerType?.GetProperty("Embedded", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null);
            var method = scannerType?.GetMethod("IsCandidate", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(SyntaxNode) }, null);
            if (scanner is null || method is null || method.ReturnType != typeof(bool))
            {
                return "CandidateScanner not found by reflection";
            }

            var isCandidate = (Func<SyntaxNode, bool>)Delegate.CreateDelegate(typeof(Func<SyntaxNode, bool>), scanner, method);
            var members = new List<SyntaxNode>();
            foreach (var tree in workload.Fresh().SyntaxTrees)
            {
                members.AddRange(tree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>().Where(m => m is not BaseTypeDeclarationSyntax and not BaseNamespaceDeclarationSyntax));
            }

            var tokens = members.Sum(member => member.DescendantTokens().Count());
            var best = TimeSpan.MaxValue;
            var candidates = 0;
            for (var round = 0; round < 3; round++)
            {
                candidates = 0;
                var stopwatch = Stopwatch.StartNew();
                foreach (var member in members)
                {
                    if (isCandidate(member))
                    {
                        candidates++;
                    }
                }

                stopwatch.Stop();
                best = stopwatch.Elapsed < best ? stopwatch.Elapsed : best;
            }

            return $"{members.Count:N0} member declarations, {tokens:N0} tokens, {candidates:N0} candidates: {best.TotalMilliseconds:N0} ms single-threaded (best of 3), {best.TotalMilliseconds * 1e6 / Math.Max(1, tokens):N0} ns per token";
        }
    }
}
