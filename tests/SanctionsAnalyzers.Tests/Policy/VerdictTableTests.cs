using System.Linq;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;
using Xunit;

namespace SanctionsAnalyzers.Tests.Policy
{
    /// <summary>
    /// Every program × category verdict of the embedded map, as one row per jurisdiction: A authorized (confident),
    /// C authorized with a condition, U unknown (unconfirmed), N not covered, X excluded, E program ended. The
    /// categories are in the map's order; a change to the map shows here as a diff to review.
    /// </summary>
    public class VerdictTableTests
    {
        private static readonly string[] CategoryOrder =
        {
            "instant-messaging", "chat", "email", "social-networking", "social-media", "photo-video-sharing", "web-browsing",
            "blogging", "collaboration", "video-conferencing", "e-gaming", "e-learning", "automated-translation", "web-maps",
            "user-authentication", "cloud-services", "vpn", "anti-virus", "anti-tracking", "anti-censorship", "mobile-apps",
            "web-hosting", "domain-registration", "payments", "trading", "enterprise-saas", "commercial-connectivity",
            "export-controlled",
        };

        [Theory]
        //                    im ch em sn sm pv wb bl co vc eg el at wm ua cs vp av at ac ma wh dr pa tr es cc ec
        [InlineData("IR",      "A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U  U  X  N  X  X  X")]
        [InlineData("CU",      "A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  A  U  U  U  U  U  A  A  N  N  N  N  N")]
        [InlineData("KP",      "N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N")]
        [InlineData("UA-43",   "C  C  C  C  N  C  C  C  N  N  N  N  N  N  N  N  N  N  N  N  N  X  X  N  N  N  X  N")]
        [InlineData("DNR-LNR", "U  U  U  U  N  U  U  U  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N  N")]
        [InlineData("SY",      "E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E")]
        [InlineData("SD",      "E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E  E")]
        public void EveryCategoryVerdict(string jurisdiction, string expected)
        {
            var map = PolicyMap.Embedded;
            Assert.Equal(CategoryOrder, map.Categories.Select(c => c.Id));

            var target = map.Jurisdictions.Single(j => j.Id == jurisdiction);
            var actual = string.Join("  ", map.Categories.Select(c => Letter(map.Evaluate(target, c))));
            Assert.Equal(expected, actual);
        }

        private static string Letter(Verdict verdict) => verdict.Kind switch
        {
            VerdictKind.Authorized when verdict.IsConfidentlyAuthorized => "A",
            VerdictKind.Authorized => "C",
            VerdictKind.Unknown => "U",
            VerdictKind.NotCovered => "N",
            VerdictKind.Excluded => "X",
            _ => "E",
        };
    }
}
