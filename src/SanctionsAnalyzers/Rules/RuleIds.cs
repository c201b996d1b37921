namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// Diagnostic IDs: a contract with users. SANC0xxx configuration and policy files, SANC1xxx geo-blocking
    /// code paths, SANC2xxx communication services, SANC3xxx package and assembly compliance metadata.
    /// </summary>
    public static class RuleIds
    {
        public const string InvalidConfiguration = "SANC0001";
        public const string WaiverNotApplied = "SANC0002";
        public const string OverBroadGeoBlock = "SANC1001";
        public const string GeoBlockOfUnknownScope = "SANC1002";
        public const string ProxySignalGeoBlock = "SANC1003";
        public const string StaleJurisdiction = "SANC1004";
        public const string GeoBlockInventory = "SANC1100";
        public const string ServiceInventory = "SANC2001";
        public const string InvalidPackageMetadata = "SANC3001";
    }
}
