namespace SanctionsAnalyzers.Rules
{
    /// <summary>Keys of <see cref="Microsoft.CodeAnalysis.Diagnostic.Properties"/>, read by code fixes, the CLI and reports.</summary>
    public static class DiagnosticProperties
    {
        public const string Jurisdictions = "Jurisdictions";
        public const string Categories = "Categories";
        public const string Citation = "Citation";
        public const string Confidence = "Confidence";
        public const string PolicyVersion = "PolicyVersion";
        public const string Signal = "Signal";
        public const string SignalKind = "SignalKind";
        public const string Action = "Action";
        public const string Feature = "Feature";
        public const string Evidence = "Evidence";
        public const string GateForm = "GateForm";
        public const string Verdict = "Verdict";

        /// <summary>
        /// The tier of the strongest evidence for the feature's categories: Declaration, PackageMetadata, KnownApi,
        /// ServiceHost or Name (inferred from the feature's names: confirm or correct it). Absent when no category is known.
        /// </summary>
        public const string EvidenceTier = "EvidenceTier";

        /// <summary>"Name" when the jurisdictions are known only from a name (a member, a helper, a data file): confirm them.</summary>
        public const string JurisdictionEvidence = "JurisdictionEvidence";

        /// <summary>Categories inferred from the feature's names, to confirm with [CommunicationService]; set when names decided.</summary>
        public const string SuggestedCategories = "SuggestedCategories";

        /// <summary>Why a SANC1002 cannot be decided: one of the <see cref="UnknownScopeReasons"/>.</summary>
        public const string Reason = "Reason";

        /// <summary>
        /// The steps of the geo-block's path, comma-separated, in order: <c>signal</c>, <c>jurisdiction</c>, <c>test</c>,
        /// <c>action</c>, <c>feature</c> (those found). <c>test</c> is the diagnostic's location; each other step is the
        /// next of its additional locations.
        /// </summary>
        public const string PathSteps = "PathSteps";

        /// <summary>
        /// The jurisdiction ids each <c>jurisdiction</c> step of <see cref="PathSteps"/> names, in the same order,
        /// comma-separated, several ids of one place joined by <c>+</c> (<c>"IR,CU,IR+SY"</c>); a last <c>…</c> says the
        /// gate names more places than the path lists.
        /// </summary>
        public const string JurisdictionSteps = "JurisdictionSteps";

        /// <summary>"Method" for a gate that guards its own method or handler; "WholeApplication" for middleware, filters, handlers.</summary>
        public const string Scope = "Scope";
    }

    /// <summary>Values of <see cref="DiagnosticProperties.Scope"/>.</summary>
    public static class GateScopes
    {
        public const string Method = "Method";
        public const string WholeApplication = "WholeApplication";
    }

    /// <summary>Values of <see cref="DiagnosticProperties.Reason"/> on SANC1002.</summary>
    public static class UnknownScopeReasons
    {
        /// <summary>The feature's service category is unknown: declare it.</summary>
        public const string Category = "Category";

        /// <summary>The blocked jurisdictions come from a list the analyzer cannot see.</summary>
        public const string List = "List";

        /// <summary>The authorization for the category is unconfirmed.</summary>
        public const string Unconfirmed = "Unconfirmed";

        /// <summary>The authorization has a condition (no-cost personal communications only).</summary>
        public const string Conditional = "Conditional";

        /// <summary>A whole-application gate: which endpoints it guards, or their categories, are unknown.</summary>
        public const string Endpoints = "Endpoints";
    }
}
