using System;
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

        private static SanctionsProgram Program(string jurisdiction) => Map.GetProgram(Map.Jurisdictions.Single(j => j.Id == jurisdiction));

        private static PolicyNote Note(string jurisdiction, string citationStart) =>
            Assert.Single(Map.NotesFor(Program(jurisdiction)), n => n.Citation.StartsWith(citationStart, StringComparison.Ordinal));

        [Fact]
        public void EmbeddedMap_LoadsWithVersionAndAllPrograms()
        {
            Assert.Equal("2026.12.1", Map.Version);
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

        [Fact]
        public void Sudan_Part538RemovedOn29Jun2018_Confirmed_EndDateStaysSecondary()
        {
            var removal = Note("SD", "31 CFR part 538 removed");
            Assert.Equal(new DateTime(2018, 6, 29), removal.Effective);
            Assert.Equal(Confidence.Confirmed, removal.Confidence);
            Assert.Contains("83 FR 30539", removal.Citation);
            Assert.Contains("FR Doc 2018-14084", removal.Citation);

            var sudan = Program("SD");
            Assert.Equal("end date per secondary sources; 31 CFR part 538 removed 29 Jun 2018, 83 FR 30539, FR Doc 2018-14084", sudan.EndedCitation);
            Assert.DoesNotContain("unconfirmed", sudan.EndedCitation);
            Assert.Equal(Confidence.Secondary, sudan.EndedConfidence);
            Assert.Equal(new DateTime(2017, 10, 12), sudan.EndedOn);
        }

        [Fact]
        public void Syria_EndConfirmed_RemovalOfPart542Secondary_Part569Renamed()
        {
            var syria = Program("SY");
            Assert.Equal(new DateTime(2025, 7, 1), syria.EndedOn);
            Assert.Equal(Confidence.Confirmed, syria.EndedConfidence);
            Assert.Contains("90 FR 29395", syria.EndedCitation);
            Assert.Contains("per secondary sources", syria.EndedCitation);

            var removal = Note("SY", "31 CFR part 542 removed");
            Assert.Equal(new DateTime(2025, 8, 26), removal.Effective);
            Assert.Equal(Confidence.Secondary, removal.Confidence);

            var renamed = Note("SY", "31 CFR part 569");
            Assert.Equal(new DateTime(2025, 9, 25), renamed.Effective);
            Assert.Equal(Confidence.Confirmed, renamed.Confidence);
            Assert.Contains("90 FR 46056", renamed.Citation);
        }

        [Fact]
        public void Cuba_2026_Eo14404AndGeneralLicense1_KeepSection515578_Secondary()
        {
            var order = Note("CU", "Executive Order 14404");
            Assert.Equal(new DateTime(2026, 5, 1), order.Effective);
            Assert.Equal(Confidence.Secondary, order.Confidence);

            var licence = Note("CU", "OFAC Cuba General License 1");
            Assert.Equal(new DateTime(2026, 5, 7), licence.Effective);
            Assert.Equal(Confidence.Secondary, licence.Confidence);
            Assert.Contains("515.578", licence.Text);
            Assert.Contains("remain permitted", licence.Text);

            var scope = Note("CU", "31 CFR 515.578(a)(1) (OFAC FAQ 785)");
            Assert.Equal(Confidence.Confirmed, scope.Confidence);
            Assert.Contains("tourism", scope.Text);
        }

        [Fact]
        public void Iran_December2026Confirmations()
        {
            var faq = Note("IR", "OFAC FAQ 1173");
            Assert.Equal(Confidence.Secondary, faq.Confidence);
            Assert.Contains("user authentication services", faq.Text);

            var computers = Note("IR", "§ 560.540 List category (5)");
            Assert.Equal(new DateTime(2024, 6, 16), computers.Effective);
            Assert.Equal(new DateTime(2024, 5, 17).AddDays(30), computers.Effective);
            Assert.Contains("1 Weighted TeraFLOP", computers.Text);

            var software = Program("IR").Authorizations.Single(a => a.CategoryIds.Contains("anti-censorship"));
            Assert.Equal(Confidence.Confirmed, software.Confidence);
            Assert.Contains("OFAC FAQ 435", software.Source);
        }

        [Theory]
        [InlineData("web-hosting")]
        [InlineData("domain-registration")]
        public void Iran_CommercialHostingAndDomains_StayUnconfirmed_NeverConfident(string category)
        {
            var verdict = Evaluate("IR", category);
            Assert.Equal(VerdictKind.Unknown, verdict.Kind);
            Assert.Equal(Confidence.Unconfirmed, verdict.Confidence);
            Assert.False(verdict.IsConfidentlyAuthorized);
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

                foreach (var note in Map.NotesFor(program))
                {
                    Assert.False(string.IsNullOrWhiteSpace(note.Citation));
                    Assert.False(string.IsNullOrWhiteSpace(note.Source));
                    Assert.False(string.IsNullOrWhiteSpace(note.Text));
                    Assert.True(note.Effective.Year >= 2010);
                }
            }
        }
    }
}
