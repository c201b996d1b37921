using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Model
{
    /// <summary>How a gate is written.</summary>
    internal enum GateForm
    {
        /// <summary><c>==</c>, <c>!=</c>, <c>Equals</c>, <c>string.Compare</c>, <c>is</c> patterns.</summary>
        Comparison,

        /// <summary>A <c>switch</c> statement or expression.</summary>
        Switch,

        /// <summary>Membership in a block list: <c>Contains</c>, <c>ContainsKey</c>, <c>Any</c>.</summary>
        BlockList,

        /// <summary>Absence from an allow-list that omits the jurisdiction.</summary>
        AllowList,

        /// <summary><c>StartsWith</c>, <c>EndsWith</c> or <c>Contains</c> on the signal text.</summary>
        TextMatch,

        /// <summary>A helper method of the compilation that returns a gate's result.</summary>
        Helper,
    }

    /// <summary>A constant that names a jurisdiction, where it is written.</summary>
    internal sealed class JurisdictionMention
    {
        public JurisdictionMention(Jurisdiction jurisdiction, JurisdictionIdentifier identifier, Location location, string? nameSource = null)
        {
            Jurisdiction = jurisdiction;
            Identifier = identifier;
            Location = location;
            NameSource = nameSource;
        }

        public Jurisdiction Jurisdiction { get; }

        public JurisdictionIdentifier Identifier { get; }

        /// <summary>The literal, list element or configuration value that names it.</summary>
        public Location Location { get; }

        /// <summary>
        /// Set when the jurisdiction is known only from a name ("the member name 'IranBlocks'", "the file name 'ir.csv'"):
        /// name evidence, which messages word as inferred.
        /// </summary>
        public string? NameSource { get; }
    }

    /// <summary>A condition that compares a signal with jurisdiction identifiers.</summary>
    internal sealed class Gate
    {
        public Gate(
            Signal signal,
            ImmutableArray<JurisdictionMention> mentions,
            IOperation comparison,
            bool jurisdictionTakesTrueBranch,
            GateForm form,
            string? unresolvedList = null,
            ImmutableArray<Gate> alternatives = default)
        {
            Signal = signal;
            Mentions = mentions;
            Comparison = comparison;
            JurisdictionTakesTrueBranch = jurisdictionTakesTrueBranch;
            Form = form;
            UnresolvedList = unresolvedList;
            Alternatives = alternatives.IsDefault ? ImmutableArray<Gate>.Empty : alternatives;

            var jurisdictions = new List<Jurisdiction>();
            foreach (var mention in mentions)
            {
                if (!jurisdictions.Contains(mention.Jurisdiction))
                {
                    jurisdictions.Add(mention.Jurisdiction);
                }
            }

            Jurisdictions = jurisdictions.ToImmutableArray();
        }

        public Signal Signal { get; }

        /// <summary>Every constant naming a jurisdiction that the gate singles out.</summary>
        public ImmutableArray<JurisdictionMention> Mentions { get; }

        /// <summary>The distinct jurisdictions of <see cref="Mentions"/>, in order of appearance.</summary>
        public ImmutableArray<Jurisdiction> Jurisdictions { get; }

        /// <summary>The comparison to report on.</summary>
        public IOperation Comparison { get; }

        /// <summary>True when users of the jurisdictions make the whole condition true.</summary>
        public bool JurisdictionTakesTrueBranch { get; }

        public GateForm Form { get; }

        /// <summary>Set when the jurisdictions come from a list the analyzer cannot see (e.g. configuration key).</summary>
        public string? UnresolvedList { get; }

        /// <summary>
        /// Other gates in the same condition that cannot be merged into this one: a proxy next to a location signal
        /// (<c>country == "IR" || phone.StartsWith("+98")</c>), or the jurisdictions a code list omits when it may be an allow-list.
        /// </summary>
        public ImmutableArray<Gate> Alternatives { get; }

        /// <summary>This gate and its alternatives.</summary>
        public IEnumerable<Gate> AllGates()
        {
            yield return this;
            foreach (var alternative in Alternatives)
            {
                yield return alternative;
            }
        }

        public Gate WithPolarity(bool jurisdictionTakesTrueBranch) => WithComparison(Comparison, jurisdictionTakesTrueBranch);

        /// <summary>The same gate seen from an enclosing condition: alternatives flip along with it.</summary>
        public Gate WithComparison(IOperation comparison, bool jurisdictionTakesTrueBranch)
        {
            var flip = jurisdictionTakesTrueBranch != JurisdictionTakesTrueBranch;
            // An alternative reading of the same site moves out with it (Array.IndexOf(list, c) == -1 as an allow-list).
            var alternatives = Alternatives.Select(a => a.WithComparison(
                a.Comparison == Comparison ? comparison : a.Comparison,
                flip ? !a.JurisdictionTakesTrueBranch : a.JurisdictionTakesTrueBranch)).ToImmutableArray();
            return new Gate(Signal, Mentions, comparison, jurisdictionTakesTrueBranch, Form, UnresolvedList, alternatives);
        }

        public Gate WithAlternatives(IEnumerable<Gate> alternatives) =>
            new Gate(Signal, Mentions, Comparison, JurisdictionTakesTrueBranch, Form, UnresolvedList, Alternatives.AddRange(alternatives));
    }
}
