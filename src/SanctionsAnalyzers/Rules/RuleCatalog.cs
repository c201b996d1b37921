using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Rules
{
    /// <summary>
    /// Every shipped rule once, with its legal basis. ID, title, severity, category and description come from the
    /// rule's own descriptor; descriptors have no field for a citation, so it is kept here. The README rule table and
    /// the header of each docs/rules/SANCnnnn.md page are generated from this list, and a test fails when they drift.
    /// </summary>
    internal static class RuleCatalog
    {
        /// <summary>Rules in ID order. For an ID with several descriptors (the whole-application variants of
        /// SANC1001 and SANC1002), the method-level descriptor; the others must agree with it on everything but the message.</summary>
        public static readonly ImmutableArray<Entry> Rules = ImmutableArray.Create(
            new Entry(
                InvalidConfigurationRule.Descriptor,
                "none (tool configuration)"),
            new Entry(
                WaiverNotAppliedRule.Descriptor,
                "none (tool configuration)"),
            new Entry(
                OverBroadGeoBlockRule.Descriptor,
                "Iran: 31 CFR 560.540(a)(1) and (a)(3), § 560.540 List (formerly GL D-2); Cuba: 31 CFR 515.578(a)(1)"),
            new Entry(
                UnknownScopeGeoBlockRule.Descriptor,
                "Iran: 31 CFR 560.540 (formerly GL D-2); Cuba: 31 CFR 515.578; Crimea: OFAC Ukraine-related GL 9 (no-cost personal "
                + "communications only); so-called DNR/LNR regions: OFAC Ukraine-related GL 22 (scope unconfirmed)"),
            new Entry(
                ProxySignalGeoBlockRule.Descriptor,
                "the programs apply by location and residence: Iran 31 CFR part 560 (31 CFR 560.540); Cuba 31 CFR part 515 "
                + "(31 CFR 515.578); North Korea 31 CFR part 510; Crimea EO 13685, 31 CFR part 589"),
            new Entry(
                StaleJurisdictionRule.Descriptor,
                "Syria: EO 14312 (program ended 1 Jul 2025; 31 CFR part 542 removed 26 Aug 2025 per secondary sources); Sudan: 31 CFR "
                + "part 538 (program ended; part removed 29 Jun 2018, 83 FR 30539); Donetsk and Luhansk oblasts: EO 14065, OFAC FAQ 1009"),
            new Entry(
                GeoBlockInventoryRule.Descriptor,
                "per finding, the verdict's citation in the policy map (31 CFR 560.540, 31 CFR 515.578, GL 9, 31 CFR 560.516, EO 14312, ...)"),
            new Entry(
                ServiceInventoryRule.Descriptor,
                "none (inventory; categories of the policy map)"),
            new Entry(
                InvalidPackageMetadataRule.Descriptor,
                "Iran: 31 CFR 560.540(a)(2) and (a)(3) cover software classified EAR99 or 5D992.c (formerly GL D-2)"));

        /// <summary>One rule: its primary descriptor and the legal basis its findings rest on.</summary>
        internal sealed class Entry
        {
            public Entry(DiagnosticDescriptor descriptor, string citation)
            {
                Descriptor = descriptor;
                Citation = citation;
            }

            public DiagnosticDescriptor Descriptor { get; }

            public string Id => Descriptor.Id;

            /// <summary>Citation or legal basis, for the docs; "none (...)" for rules about the tool's own input.</summary>
            public string Citation { get; }
        }
    }
}
