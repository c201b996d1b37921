using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1004: stale (Syria, Sudan) or over-wide (whole oblast) jurisdictions in a geo-block.</summary>
    public class StaleJurisdictionRuleTests
    {
        private const string Id = "SANC1004";
        private const string SyriaEnded = "its country-wide sanctions program ended on 1 Jul 2025";
        private const string SyriaCitation = "EO 14312 of 30 Jun 2025, 90 FR 29395; 31 CFR part 542 removed 26 Aug 2025 per secondary sources";
        private const string Remove = "remove it from the block and keep only the screening of listed persons";

        private static string Hub(string members, string gate) => @"
public class ChatHub : Hub
{
    MEMBERS
    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        GATE
        await Clients.All.SendAsync(""m"", message);
    }
}".Replace("MEMBERS", members).Replace("GATE", gate);

        [Theory]
        [InlineData("SY")]
        [InlineData("SYR")]
        [InlineData("Syria")]
        [InlineData("Syrian Arab Republic")]
        public async Task Syria(string code)
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country == {|#0:""" + code + @"""|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(code, "Syria", SyriaEnded, SyriaCitation, Remove));
        }

        [Fact]
        public async Task Sudan()
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country == {|#0:""SD""|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("SD", "Sudan", "its country-wide sanctions program ended on 12 Oct 2017",
                    "end date per secondary sources; 31 CFR part 538 removed 29 Jun 2018, 83 FR 30539, FR Doc 2018-14084", Remove));
        }

        [Fact]
        public async Task ListElementIsReported_NotTheOthers()
        {
            await Verify.VerifyAsync(Id, Hub(@"private static readonly string[] Blocked = { ""IR"", {|#0:""SY""|}, ""KP"", ""CU"" };",
                @"if (Blocked.Contains(country)) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("SY", "Syria", SyriaEnded, SyriaCitation, Remove));
        }

        [Theory]
        [InlineData("UA-14", "Donetsk oblast, of which EO 14065 covers only the so-called DNR region")]
        [InlineData("UA-09", "Luhansk oblast, of which EO 14065 covers only the so-called LNR region")]
        public async Task WholeOblast(string code, string note)
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country is ""UA-43"" or {|#0:""" + code + @"""|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(code, "the so-called DNR and LNR regions", "the whole " + note,
                    "EO 14065; OFAC FAQ 1009", "narrow the block to the covered areas (postal codes, vetted boundaries)"));
        }

        [Fact]
        public async Task SharedListUsedTwice_IsReportedOnce()
        {
            const string source = @"
public static class Geo { public static readonly string[] Embargoed = { ""IR"", {|#0:""SY""|} }; }
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if (Geo.Embargoed.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }

    public override Task OnConnectedAsync()
    {
        if (Geo.Embargoed.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) Context.Abort();
        return base.OnConnectedAsync();
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments("SY", "Syria", SyriaEnded, SyriaCitation, Remove));
        }

        [Fact]
        public async Task EntryInAppSettings_IsReportedInTheJsonFile()
        {
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(Hub("private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration = null!;",
                @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>() ?? Array.Empty<string>();
        if (blocked.Contains(country)) { Context.Abort(); return; }"));
            test.TestState.AdditionalFiles.Add(("appsettings.json", SourceText.From("{\n  \"Geo\": {\n    \"Blocked\": [ \"IR\", \"SY\" ]\n  }\n}\n")));
            test.ExpectedDiagnostics.Add(Verify.Diagnostic(Id).WithSpan("appsettings.json", 3, 24, 3, 28).WithArguments("SY", "Syria", SyriaEnded, SyriaCitation, Remove));
            await test.RunAsync();
        }

        [Fact]
        public async Task NeutralUse_IsSilent()
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country == ""SY"") { Context.Items[""flag""] = ""🇸🇾""; }"));
        }

        [Fact]
        public async Task CountryPickerListingSyria_IsSilent()
        {
            await Verify.VerifyAsync(Id, Hub(@"private static readonly string[] Options = { ""SY"", ""SD"", ""UA-14"" };", @"Context.Items[""options""] = Options;"));
        }

        [Fact]
        public async Task CrimeaIsNotOverWide()
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country is ""UA-43"" or ""UA-40"") { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task ActiveProgramsAreNotStale()
        {
            await Verify.VerifyAsync(Id, Hub("", @"if (country is ""IR"" or ""KP"" or ""CU"") { Context.Abort(); return; }"));
        }
    }
}
