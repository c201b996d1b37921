using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC1002: a deny/degrade gate whose feature category, or whose jurisdictions, the analyzer cannot know,
    /// or whose verdict rests on an unconfirmed or conditional point. Asks the developer to declare it.
    /// </summary>
    internal static class UnknownScopeGeoBlockRule
    {
        public static readonly DiagnosticDescriptor Descriptor = new DiagnosticDescriptor(
            RuleIds.GeoBlockOfUnknownScope,
            title: "Geo-block of unknown scope",
            messageFormat: "Geo-block on {0} {1} '{2}' ({3}): {4}",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A gate denies or degrades a feature for a sanctioned jurisdiction, but the analyzer cannot decide whether the "
                + "block is required or over-broad: the feature's service category is unknown, the block list comes from a source it "
                + "cannot see, or the authorization is conditional or unconfirmed. Declare the category, or make the list visible to the analyzer. Not legal advice.",
            helpLinkUri: RuleHelp.UriFor(RuleIds.GeoBlockOfUnknownScope),
            customTags: new[] { "Sanctions", "GeoBlocking" });

        public static Diagnostic? Evaluate(GeoBlock block, PolicyMap policy)
        {
            if (block.Action.Kind == ActionKind.Neutral || block.Gate.Signal.Kind.IsProxy())
            {
                return null;
            }

            var (reasonKind, reason) = Reason(block, policy);
            if (reason is null)
            {
                return null;
            }

            var properties = GeoBlockText.Properties(block);
            properties[DiagnosticProperties.Reason] = reasonKind;
            return GeoBlockPath.Diagnostic(
                Descriptor,
                block,
                properties,
                block.Gate.UnresolvedList is null ? GeoBlockText.Jurisdictions(block.Gate, block.Gate.Jurisdictions) : "a list the analyzer cannot see",
                GeoBlockText.Verb(block.Action),
                block.Feature.Name,
                GeoBlockText.Categories(block.Feature),
                reason);
        }

        private static (string? Kind, string? Message) Reason(GeoBlock block, PolicyMap policy)
        {
            // A feature that provides only what no program authorizes (a trading account, a checkout): the block is
            // consistent whatever the list holds, so an unseen list does not matter.
            if (!block.Feature.Categories.IsEmpty
                && block.Feature.Categories.All(c => c.OutsideAuthorization is not null || !policy.IsAuthorizedAnywhere(c.Category)))
            {
                return (null, null);
            }

            if (block.Gate.UnresolvedList is not null)
            {
                return (UnknownScopeReasons.List, "the blocked jurisdictions come from " + block.Gate.UnresolvedList
                    + "; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs");
            }

            if (block.Feature.Categories.IsEmpty)
            {
                var active = block.Gate.Jurisdictions.Where(j => HasConfirmedAuthorization(policy, j)).ToList();
                if (active.Count == 0)
                {
                    return (null, null);
                }

                var citations = string.Join("; ", active.Select(j => CitationOf(policy, j) + " (" + j.Name + ")"));
                return (UnknownScopeReasons.Category, "declare the feature's category with [CommunicationService(\"...\")] on the method or class so the block can be checked against " + citations);
            }

            if (OverBroadGeoBlockRule.AuthorizedVerdicts(block).Count > 0)
            {
                return (null, null);
            }

            // Names that suggest both an authorized service and one outside the authorizations ("ChatPayments") do not
            // decide: the block may be consistent or over-broad. Ask which.
            if (block.Feature.IsInferredFromNames && ConflictingNames(block) is { } conflict)
            {
                return (UnknownScopeReasons.Category, conflict);
            }

            // No confident verdict: an unconfirmed point or an authorization with conditions decides the case.
            var open = block.Verdicts.FirstOrDefault(v =>
                v.Kind == VerdictKind.Unknown || (v.Kind == VerdictKind.Authorized && !v.IsConfidentlyAuthorized));
            if (open is null || block.Verdicts.Any(v => v.Jurisdiction == open.Jurisdiction && v.Kind is VerdictKind.NotCovered or VerdictKind.Excluded))
            {
                return (null, null);
            }

            return open.Kind == VerdictKind.Authorized && open.Condition == AuthorizationCondition.NoCostPersonal
                ? (UnknownScopeReasons.Conditional, "for " + open.Jurisdiction.Name + ", " + open.Category.DisplayName + " is authorized only for no-cost personal communications (" + open.Citation + "); check whether the feature qualifies")
                : (UnknownScopeReasons.Unconfirmed, "for " + open.Jurisdiction.Name + ", whether " + open.Category.DisplayName + " is authorized is unconfirmed (" + open.Citation + "); have it reviewed");
        }

        /// <summary>
        /// "its names suggest both chat (authorized for Iran, 31 CFR 560.540(a)(1)) and payments (not covered)": for the first
        /// jurisdiction whose verdicts on the inferred categories disagree; null when they agree.
        /// </summary>
        private static string? ConflictingNames(GeoBlock block)
        {
            foreach (var jurisdiction in block.Gate.Jurisdictions)
            {
                var verdicts = block.Verdicts.Where(v => v.Jurisdiction == jurisdiction).ToList();
                var authorized = verdicts.Where(v => v.IsConfidentlyAuthorized).ToList();
                var outside = verdicts.Where(v => v.Kind is VerdictKind.NotCovered or VerdictKind.Excluded).ToList();
                if (authorized.Count > 0 && outside.Count > 0)
                {
                    return "its names suggest both " + GeoBlockText.JoinNames(authorized.Select(v => v.Category.DisplayName)) + " (authorized for " + jurisdiction.Name
                        + ", " + authorized[0].Citation + ") and " + GeoBlockText.JoinNames(outside.Select(v => v.Category.DisplayName))
                        + " (outside the authorizations); declare which the feature provides with [CommunicationService(\"...\")] on the method or class";
                }
            }

            return null;
        }

        /// <summary>The jurisdiction's program is in effect and authorizes some category with confidence: a block there may be over-broad.</summary>
        internal static bool HasConfirmedAuthorization(PolicyMap policy, Jurisdiction jurisdiction)
        {
            var program = policy.GetProgram(jurisdiction);
            return program.EndedOn is null && program.Authorizations.Any(a => a.Confidence != Confidence.Unconfirmed);
        }

        private static string CitationOf(PolicyMap policy, Jurisdiction jurisdiction) =>
            policy.GetProgram(jurisdiction).Authorizations.First(a => a.Confidence != Confidence.Unconfirmed).DisplayCitation;
    }
}
