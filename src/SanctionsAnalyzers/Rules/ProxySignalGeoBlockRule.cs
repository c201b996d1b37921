using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC1003: a deny/degrade keyed on a proxy signal (phone prefix, culture or language, time zone, currency,
    /// TLD). A proxy hits people who are not in the jurisdiction and misses people who are. No code fix: the
    /// right replacement (a location or residence check) depends on the product.
    /// </summary>
    internal static class ProxySignalGeoBlockRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.ProxySignalGeoBlock,
            title: "Geo-block keyed on a proxy signal",
            messageFormat: "Geo-block on {0} {1} '{2}' ({3}) by {4}, a {5} proxy: it also hits {6}, and misses people in {0} who do not match; sanctions ({7}) follow location and residence, not proxies",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A block keyed on a phone prefix, culture or language, time zone, currency or top-level domain singles out people "
                + "who are not in the sanctioned jurisdiction (an Iranian number used abroad, a Persian speaker in Afghanistan) and lets "
                + "through people who are. Use a location or residence signal, and keep the block only where the law requires it. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.ProxySignalGeoBlock),
            customTags: new[] { "Sanctions", "GeoBlocking", "ProxySignal" });

        public static Diagnostic? Evaluate(GeoBlock block, PolicyMap policy)
        {
            if (block.Action.Kind == ActionKind.Neutral || !block.Gate.Signal.Kind.IsProxy() || block.Gate.Mentions.IsEmpty)
            {
                return null;
            }

            // A block the policy requires (payments, ended programs aside) gets no visible diagnostic, proxy or not.
            var open = block.Gate.Mentions.FirstOrDefault(m => !HasBasis(block, m.Jurisdiction, policy));
            if (open is null)
            {
                return null;
            }

            var mention = open;
            var properties = GeoBlockText.Properties(block);
            properties[DiagnosticProperties.Citation] = string.Join("; ", block.Gate.Jurisdictions.Select(j => policy.GetProgram(j).Authority).Distinct());

            return GeoBlockPath.Diagnostic(
                Descriptor,
                block,
                properties,
                GeoBlockText.Jurisdictions(block.Gate, block.Gate.Jurisdictions),
                GeoBlockText.Verb(block.Action),
                block.Feature.Name,
                GeoBlockText.Categories(block.Feature),
                block.Gate.Signal.Description,
                block.Gate.Signal.Kind.Describe(),
                WhoElseIsHit(block.Gate.Signal.Kind, mention),
                string.Join("; ", block.Gate.Jurisdictions.Select(j => policy.GetProgram(j).Authority).Distinct()));
        }

        /// <summary>The program has ended (SANC1004's business) or the feature provides a category it keeps out.</summary>
        private static bool HasBasis(GeoBlock block, Jurisdiction jurisdiction, PolicyMap policy) =>
            policy.GetProgram(jurisdiction).EndedOn is not null
            || block.Verdicts.Any(v => v.Jurisdiction == jurisdiction && v.Kind is VerdictKind.NotCovered or VerdictKind.Excluded);

        /// <summary>The people outside the jurisdiction that the proxy also singles out.</summary>
        private static string WhoElseIsHit(SignalKind kind, JurisdictionMention mention)
        {
            if (mention.Identifier.Note is { } note)
            {
                return note;
            }

            var place = mention.Jurisdiction.Name;
            var value = mention.Identifier.Value;
            return kind switch
            {
                SignalKind.PhonePrefix => "people outside " + place + " who keep a " + CallingCode(value) + " phone number",
                SignalKind.PhoneRegion => "people outside " + place + " who keep a phone number from there",
                SignalKind.Culture => "anyone whose device or profile uses '" + value + "', wherever they live",
                SignalKind.TimeZone => "anyone whose device is set to " + value + ", wherever they are",
                SignalKind.Currency => "anyone paying or pricing in " + value + " outside " + place,
                _ => "anyone with a " + value + " address or domain outside " + place,
            };
        }

        /// <summary>"+98" for "98" and "0098", so that messages read the way people write numbers.</summary>
        private static string CallingCode(string value) =>
            value.StartsWith("+", System.StringComparison.Ordinal) ? value
            : value.StartsWith("00", System.StringComparison.Ordinal) ? "+" + value.Substring(2)
            : "+" + value;
    }
}
