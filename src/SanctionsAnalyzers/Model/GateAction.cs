using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Model
{
    /// <summary>What the gated path does to users of the jurisdiction.</summary>
    internal enum ActionKind
    {
        /// <summary>Log, localize, route: never reported.</summary>
        Neutral,

        /// <summary>The feature is switched off or reduced.</summary>
        Degrade,

        /// <summary>The request is refused: 403/451, Forbid(), throw, Abort().</summary>
        Deny,
    }

    internal sealed class GateAction
    {
        public static readonly GateAction Neutral = new GateAction(ActionKind.Neutral, "no deny or degrade", null);

        public GateAction(ActionKind kind, string description, IOperation? operation)
        {
            Kind = kind;
            Description = description;
            Operation = operation;
        }

        public ActionKind Kind { get; }

        /// <summary>Readable form for messages and reports: "returns Forbid()", "sets status 451".</summary>
        public string Description { get; }

        public IOperation? Operation { get; }
    }
}
