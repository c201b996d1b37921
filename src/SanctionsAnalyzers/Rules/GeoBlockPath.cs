using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// A geo-block explained as a path, in the order a reader follows it: where the country comes from (signal), which
    /// jurisdiction it is compared with, the test, what is done to the user (action), and the feature. The test is the
    /// diagnostic's own location; the other steps are its additional locations, in order, named by the
    /// <see cref="DiagnosticProperties.PathSteps"/> property (so the IDE shows them, and the build's SARIF log and the
    /// CLI can write them as related locations and a code flow).
    /// </summary>
    internal static class GeoBlockPath
    {
        public const string Signal = "signal";
        public const string Jurisdiction = "jurisdiction";
        public const string Test = "test";
        public const string Action = "action";
        public const string Feature = "feature";

        /// <summary>
        /// A gate names at most this many places for its jurisdictions (list entries, literals): beyond it the path stops
        /// listing them and says so (<see cref="DiagnosticProperties.JurisdictionSteps"/> ends with <c>,…</c>).
        /// </summary>
        internal const int MaxJurisdictionSteps = 12;

        /// <summary>
        /// The additional locations of a geo-block's diagnostic, the step names of the whole path
        /// ("signal,jurisdiction,test,action,feature") and the ids of each jurisdiction step.
        /// </summary>
        /// <param name="features">The features a cross-cutting gate guards (endpoints behind a filter or middleware), in place of the block's own.</param>
        private static (List<Location> Additional, string Steps, string JurisdictionSteps) Describe(GeoBlock block, IEnumerable<Location>? features)
        {
            var primary = block.Gate.Comparison.Syntax.GetLocation();
            var compilation = block.Gate.Comparison.SemanticModel?.Compilation;
            var additional = new List<Location>();
            var steps = new List<string>();

            bool Add(string step, Location? location)
            {
                if (step == Test)
                {
                    steps.Add(Test);
                    return true;
                }

                // A jurisdiction named by the test itself (the arm's pattern "IR") is still a step: the code fix edits it.
                if (location is null || (location == primary && step != Jurisdiction) || additional.Contains(location) || !IsReportable(location, compilation))
                {
                    return false;
                }

                additional.Add(location);
                steps.Add(step);
                return true;
            }

            Add(Signal, block.Gate.Signal.Operation.Syntax.GetLocation());

            // Every place that names a jurisdiction (each entry of a list, each literal of a condition), with the ids it
            // names: the reader sees which entries decided, and the code fix edits those very places instead of reading
            // the gate's syntax again.
            var named = new List<string>();
            var places = block.Gate.Mentions.GroupBy(m => m.Location).ToList();
            foreach (var place in places.Take(MaxJurisdictionSteps))
            {
                if (Add(Jurisdiction, place.Key))
                {
                    named.Add(string.Join("+", place.Select(m => m.Jurisdiction.Id).Distinct()));
                }
            }

            if (places.Count > MaxJurisdictionSteps)
            {
                named.Add("…");
            }

            Add(Test, primary);
            Add(Action, block.Action.Operation?.Syntax.GetLocation());
            foreach (var feature in features ?? block.Feature.Symbol.Locations.Where(l => l.IsInSource).Take(1))
            {
                Add(Feature, feature);
            }

            return (additional, string.Join(",", steps), string.Join(",", named));
        }

        /// <summary>The diagnostic for a geo-block, at its test, with the rest of its path as additional locations.</summary>
        public static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, GeoBlock block, System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, params object?[] messageArguments) =>
            Diagnostic(descriptor, block, null, properties, messageArguments);

        /// <summary>The same for a gate guarding other features (<paramref name="features"/>: their locations, in order).</summary>
        public static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, GeoBlock block, IEnumerable<Location>? features, System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, params object?[] messageArguments)
        {
            var (additional, steps, jurisdictionSteps) = Describe(block, features);
            properties[DiagnosticProperties.PathSteps] = steps;
            properties[DiagnosticProperties.JurisdictionSteps] = jurisdictionSteps;
            return Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, block.Gate.Comparison.Syntax.GetLocation(), additional, properties.ToImmutable(), messageArguments);
        }

        /// <summary>A location the compiler accepts on a diagnostic: in one of the compilation's trees, or in a non-source file (appsettings.json).</summary>
        private static bool IsReportable(Location location, Compilation? compilation) =>
            location.Kind == LocationKind.ExternalFile
            || (location.IsInSource && compilation is not null && compilation.ContainsSyntaxTree(location.SourceTree!));
    }
}
