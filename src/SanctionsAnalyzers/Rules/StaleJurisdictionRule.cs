using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC1004: a block names a place whose country-wide program has ended (Syria since 1 Jul 2025, Sudan),
    /// or a whole oblast (UA-14, UA-09) where only part is covered. Reported on the list element or literal.
    /// </summary>
    internal static class StaleJurisdictionRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.StaleJurisdiction,
            title: "Stale or over-wide jurisdiction in a geo-block",
            messageFormat: "Geo-block entry '{0}' names {1}: {2} ({3}); {4}",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A block list names a place whose country-wide sanctions program has ended, or a whole region where only part "
                + "is sanctioned. Remove the entry, or narrow it to the covered area; keep screening listed persons. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.StaleJurisdiction),
            customTags: new[] { "Sanctions", "GeoBlocking" });

        public static IEnumerable<Diagnostic> Evaluate(GeoBlock block, PolicyMap policy)
        {
            if (block.Action.Kind == ActionKind.Neutral)
            {
                yield break;
            }

            foreach (var mention in block.Gate.Mentions)
            {
                var program = policy.GetProgram(mention.Jurisdiction);
                string reason;
                string citation;
                string advice;
                if (mention.Identifier.OverWide)
                {
                    reason = "the whole " + (mention.Identifier.Note ?? mention.Identifier.Value);
                    citation = mention.Identifier.Citation ?? program.Authority;
                    advice = "narrow the block to the covered areas (postal codes, vetted boundaries)";
                }
                else if (program.EndedOn is { } ended)
                {
                    reason = "its country-wide sanctions program ended on " + GeoBlockText.Date(ended);
                    citation = program.EndedCitation ?? program.Authority;
                    advice = "remove it from the block and keep only the screening of listed persons";
                }
                else
                {
                    continue;
                }

                var properties = ImmutableDictionary.CreateBuilder<string, string?>();
                properties[DiagnosticProperties.Jurisdictions] = mention.Jurisdiction.Id;
                properties[DiagnosticProperties.Citation] = citation;
                properties[DiagnosticProperties.PolicyVersion] = block.PolicyVersion;
                properties[DiagnosticProperties.Confidence] = (mention.Identifier.OverWide ? Confidence.Confirmed : program.EndedConfidence).ToString().ToLowerInvariant();

                yield return Diagnostic.Create(
                    Descriptor,
                    mention.Location,
                    properties.ToImmutable(),
                    mention.Identifier.Value,
                    mention.Jurisdiction.Name,
                    reason,
                    citation,
                    advice);
            }
        }
    }
}
