using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Scope;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// SANC1001 and SANC1002 for gates in middleware, filters and authorization handlers: decided at compilation end,
    /// once every endpoint the gate guards is known. Same IDs and meaning as the method-level rules.
    /// </summary>
    internal static class WholeAppGeoBlockRule
    {
        // Same IDs on purpose: a whole-app SANC1001 is the same finding as a method-level one, decided later; the
        // CompilationEnd tag tells the IDE that these come from full-compilation analysis.
#pragma warning disable RS1019 // Diagnostic ID already used by another descriptor

        public static readonly DiagnosticDescriptor OverBroad = new DiagnosticDescriptor(
            RuleIds.OverBroadGeoBlock,
            title: OverBroadGeoBlockRule.Descriptor.Title,
            messageFormat: "Geo-block on {0} in {1} {2} {3} ({4}), which {5} authorizes; exempt these features or narrow the block",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: OverBroadGeoBlockRule.Descriptor.Description,
            helpLinkUri: RuleHelp.UriFor(RuleIds.OverBroadGeoBlock),
            customTags: new[] { "Sanctions", "GeoBlocking", "31 CFR 560.540", WellKnownDiagnosticTags.CompilationEnd });

        public static readonly DiagnosticDescriptor UnknownScope = new DiagnosticDescriptor(
            RuleIds.GeoBlockOfUnknownScope,
            title: UnknownScopeGeoBlockRule.Descriptor.Title,
            messageFormat: "Geo-block on {0} in {1} {2}: {3}",
            category: RuleCategories.GeoBlocking,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: UnknownScopeGeoBlockRule.Descriptor.Description,
            helpLinkUri: RuleHelp.UriFor(RuleIds.GeoBlockOfUnknownScope),
            customTags: new[] { "Sanctions", "GeoBlocking", WellKnownDiagnosticTags.CompilationEnd });
#pragma warning restore RS1019

        public static Diagnostic? Evaluate(CrossCuttingGate gate, AppModel model, PolicyMap policy, Services.NameVocabulary vocabulary)
        {
            var block = gate.Block;
            if (block.Action.Kind == ActionKind.Neutral || block.Gate.Signal.Kind.IsProxy() || block.Gate.UnresolvedList is not null)
            {
                return null;
            }

            var covered = model.CoveredBy(gate).Select(f => f.Categories.IsEmpty ? WithPolicyNames(f, model.PoliciesBringing(gate, f), vocabulary) : f).ToList();
            if (!covered.Any(f => f.Categories.Length > 0) && PathFeature(gate, vocabulary) is { } paths)
            {
                // No endpoint with a known category is visible, but the gate's own condition names the requests it
                // singles out ("/api/messages"): those paths are the feature, judged by their names.
                covered = new List<AppFeature> { paths };
            }
            else if (!covered.Any(f => f.Categories.Length > 0) && Detection.RefusalText.IsNamedByText(block.Feature) && block.Action.Operation is { } refusal)
            {
                // Nor do its paths name anything, but its refusal tells users what they are refused ("Map search is not available").
                covered = new List<AppFeature> { new AppFeature(AppFeatureKind.Endpoint, "what it refuses", null, block.Feature.Categories, ImmutableArray<string>.Empty, refusal.Syntax.GetLocation(), null) };
            }

            var component = Describe(gate.Kind) + " '" + gate.ComponentName + "'";
            var verb = GeoBlockText.Verb(block.Action);
            var unknownScope = model.HasUnknownScope(gate);
            if (unknownScope || !covered.Any(f => f.Categories.Length > 0))
            {
                var reason = unknownScope
                    ? "which requests reach it depends on a condition the analyzer cannot read (a pipeline branch that is not a path check, or a filter registered elsewhere); declare the categories of the endpoints it guards"
                    : "no endpoint of this project with a known category is found behind it; declare the categories of the endpoints it guards";
                // North Korea alone, say: no category is authorized, so whatever the gate guards, the block is consistent.
                if (!block.Gate.Jurisdictions.Any(j => UnknownScopeGeoBlockRule.HasConfirmedAuthorization(policy, j)))
                {
                    return null;
                }

                var unknownProperties = GeoBlockText.Properties(block);
                unknownProperties[DiagnosticProperties.Scope] = GateScopes.WholeApplication;
                unknownProperties[DiagnosticProperties.Reason] = UnknownScopeReasons.Endpoints;
                return Diagnostic.Create(UnknownScope, block.Gate.Comparison.Syntax.GetLocation(), unknownProperties.ToImmutable(), GeoBlockText.Jurisdictions(block.Gate, block.Gate.Jurisdictions), component, verb, reason);
            }

            // Per feature: the jurisdictions whose program confidently authorizes one of its categories, unless the
            // feature also provides a category the program keeps out.
            var authorized = new List<(AppFeature Feature, Verdict Verdict)>();
            foreach (var feature in covered)
            {
                foreach (var jurisdiction in block.Gate.Jurisdictions)
                {
                    var verdicts = feature.Categories.Select(c => policy.Evaluate(jurisdiction, c.Category)).ToList();
                    if (verdicts.Any(v => v.Kind is VerdictKind.NotCovered or VerdictKind.Excluded))
                    {
                        continue;
                    }

                    authorized.AddRange(verdicts.Where(v => v.IsConfidentlyAuthorized).Select(v => (feature, v)));
                }
            }

            if (authorized.Count == 0)
            {
                return null;
            }

            var features = authorized.Select(a => a.Feature).Distinct().ToList();
            var jurisdictions = authorized.Select(a => a.Verdict.Jurisdiction).Distinct().ToList();
            var categories = authorized.Select(a => a.Verdict.Category).Distinct().ToList();
            var citations = string.Join("; ", jurisdictions.Select(j => authorized.First(a => a.Verdict.Jurisdiction == j).Verdict.Citation
                + (jurisdictions.Count > 1 ? " (" + j.Name + ")" : string.Empty)));

            var properties = GeoBlockText.Properties(block);
            properties[DiagnosticProperties.Jurisdictions] = string.Join(",", jurisdictions.Select(j => j.Id));
            properties[DiagnosticProperties.Categories] = string.Join(",", categories.Select(c => c.Id));
            properties[DiagnosticProperties.Feature] = string.Join(", ", features.Select(f => f.Name));
            properties[DiagnosticProperties.Citation] = citations;
            properties[DiagnosticProperties.Confidence] = "confirmed";
            properties[DiagnosticProperties.Scope] = GateScopes.WholeApplication;
            properties.Remove(DiagnosticProperties.SuggestedCategories);
            // Categories that only the features' names gave: say so, and how to confirm or correct them.
            var inferred = authorized.Select(a => a.Feature).Distinct().Where(f => f.Categories.All(c => c.Strength == EvidenceStrength.Name)).ToList();
            properties[DiagnosticProperties.EvidenceTier] = features.SelectMany(f => f.Categories).Min(c => c.Strength).ToString();
            var note = inferred.Count == 0 ? string.Empty : GeoBlockText.InferenceNote(inferred.SelectMany(f => f.Categories).Where(c => categories.Contains(c.Category)).Take(4));

            return GeoBlockPath.Diagnostic(
                OverBroad,
                block,
                features.Select(f => f.Location),
                properties,
                GeoBlockText.Jurisdictions(block.Gate, jurisdictions),
                component,
                verb,
                GeoBlockText.JoinNames(features.Select(f => "'" + f.Name + "'" + (f.Route is null ? string.Empty : " (" + f.Route + ")"))),
                GeoBlockText.JoinNames(categories.Select(c => c.DisplayName)) + note,
                citations);
        }

        /// <summary>
        /// An endpoint whose own names say nothing, guarded through a policy whose name does (<c>[Authorize(Policy = "QuizTakers")]</c>
        /// on a TestSessionsController): the policy's name is a name of the endpoint, the weakest tier.
        /// </summary>
        private static AppFeature WithPolicyNames(AppFeature feature, IEnumerable<string> policies, Services.NameVocabulary vocabulary)
        {
            var evidence = new List<CategoryEvidence>();
            foreach (var policy in policies)
            {
                foreach (var category in vocabulary.Match(policy).SelectMany(m => m.Categories))
                {
                    if (!evidence.Any(e => e.Category == category))
                    {
                        evidence.Add(new CategoryEvidence(category, EvidenceStrength.Name, "the policy name '" + policy + "'"));
                    }
                }
            }

            return evidence.Count == 0 ? feature : new AppFeature(
                feature.Kind, feature.Name, feature.Route, evidence.ToImmutableArray(), feature.Policies, feature.Location, feature.Type, feature.EndpointFilters, feature.Action);
        }

        /// <summary>The requests the gate's condition singles out, as one feature whose categories come from the paths' words.</summary>
        private static AppFeature? PathFeature(CrossCuttingGate gate, Services.NameVocabulary vocabulary)
        {
            var evidence = new List<CategoryEvidence>();
            foreach (var path in gate.GuardedPaths)
            {
                foreach (var category in vocabulary.MatchText(path).SelectMany(m => m.Categories))
                {
                    if (!evidence.Any(e => e.Category == category))
                    {
                        evidence.Add(new CategoryEvidence(category, EvidenceStrength.Name, "the request path '" + path + "'"));
                    }
                }
            }

            return evidence.Count == 0 ? null : new AppFeature(
                AppFeatureKind.Endpoint,
                "requests to " + string.Join(", ", gate.GuardedPaths),
                null,
                evidence.ToImmutableArray(),
                ImmutableArray<string>.Empty,
                gate.Block.Gate.Comparison.Syntax.GetLocation(),
                null);
        }

        private static string Describe(ComponentKind kind) => kind switch
        {
            ComponentKind.HubFilter => "hub filter",
            ComponentKind.MvcFilter => "MVC filter",
            ComponentKind.EndpointFilter => "endpoint filter",
            ComponentKind.AuthorizationHandler => "authorization handler",
            ComponentKind.GrpcInterceptor => "gRPC interceptor",
            ComponentKind.PolicyAssertion => "authorization policy",
            ComponentKind.GlobalPolicyAssertion => "fallback authorization policy",
            _ => "middleware",
        };
    }
}
