namespace SanctionsAnalyzers.Rules
{
    /// <summary>Descriptor categories; they reach SARIF as the rule's category.</summary>
    internal static class RuleCategories
    {
        public const string Configuration = "Sanctions.Configuration";
        public const string GeoBlocking = "Sanctions.GeoBlocking";
        public const string Services = "Sanctions.Services";
        public const string PackageMetadata = "Sanctions.PackageMetadata";
    }
}
