using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>
    /// The findings one compilation produced, checked against its waivers at the end: a waiver in effect whose target
    /// exists but that covers no finding has outlived the code it was written for (SANC0002). The geo-block analyzer
    /// records its own findings here, since no analyzer sees another's diagnostics.
    /// </summary>
    internal sealed class WaiverUsage
    {
        private readonly ImmutableArray<Waiver> _waivers;
        private readonly DateTime? _today;
        private readonly ConcurrentBag<(Diagnostic Diagnostic, ISymbol? Owner)> _findings = new ConcurrentBag<(Diagnostic, ISymbol?)>();

        private WaiverUsage(ImmutableArray<Waiver> waivers, DateTime? today)
        {
            _waivers = waivers;
            _today = today;
        }

        /// <summary>Null when the project has no waivers: then nothing is recorded.</summary>
        public static WaiverUsage? Create(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var waivers = WaiverFile.ReadAll(options.AdditionalFiles, cancellationToken);
            return waivers.IsEmpty ? null : new WaiverUsage(waivers, WaiverFile.Today(options.AnalyzerConfigOptionsProvider.GlobalOptions));
        }

        /// <summary>Records a finding of a waivable rule, with the symbol whose code produced it.</summary>
        public void Record(Diagnostic diagnostic, ISymbol? owner)
        {
            if (WaiverFile.WaivableRules.Contains(diagnostic.Id))
            {
                _findings.Add((diagnostic, owner));
            }
        }

        /// <summary>SANC0002 for each waiver in effect, with an existing target, that covers none of the recorded findings.</summary>
        public IEnumerable<Diagnostic> Unused(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var findings = _findings.ToArray();
            var containers = new Dictionary<Diagnostic, ISymbol?>();
            foreach (var waiver in _waivers)
            {
                // Expired waivers and missing targets are the configuration analyzer's findings.
                if ((_today is { } today && waiver.Expires < today) || !WaiverFile.TargetExists(waiver, compilation, options.AdditionalFiles))
                {
                    continue;
                }

                var used = findings.Any(f => f.Diagnostic.Id == waiver.RuleId
                    && WaiverFile.Covers(waiver, f.Diagnostic.Id, f.Diagnostic.Location.GetLineSpan().Path ?? string.Empty, ContainerOf(f, waiver, compilation, containers, cancellationToken)));
                if (!used)
                {
                    yield return Diagnostic.Create(
                        WaiverNotAppliedRule.Descriptor,
                        waiver.Location,
                        waiver.RuleId,
                        waiver.Target,
                        "it matches no " + waiver.RuleId + " finding in this build; remove it, or correct its rule or target");
                }
            }
        }

        /// <summary>
        /// The symbol the suppressor will see for the finding: the code block's own symbol when the finding is in its
        /// file, else the symbol enclosing the finding (a list entry in another file), looked up once.
        /// </summary>
        private static ISymbol? ContainerOf((Diagnostic Diagnostic, ISymbol? Owner) finding, Waiver waiver, Compilation compilation, Dictionary<Diagnostic, ISymbol?> cache, CancellationToken cancellationToken)
        {
            if (waiver.IsPathTarget)
            {
                return null;
            }

            var tree = finding.Diagnostic.Location.SourceTree;
            var span = finding.Diagnostic.Location.SourceSpan;
            if (tree is null || finding.Owner?.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == tree && r.Span.Contains(span)) == true)
            {
                return finding.Owner;
            }

            if (!cache.TryGetValue(finding.Diagnostic, out var container))
            {
                // Only for findings reported away from their code block, and only when a waiver names a symbol.
#pragma warning disable RS1030 // Compilation end, rare: what the waiver suppressor's own semantic model gives.
                container = compilation.ContainsSyntaxTree(tree)
                    ? compilation.GetSemanticModel(tree).GetEnclosingSymbol(span.Start, cancellationToken)
                    : null;
#pragma warning restore RS1030
                cache[finding.Diagnostic] = container;
            }

            return container;
        }
    }
}
