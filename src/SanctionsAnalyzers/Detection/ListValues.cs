using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>A string constant held by a list, and where it is written (source or configuration file).</summary>
    internal readonly struct ListValue
    {
        public ListValue(string value, Location location)
        {
            Value = value;
            Location = location;
        }

        public string Value { get; }

        public Location Location { get; }
    }

    /// <summary>What a collection expression may contain, or why that cannot be known.</summary>
    internal sealed class ListValues
    {
        private ListValues(ImmutableArray<ListValue> values, string? unresolved)
        {
            Values = values;
            Unresolved = unresolved;
        }

        public ImmutableArray<ListValue> Values { get; }

        /// <summary>Describes the list the analyzer cannot see ("configuration key Geo:Blocked"), or null when resolved.</summary>
        public string? Unresolved { get; }

        public static ListValues Resolved(ImmutableArray<ListValue> values) => new ListValues(values, null);

        public static ListValues Unknown(string description) => new ListValues(ImmutableArray<ListValue>.Empty, description);
    }
}
