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
    }
}
