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

        /// <summary>The additional locations of a geo-block's diagnostic, and the step names of the whole path ("signal,jurisdiction,test,action,feature").</summary>
        /// <param name="features">The features a cross-cutting gate guards (endpoints behind a filter or middleware), in place of the block's own.</param>
        public static (List<Location> Additional, string Steps) Of(GeoBlock block, IEnumerable<Location>? features = null)
        {
            var primary = block.Gate.Comparison.Syntax.GetLocation();
            var compilation = block.Gate.Comparison.SemanticModel?.Compilation;
            var additional = new List<Location>();
            var steps = new List<string>();

            void Add(string step, Location? location)
            {
                if (step == Test)
                {
                    steps.Add(Test);
                    return;
                }

                if (location is null || location == primary || additional.Contains(location) || !IsReportable(location, compilation))
                {
                    return;
                }

                additional.Add(location);
                steps.Add(step);
            }

            Add(Signal, block.Gate.Signal.Operation.Syntax.GetLocation());
            Add(Jurisdiction, block.Gate.Mentions.Select(m => m.Location).FirstOrDefault());
            Add(Test, primary);
            Add(Action, block.Action.Operation?.Syntax.GetLocation());
            foreach (var feature in features ?? block.Feature.Symbol.Locations.Where(l => l.IsInSource).Take(1))
            {
                Add(Feature, feature);
            }

            return (additional, string.Join(",", steps));
        }

        /// <summary>The diagnostic for a geo-block, at its test, with the rest of its path as additional locations.</summary>
        public static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, GeoBlock block, System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, params object?[] messageArguments) =>
            Diagnostic(descriptor, block, null, properties, messageArguments);

        /// <summary>The same for a gate guarding other features (<paramref name="features"/>: their locations, in order).</summary>
        public static Diagnostic Diagnostic(DiagnosticDescriptor descriptor, GeoBlock block, IEnumerable<Location>? features, System.Collections.Immutable.ImmutableDictionary<string, string?>.Builder properties, params object?[] messageArguments)
        {
            var (additional, steps) = Of(block, features);
            properties[DiagnosticProperties.PathSteps] = steps;
            return Microsoft.CodeAnalysis.Diagnostic.Create(descriptor, block.Gate.Comparison.Syntax.GetLocation(), additional, properties.ToImmutable(), messageArguments);
        }

        /// <summary>A location the compiler accepts on a diagnostic: in one of the compilation's trees, or in a non-source file (appsettings.json).</summary>
        private static bool IsReportable(Location location, Compilation? compilation) =>
            location.Kind == LocationKind.ExternalFile
            || (location.IsInSource && compilation is not null && compilation.ContainsSyntaxTree(location.SourceTree!));
    }
}
