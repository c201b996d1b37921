using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Classifiers of the project: a method mapping the country to a value with one switch expression, whose result the
    /// gate compares (<c>Classify(country) == Admission.Embargoed</c>). The arms giving that value are the test.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string Classifier(string arms) => @"
    private enum Admission { Allowed, Embargoed, Review }
    private static Admission Classify(string? country) => country?.ToUpperInvariant() switch
    {
        ARMS
    };".Replace("ARMS", arms);

        [Fact]
        public async Task Classifier_ArmsGivingTheComparedValue_AreTheJurisdictions() =>
            await Verify.VerifyAsync(Id, HubWith(Classifier(@"""IR"" => Admission.Embargoed, ""DE"" => Admission.Review, _ => Admission.Allowed,"),
                ReadCountry + @"if ({|#0:Classify(country) == Admission.Embargoed|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Classifier_NotEqualToTheDefaultArmsValue_IsTheOtherArms() =>
            await Verify.VerifyAsync(Id, HubWith(Classifier(@"""IR"" or ""KP"" => Admission.Embargoed, _ => Admission.Allowed,"),
                ReadCountry + @"if ({|#0:Classify(country) != Admission.Allowed|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, Deny));

        [Fact]
        public async Task Classifier_ComparedWithAValueOnlyOtherCountriesGet_IsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith(Classifier(@"""IR"" => Admission.Embargoed, ""DE"" => Admission.Review, _ => Admission.Allowed,"),
                ReadCountry + @"if (Classify(country) == Admission.Review) { Context.Abort(); return; }"));

        [Fact]
        public async Task Classifier_WithAGuardedArm_IsNotSummarised() =>
            await Verify.VerifyAsync(Id, HubWith(Classifier(@"""IR"" when DateTime.UtcNow.Year < 2000 => Admission.Embargoed, _ => Admission.Allowed,"),
                ReadCountry + @"if (Classify(country) == Admission.Embargoed) { Context.Abort(); return; }"));

        [Fact]
        public async Task Classifier_OfAVatRate_ComparedWithANumber_DeniesNothing() =>
            await Verify.VerifyAsync(Id, HubWith(@"
    private static int VatPercent(string country) => country switch { ""IR"" => 9, ""DE"" => 19, _ => 20 };",
                ReadCountry + @"if (VatPercent(country) == 9) { await Clients.Caller.SendAsync(""vat"", 9); }"));
    }
}
