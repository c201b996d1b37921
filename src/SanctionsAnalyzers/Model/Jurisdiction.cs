using System.Collections.Immutable;

namespace SanctionsAnalyzers.Model
{
    /// <summary>A sanctioned place with every identifier form under which code may name it.</summary>
    internal sealed class Jurisdiction
    {
        public Jurisdiction(string id, string name, string programId, ImmutableArray<JurisdictionIdentifier> identifiers)
        {
            Id = id;
            Name = name;
            ProgramId = programId;
            Identifiers = identifiers;
        }

        /// <summary>Stable key, usually the ISO 3166 code ("IR", "UA-43").</summary>
        public string Id { get; }

        public string Name { get; }

        public string ProgramId { get; }

        public ImmutableArray<JurisdictionIdentifier> Identifiers { get; }

        public override string ToString() => Name + " (" + Id + ")";
    }

    /// <summary>One way of naming a jurisdiction; <see cref="OverWide"/> marks identifiers wider than the sanctioned area.</summary>
    internal sealed class JurisdictionIdentifier
    {
        public JurisdictionIdentifier(IdentifierKind kind, string value, bool overWide, string? note, string? citation = null)
        {
            Citation = citation;
            Kind = kind;
            Value = value;
            OverWide = overWide;
            Note = note;
        }

        public IdentifierKind Kind { get; }

        public string Value { get; }

        /// <summary>True for a whole oblast (UA-14) where only part is covered.</summary>
        public bool OverWide { get; }

        /// <summary>Who a proxy identifier also hits, or why an over-wide one is too wide, for messages.</summary>
        public string? Note { get; }

        /// <summary>The source for an over-wide identifier ("EO 14065; OFAC FAQ 1009").</summary>
        public string? Citation { get; }
    }
}
