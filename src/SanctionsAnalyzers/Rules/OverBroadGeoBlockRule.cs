using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC1001: a gate on a jurisdiction denies or degrades a feature whose category the jurisdiction's
    /// program authorizes. Reported only on a confirmed, unconditional authorization, and never when the
    /// feature also provides a category the program keeps out (payments): then the block has a basis.
    /// Proxy signals are SANC1003's business.
    /// </summary>
    internal static class OverBroadGeoBlockRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.OverBroadGeoBlock,
            title: "Over-broad geo-block of an authorized communication service",
            messageFormat: "Geo-block on {0} {4} '{1}' ({2}), which {3} authorizes; let the feature through or narrow the block",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A country gate denies people in a sanctioned jurisdiction a communication service that U.S. sanctions authorize "
                + "(for Iran: 31 CFR 560.540, formerly General License D-2). Keep the block only where the law still requires it "
                + "(payments, blocked persons, controlled items). Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.OverBroadGeoBlock),
            customTags: new[] { "Sanctions", "GeoBlocking", "31 CFR 560.540" });

        public static Diagnostic? Evaluate(GeoBlock block)
        {
            if (block.Action.Kind == ActionKind.Neutral || block.Verdicts.IsEmpty || block.Gate.Signal.Kind.IsProxy())
            {
                return null;
            }

            var authorized = AuthorizedVerdicts(block);
            if (authorized.Count == 0)
            {
                return null;
            }

            var jurisdictions = authorized.Select(v => v.Jurisdiction).Distinct().ToList();
            var categories = authorized.Select(v => v.Category).Distinct().ToList();
            var citations = jurisdictions.Count == 1
                ? authorized[0].Citation
                : string.Join("; ", jurisdictions.Select(j => authorized.First(v => v.Jurisdiction == j).Citation + " (" + j.Name + ")"));

            var properties = GeoBlockText.Properties(block);
            properties[DiagnosticProperties.Jurisdictions] = string.Join(",", jurisdictions.Select(j => j.Id));
            properties[DiagnosticProperties.Categories] = string.Join(",", categories.Select(c => c.Id));
            properties[DiagnosticProperties.Citation] = citations;
            properties[DiagnosticProperties.Confidence] = "confirmed";

            return GeoBlockPath.Diagnostic(
                Descriptor,
                block,
                properties,
                GeoBlockText.Jurisdictions(block.Gate, jurisdictions),
                block.Feature.Name,
                GeoBlockText.JoinNames(categories.Select(c => c.DisplayName)) + GeoBlockText.InferenceNote(block.Feature),
                citations,
                GeoBlockText.Verb(block.Action));
        }

        /// <summary>
        /// Confidently authorized verdicts of jurisdictions for which nothing in the feature gives the block a basis.
        /// </summary>
        internal static List<Verdict> AuthorizedVerdicts(GeoBlock block)
        {
            var authorized = new List<Verdict>();
            foreach (var jurisdiction in block.Gate.Jurisdictions)
            {
                var verdicts = block.Verdicts.Where(v => v.Jurisdiction == jurisdiction).ToList();

                // A category the program keeps out gives the block a legitimate basis for this jurisdiction.
                if (verdicts.Any(v => v.Kind is VerdictKind.NotCovered or VerdictKind.Excluded))
                {
                    continue;
                }

                authorized.AddRange(verdicts.Where(v => v.IsConfidentlyAuthorized));
            }

            return authorized;
        }
    }
}
