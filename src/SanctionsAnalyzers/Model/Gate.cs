using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Model
{
    /// <summary>A condition that compares a signal with jurisdiction identifiers.</summary>
    internal sealed class Gate
    {
        public Gate(Signal signal, ImmutableArray<Jurisdiction> jurisdictions, IOperation comparison, bool jurisdictionTakesTrueBranch)
        {
            Signal = signal;
            Jurisdictions = jurisdictions;
            Comparison = comparison;
            JurisdictionTakesTrueBranch = jurisdictionTakesTrueBranch;
        }

        public Signal Signal { get; }

        /// <summary>The sanctioned places the gate singles out, in order of appearance.</summary>
        public ImmutableArray<Jurisdiction> Jurisdictions { get; }

        /// <summary>The comparison to report on.</summary>
        public IOperation Comparison { get; }

        /// <summary>True when users of the jurisdictions make the whole condition true.</summary>
        public bool JurisdictionTakesTrueBranch { get; }

        public Gate WithPolarity(bool jurisdictionTakesTrueBranch) =>
            new Gate(Signal, Jurisdictions, Comparison, jurisdictionTakesTrueBranch);
    }
}
