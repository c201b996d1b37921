using System.Collections.Immutable;

namespace SanctionsAnalyzers.Model
{
    /// <summary>A geo-blocking code path: gate, action, feature, and the verdict per jurisdiction and category.</summary>
    internal sealed class GeoBlock
    {
        public GeoBlock(Gate gate, GateAction action, Feature feature, ImmutableArray<Verdict> verdicts, string policyVersion, Microsoft.CodeAnalysis.IOperation scopeRoot)
        {
            ScopeRoot = scopeRoot;
            Gate = gate;
            Action = action;
            Feature = feature;
            Verdicts = verdicts;
            PolicyVersion = policyVersion;
        }

        public Gate Gate { get; }

        public GateAction Action { get; }

        public Feature Feature { get; }

        public ImmutableArray<Verdict> Verdicts { get; }

        public string PolicyVersion { get; }

        /// <summary>The method body or lambda the feature is made of.</summary>
        public Microsoft.CodeAnalysis.IOperation ScopeRoot { get; }
    }
}
