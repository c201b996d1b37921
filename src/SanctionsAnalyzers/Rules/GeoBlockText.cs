using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>Wording and diagnostic properties shared by the SANC1xxx rules.</summary>
    internal static class GeoBlockText
    {
        /// <summary>"Iran (IR)", "Iran (IR) and Cuba (CU)", "Iran (IR), Cuba (CU) and North Korea (KP)".</summary>
        public static string JoinNames(IEnumerable<string> names)
        {
            var list = names.ToList();
            return list.Count <= 1 ? string.Join(string.Empty, list) : string.Join(", ", list.Take(list.Count - 1)) + " and " + list[list.Count - 1];
        }

        public static string Jurisdictions(IEnumerable<Jurisdiction> jurisdictions) => JoinNames(jurisdictions.Select(j => j.ToString()));

        /// <summary>
        /// "Iran (IR), inferred from the name 'IranBlocks'": the jurisdictions, worded as inferred where only a name (a member,
        /// a helper, a data file) says which they are.
        /// </summary>
        public static string Jurisdictions(Gate gate, IEnumerable<Jurisdiction> jurisdictions)
        {
            var list = jurisdictions.ToList();
            var sources = NameSources(gate, list);
            return Jurisdictions(list) + (sources.Count == 0 ? string.Empty : ", inferred from " + JoinNames(sources) + ",");
        }

        /// <summary>The names the jurisdictions were inferred from, for those no literal or constant names.</summary>
        public static List<string> NameSources(Gate gate, IEnumerable<Jurisdiction> jurisdictions) =>
            jurisdictions
                .Where(j => !gate.Mentions.Any(m => m.Jurisdiction == j && m.NameSource is null))
                .SelectMany(j => gate.Mentions.Where(m => m.Jurisdiction == j && m.NameSource is not null).Select(m => m.NameSource!))
                .Distinct()
                .ToList();

        public static string Categories(Feature feature)
        {
            if (feature.HasStrongEvidence)
            {
                return JoinNames(feature.Categories.Where(c => c.Strength < EvidenceStrength.Name).Select(c => c.Category.DisplayName));
            }

            return feature.Categories.IsEmpty
                ? "category unknown"
                : JoinNames(feature.Categories.Select(c => c.Category.DisplayName).Distinct()) + ", inferred from " + NameSources(feature);
        }

        /// <summary>"the type name 'MailController' ('mail')": the names a category was inferred from.</summary>
        public static string NameSources(Feature feature) =>
            JoinNames(feature.Categories.Where(c => c.Strength == EvidenceStrength.Name).Select(c => c.Source).Distinct());

        /// <summary>
        /// For a verdict that rests on names, what they were and how to confirm or correct the category, appended to the
        /// categories in the message: ", inferred from the type name 'MailController' ('mail'); confirm with
        /// [CommunicationService("email")] or declare the right category". Empty when stronger evidence decided.
        /// </summary>
        public static string InferenceNote(Feature feature) =>
            feature.IsInferredFromNames ? InferenceNote(feature.Categories) : string.Empty;

        public static string InferenceNote(IEnumerable<CategoryEvidence> names)
        {
            var list = names.Where(c => c.Strength == EvidenceStrength.Name).ToList();
            var ids = string.Join(", ", list.Select(c => "\"" + c.Category.Id + "\"").Distinct());
            return ", inferred from " + JoinNames(list.Select(c => c.Source).Distinct()) + "; confirm with [CommunicationService(" + ids + ")] or declare the right category";
        }

        /// <summary>"denies", "degrades": the verb of the action.</summary>
        public static string Verb(GateAction action) => action.Kind == ActionKind.Degrade ? "degrades" : "denies";

        public static string Date(System.DateTime date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

        /// <summary>Per jurisdiction: "Iran: authorized (31 CFR 560.540(a)(1), formerly GL D-2)".</summary>
        public static string Verdicts(GeoBlock block)
        {
            if (block.Gate.UnresolvedList is not null)
            {
                return "unknown (" + block.Gate.UnresolvedList + ")";
            }

            if (block.Feature.Categories.IsEmpty)
            {
                return "unknown (feature category unknown)";
            }

            var parts = new List<string>();
            foreach (var jurisdiction in block.Gate.Jurisdictions)
            {
                // "Iran: instant messaging and chat authorized (31 CFR 560.540(a)(1), formerly GL D-2)".
                var groups = block.Verdicts
                    .Where(v => v.Jurisdiction == jurisdiction)
                    .GroupBy(Describe)
                    .Select(g => JoinNames(g.Select(v => v.Category.DisplayName)) + " " + g.Key);
                parts.Add(jurisdiction.Name + ": " + string.Join(", ", groups));
            }

            return string.Join("; ", parts);
        }

        private static string Describe(Verdict verdict)
        {
            var kind = verdict.Kind switch
            {
                VerdictKind.Authorized when verdict.Condition == AuthorizationCondition.NoCostPersonal => "authorized for no-cost personal communications only",
                VerdictKind.Authorized => "authorized",
                VerdictKind.NotCovered => "not covered (block consistent)",
                VerdictKind.Excluded => "excluded (block required)",
                VerdictKind.ProgramEnded => "program ended",
                _ => "unknown (unconfirmed)",
            };
            return kind + " (" + verdict.Citation + ")";
        }

        /// <summary>Properties every SANC1xxx diagnostic carries for code fixes, the CLI and reports.</summary>
        public static ImmutableDictionary<string, string?>.Builder Properties(GeoBlock block)
        {
            var properties = ImmutableDictionary.CreateBuilder<string, string?>();
            properties[DiagnosticProperties.Jurisdictions] = string.Join(",", block.Gate.Jurisdictions.Select(j => j.Id));
            properties[DiagnosticProperties.Categories] = string.Join(",", block.Feature.Categories.Select(c => c.Category.Id));
            properties[DiagnosticProperties.PolicyVersion] = block.PolicyVersion;
            properties[DiagnosticProperties.Signal] = block.Gate.Signal.Description;
            properties[DiagnosticProperties.SignalKind] = block.Gate.Signal.Kind.ToString();
            properties[DiagnosticProperties.GateForm] = block.Gate.Form.ToString();
            properties[DiagnosticProperties.Action] = block.Action.Description;
            properties[DiagnosticProperties.Feature] = block.Feature.Name;
            properties[DiagnosticProperties.Evidence] = string.Join("; ", block.Feature.Categories.Select(e => e.Source).Distinct());
            properties[DiagnosticProperties.Verdict] = Verdicts(block);
            properties[DiagnosticProperties.Scope] = GateScopes.Method;
            if (NameSources(block.Gate, block.Gate.Jurisdictions).Count > 0)
            {
                properties[DiagnosticProperties.JurisdictionEvidence] = "Name";
            }

            if (block.Feature.EvidenceTier is { } tier)
            {
                properties[DiagnosticProperties.EvidenceTier] = tier;
            }

            if (block.Feature.IsInferredFromNames)
            {
                properties[DiagnosticProperties.SuggestedCategories] = string.Join(",", block.Feature.Categories.Select(c => c.Category.Id).Distinct());
            }

            return properties;
        }
    }
}
