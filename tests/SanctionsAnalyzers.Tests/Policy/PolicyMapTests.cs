using System.Linq;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;
using Xunit;

namespace SanctionsAnalyzers.Tests.Policy
{
    /// <summary>The embedded policy map: loads, is consistent, and gives the verdicts the research note supports.</summary>
    public class PolicyMapTests
    {
        private static readonly PolicyMap Map = PolicyMap.Embedded;

        private static Verdict Evaluate(string jurisdiction, string category) =>
            Map.Evaluate(Map.Jurisdictions.Single(j => j.Id == jurisdiction), Map.FindCategory(category)!);

        [Fact]
        public void EmbeddedMap_LoadsWithVersionAndAllPrograms()
        {
            Assert.False(string.IsNullOrWhiteSpace(Map.Version));
            Assert.Equal(new[] { "IR", "CU", "KP", "UA-43", "DNR-LNR", "SY", "SD" }, Map.Jurisdictions.Select(j => j.Id));
        }

        [Theory]
        [InlineData("instant-messaging")]
        [InlineData("chat")]
        [InlineData("email")]
        [InlineData("social-media")]
        [InlineData("video-conferencing")]
        [InlineData("e-gaming")]
        [InlineData("e-learning")]
        [InlineData("automated-translation")]
        [InlineData("web-maps")]
        [InlineData("user-authentication")]
        [InlineData("cloud-services")]
        [InlineData("vpn")]
        [InlineData("anti-virus")]
        [InlineData("anti-censorship")]
        [InlineData("mobile-apps")]
        public void Iran_AuthorizesCommunicationCategories_Confirmed(string category)
        {
            var verdict = Evaluate("IR", category);
            Assert.Equal(VerdictKind.Authorized, verdict.Kind);
            Assert.True(verdict.IsConfidentlyAuthorized);
            Assert.StartsWith("31 CFR 560.540", verdict.Citation);
        }

        [Fact]
        public void Iran_ChatCitesParagraphA1AndTheFormerLicence()
        {
            Assert.Equal("31 CFR 560.540(a)(1), formerly GL D-2", Evaluate("IR", "chat").Citation);
        }

        [Theory]
        [InlineData("payments", "Excluded")]
        [InlineData("commercial-connectivity", "Excluded")]
        [InlineData("enterprise-saas", "Excluded")]
        [InlineData("trading", "NotCovered")]
        [InlineData("web-hosting", "Unknown")]
        public void Iran_KeepsOtherCategoriesOut_OrLeavesThemUnknown(string category, string expected)
        {
            Assert.Equal(expected, Evaluate("IR", category).Kind.ToString());
        }

        [Fact]
        public void Cuba_AuthorizesWebHostingAndChat()
        {
            Assert.True(Evaluate("CU", "web-hosting").IsConfidentlyAuthorized);
            Assert.Equal("31 CFR 515.578(a)(1)", Evaluate("CU", "chat").Citation);
            Assert.Equal(VerdictKind.Unknown, Evaluate("CU", "vpn").Kind);
        }

        [Fact]
        public void NorthKorea_HasNoCommunicationsLicence()
        {
            Assert.Equal(VerdictKind.NotCovered, Evaluate("KP", "chat").Kind);
        }

        [Fact]
        public void Crimea_ChatIsAuthorizedOnlyForNoCostPersonalUse()
        {
            var verdict = Evaluate("UA-43", "chat");
            Assert.Equal(VerdictKind.Authorized, verdict.Kind);
            Assert.Equal(AuthorizationCondition.NoCostPersonal, verdict.Condition);
            Assert.False(verdict.IsConfidentlyAuthorized);
        }

        [Fact]
        public void DnrLnr_LicenceIsUnconfirmed_NeverConfident()
        {
            var verdict = Evaluate("DNR-LNR", "chat");
            Assert.Equal(VerdictKind.Unknown, verdict.Kind);
            Assert.False(verdict.IsConfidentlyAuthorized);
        }

        [Theory]
        [InlineData("SY")]
        [InlineData("SD")]
        public void EndedPrograms_SayProgramEnded(string jurisdiction)
        {
            Assert.Equal(VerdictKind.ProgramEnded, Evaluate(jurisdiction, "chat").Kind);
        }

        [Theory]
        [InlineData("IR", "IR")]
        [InlineData("irn", "IR")]
        [InlineData("364", "IR")]
        [InlineData("Islamic Republic of Iran", "IR")]
        [InlineData(" Iran ", "IR")]
        [InlineData("UA-40", "UA-43")]
        [InlineData("UA-14", "DNR-LNR")]
        [InlineData("PRK", "KP")]
        public void Identifiers_MatchIgnoringCase(string literal, string expected)
        {
            Assert.Equal(expected, Assert.Single(Map.MatchIdentifier(literal).Select(m => m.Jurisdiction.Id).Distinct()));
        }

        [Theory]
        [InlineData("IRL")]
        [InlineData("IQ")]
        [InlineData("IRQ")]
        [InlineData("")]
        [InlineData(null)]
        [InlineData("Iran and Iraq")]
        public void Identifiers_DoNotMatchLookAlikes(string? literal)
        {
            Assert.Empty(Map.MatchIdentifier(literal));
        }

        [Fact]
        public void WholeOblasts_AreMarkedOverWide()
        {
            Assert.True(Map.MatchIdentifier("UA-14").Single().Identifier.OverWide);
            Assert.False(Map.MatchIdentifier("UA-43").Single().Identifier.OverWide);
        }

        [Fact]
        public void EveryProvision_CarriesCitationDateConfidenceAndSource()
        {
            foreach (var jurisdiction in Map.Jurisdictions)
            {
                var program = Map.GetProgram(jurisdiction);
                Assert.NotEmpty(jurisdiction.Identifiers);
                foreach (var authorization in program.Authorizations)
                {
                    Assert.False(string.IsNullOrWhiteSpace(authorization.Citation));
                    Assert.False(string.IsNullOrWhiteSpace(authorization.Source));
                    Assert.True(authorization.Effective.Year >= 2010);
                    Assert.NotEmpty(authorization.CategoryIds);
                }

                foreach (var exclusion in program.Exclusions)
                {
                    Assert.False(string.IsNullOrWhiteSpace(exclusion.Source));
                }

                if (program.EndedOn is not null)
                {
                    Assert.False(string.IsNullOrWhiteSpace(program.EndedCitation));
                    Assert.False(string.IsNullOrWhiteSpace(program.EndedSource));
                }
            }
        }
    }
}
