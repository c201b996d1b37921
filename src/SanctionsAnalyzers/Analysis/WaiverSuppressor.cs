using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Configuration;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Applies SanctionsWaivers.txt: a waived diagnostic is suppressed with a justification naming the reason, so that
    /// it shows as a suppression in SARIF rather than disappearing. Expired waivers no longer apply.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class WaiverSuppressor : DiagnosticSuppressor
    {
        private static readonly ImmutableDictionary<(string Rule, string Reason), SuppressionDescriptor> Descriptors =
            (from rule in WaiverFile.WaivableRules
             from reason in WaiverFile.Reasons
             select new SuppressionDescriptor(
                 "SANCW" + rule.Substring(4) + "-" + reason,
                 rule,
                 "Waived in SanctionsWaivers.txt (" + reason + "): " + Explain(reason)))
            .ToImmutableDictionary(d => (d.SuppressedDiagnosticId, d.Id.Substring(d.Id.IndexOf('-') + 1)));

        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = Descriptors.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var waivers = WaiverFile.ReadAll(context.Options.AdditionalFiles, context.CancellationToken);
            if (waivers.IsEmpty)
            {
                return;
            }

            var today = WaiverFile.Today(context.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                var tree = diagnostic.Location.SourceTree;
                ISymbol? container = null;
                if (tree is not null && context.Compilation.ContainsSyntaxTree(tree))
                {
                    container = context.GetSemanticModel(tree).GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, context.CancellationToken);
                }

                var path = diagnostic.Location.GetLineSpan().Path ?? string.Empty;
                var waiver = waivers.FirstOrDefault(w => (today is null || w.Expires >= today) && WaiverFile.Covers(w, diagnostic.Id, path, container));
                if (waiver is not null && Descriptors.TryGetValue((diagnostic.Id, waiver.Reason), out var descriptor))
                {
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
                }
            }
        }

        private static string Explain(string reason) => reason switch
        {
            "legal-review" => "counsel reviewed the block and requires it",
            "blocked-persons" => "the block screens listed persons",
            "controlled-item" => "the item is outside EAR99 / 5D992.c",
            "commercial-connectivity" => "commercial-grade connectivity is excluded",
            "contractual" => "a contract requires the block",
            _ => "the finding is a false positive",
        };
    }
}
