using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.CodeFixes;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.CodeFixVerifier<SanctionsAnalyzers.CodeFixes.StaleJurisdictionCodeFixProvider>;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// SANC1004: "Remove the ended jurisdiction from the list" for Syria and Sudan; "Narrow to the covered areas"
    /// (a TODO comment, no silent edit) for the whole Donetsk and Luhansk oblasts.
    /// </summary>
    public class StaleJurisdictionCodeFixTests
    {
        private const string Id = "SANC1004";
        private const string Remove = StaleJurisdictionCodeFixProvider.RemoveKey;
        private const string Narrow = StaleJurisdictionCodeFixProvider.NarrowKey;

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

        /// <summary>
        /// An entry of a list declared outside the method that uses it is reported while the analyzer looks at that
        /// method, so the diagnostic is not local to the code it points at (an IDE shows it with full solution
        /// analysis only). The fix works the same; the test framework's locality check is skipped for those.
        /// </summary>
        private static Task VerifyEntryOutsideTheMethodAsync(string source, string fixedSource, string? equivalenceKey)
        {
            var test = Verify.ForRule(Id);
            test.TestCode = source;
            test.FixedCode = fixedSource;
            test.CodeActionEquivalenceKey = equivalenceKey;
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            return test.RunAsync();
        }

        private static string Members(string list) => Hub("private static readonly string[] Blocked = LIST;".Replace("LIST", list), @"if (Blocked.Contains(country)) { Context.Abort(); return; }");

        // ---------------------------------------------------------------- lists

        [Fact]
        public async Task ArrayInitializer_MiddleEntry()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"{ ""IR"", {|SANC1004:""SY""|}, ""KP"", ""CU"" }"), Members(@"{ ""IR"", ""KP"", ""CU"" }"), Remove);
        }

        [Fact]
        public async Task ArrayInitializer_LastEntry()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"{ ""IR"", ""KP"", {|SANC1004:""SD""|} }"), Members(@"{ ""IR"", ""KP"" }"), Remove);
        }

        [Fact]
        public async Task ArrayInitializer_FirstEntry()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"{ {|SANC1004:""Syria""|}, ""Iran"" }"), Members(@"{ ""Iran"" }"), Remove);
        }

        [Fact]
        public async Task CollectionExpression()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"[""IR"", {|SANC1004:""SYR""|}]"), Members(@"[""IR""]"), Remove);
        }

        [Fact]
        public async Task MultiLineHashSet_TheEntryAndItsCommentGo()
        {
            const string source = @"
public class ChatHub : Hub
{
    private static readonly HashSet<string> Blocked = new HashSet<string>
    {
        ""IR"", // Iran
        {|SANC1004:""SY""|}, // Syria
        ""KP"", // North Korea
    };

    public async Task Send(string message)
    {
        if (Blocked.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            const string fixedSource = @"
public class ChatHub : Hub
{
    private static readonly HashSet<string> Blocked = new HashSet<string>
    {
        ""IR"", // Iran
        ""KP"", // North Korea
    };

    public async Task Send(string message)
    {
        if (Blocked.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await VerifyEntryOutsideTheMethodAsync(source, fixedSource, Remove);
        }

        [Fact]
        public async Task ParamsArguments()
        {
            const string template = @"
public class ChatHub : Hub
{
    private static readonly System.Collections.Immutable.ImmutableHashSet<string> Blocked = System.Collections.Immutable.ImmutableHashSet.Create(LIST);

    public async Task Send(string message)
    {
        if (Blocked.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await VerifyEntryOutsideTheMethodAsync(template.Replace("LIST", @"""IR"", {|SANC1004:""SY""|}, ""KP"""), template.Replace("LIST", @"""IR"", ""KP"""), Remove);
        }

        [Fact]
        public async Task ListSharedByTwoGates_RemovedForBoth()
        {
            const string template = @"
public static class Geo { public static readonly string[] Embargoed = LIST; }
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
            await VerifyEntryOutsideTheMethodAsync(template.Replace("LIST", @"{ ""IR"", {|SANC1004:""SY""|} }"), template.Replace("LIST", @"{ ""IR"" }"), Remove);
        }

        // ---------------------------------------------------------------- conditions

        [Fact]
        public async Task PatternWithOr()
        {
            await Verify.VerifyAsync(Id,
                Hub("", @"if (country is ""IR"" or {|SANC1004:""SY""|} or ""KP"") { Context.Abort(); return; }"),
                Hub("", @"if (country is ""IR"" or ""KP"") { Context.Abort(); return; }"),
                Remove);
        }

        [Fact]
        public async Task LogicalOrOfComparisons()
        {
            await Verify.VerifyAsync(Id,
                Hub("", @"if (country == {|SANC1004:""SD""|} || country == ""IR"") { Context.Abort(); return; }"),
                Hub("", @"if (country == ""IR"") { Context.Abort(); return; }"),
                Remove);
        }

        [Fact]
        public async Task SingleComparison_TheBlockGoes()
        {
            await Verify.VerifyAsync(Id,
                Hub("", @"if (country == {|SANC1004:""SY""|}) { Context.Abort(); return; }"),
                @"
public class ChatHub : Hub
{
    
    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        await Clients.All.SendAsync(""m"", message);
    }
}",
                Remove);
        }

        [Fact]
        public async Task CaseLabel()
        {
            await Verify.VerifyAsync(Id,
                Hub("", @"switch (country)
        {
            case ""IR"":
            case {|SANC1004:""SY""|}:
                Context.Abort();
                return;
        }"),
                Hub("", @"switch (country)
        {
            case ""IR"":
                Context.Abort();
                return;
        }"),
                Remove);
        }

        [Fact]
        public async Task SwitchExpressionArm()
        {
            const string template = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return country switch
        {
            ""KP"" => Forbid(),ARM
            _ => Ok(),
        };
    }
}";
            await Verify.VerifyAsync(Id, template.Replace("ARM", @"
            {|SANC1004:""SY""|} => StatusCode(451),"), template.Replace("ARM", ""), Remove);
        }

        [Fact]
        public async Task EnumMemberInAList()
        {
            const string template = @"
public enum Country { Iran, Syria, NorthKorea }
public sealed class Profile { public Country Country { get; set; } }
public class ChatHub : Hub
{
    private static readonly Country[] Blocked = LIST;

    public async Task Send(Profile profile, string message)
    {
        if (Blocked.Contains(profile.Country)) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await VerifyEntryOutsideTheMethodAsync(
                template.Replace("LIST", @"{ Country.Iran, {|SANC1004:Country.Syria|}, Country.NorthKorea }"),
                template.Replace("LIST", @"{ Country.Iran, Country.NorthKorea }"),
                Remove);
        }

        // ---------------------------------------------------------------- Fix All

        [Fact]
        public async Task FixAll_NeighbouringEntriesOfOneList()
        {
            await VerifyEntryOutsideTheMethodAsync(
                Members(@"{ ""CU"", ""IR"", ""KP"", {|SANC1004:""SY""|}, {|SANC1004:""SD""|} }"),
                Members(@"{ ""CU"", ""IR"", ""KP"" }"),
                Remove);
        }

        [Fact]
        public async Task FixAll_BothHalvesOfOneCondition()
        {
            await Verify.VerifyAsync(Id,
                Hub("", @"if (country == ""IR"" || country == {|SANC1004:""SY""|} || country == {|SANC1004:""SD""|}) { Context.Abort(); return; }"),
                Hub("", @"if (country == ""IR"") { Context.Abort(); return; }"),
                Remove);
        }

        [Fact]
        public async Task FixAll_AcrossDocuments()
        {
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(Members(@"{ ""IR"", {|SANC1004:""SY""|} }"));
            test.TestState.Sources.Add(@"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        if (Request.Headers[""CF-IPCountry""] == ""CU"" || Request.Headers[""CF-IPCountry""] == {|SANC1004:""SD""|}) return Forbid();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return Ok();
    }
}");
            test.FixedState.Sources.Add(Members(@"{ ""IR"" }"));
            test.FixedState.Sources.Add(@"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        if (Request.Headers[""CF-IPCountry""] == ""CU"") return Forbid();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return Ok();
    }
}");
            test.CodeActionEquivalenceKey = Remove;
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            await test.RunAsync();
        }

        // ---------------------------------------------------------------- whole oblasts

        [Fact]
        public async Task WholeOblast_TodoCommentAboveTheEntry_NoSilentEdit()
        {
            var test = Verify.ForRule(Id);
            test.TestCode = Hub("", @"if (country is ""UA-43"" or {|SANC1004:""UA-14""|}) { Context.Abort(); return; }");
            test.FixedState.Sources.Add(Hub("", @"// TODO(SANC1004): 'UA-14' blocks the whole Donetsk oblast, of which EO 14065 covers only the so-called DNR region (EO 14065; OFAC FAQ 1009); narrow the block to the covered areas (vetted postal codes, boundaries).
        if (country is ""UA-43"" or {|SANC1004:""UA-14""|}) { Context.Abort(); return; }"));
            test.CodeActionEquivalenceKey = Narrow;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(StaleJurisdictionCodeFixProvider.NarrowTitle, action.Title);
            await test.RunAsync();
        }

        [Fact]
        public async Task WholeOblasts_FixAll_OneCommentEach()
        {
            const string template = @"
public class ChatHub : Hub
{
    private static readonly string[] Blocked =
    {
        ""UA-43"",
COMMENTS        ""UA-14"", ""UA-09"",
    };

    public async Task Send(string message)
    {
        if (Blocked.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            var test = Verify.ForRule(Id);
            test.TestCode = template.Replace("COMMENTS", "").Replace(@"""UA-14"", ""UA-09""", @"{|SANC1004:""UA-14""|}, {|SANC1004:""UA-09""|}");
            test.FixedState.Sources.Add(template
                .Replace("COMMENTS", @"        // TODO(SANC1004): 'UA-14' blocks the whole Donetsk oblast, of which EO 14065 covers only the so-called DNR region (EO 14065; OFAC FAQ 1009); narrow the block to the covered areas (vetted postal codes, boundaries).
        // TODO(SANC1004): 'UA-09' blocks the whole Luhansk oblast, of which EO 14065 covers only the so-called LNR region (EO 14065; OFAC FAQ 1009); narrow the block to the covered areas (vetted postal codes, boundaries).
")
                .Replace(@"""UA-14"", ""UA-09""", @"{|SANC1004:""UA-14""|}, {|SANC1004:""UA-09""|}"));
            test.CodeActionEquivalenceKey = Narrow;
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            await test.RunAsync();
        }

        [Fact]
        public async Task WholeOblast_IsNotRemoved()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"{ ""UA-43"", {|SANC1004:""UA-09""|} }"), Members(@"{ ""UA-43"", {|SANC1004:""UA-09""|} }"), Remove);
        }

        [Fact]
        public async Task EndedProgram_GetsNoTodoComment()
        {
            await VerifyEntryOutsideTheMethodAsync(Members(@"{ ""IR"", {|SANC1004:""SY""|} }"), Members(@"{ ""IR"", {|SANC1004:""SY""|} }"), Narrow);
        }

        // ---------------------------------------------------------------- no fix

        [Fact]
        public async Task EntryInAppSettings_NoFix()
        {
            var source = Hub("private readonly Microsoft.Extensions.Configuration.IConfiguration _configuration = null!;",
                @"var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>() ?? Array.Empty<string>();
        if (blocked.Contains(country)) { Context.Abort(); return; }");
            var test = Verify.ForRule(Id);
            test.TestCode = source;
            test.TestState.AdditionalFiles.Add(("appsettings.json", SourceText.From("{\n  \"Geo\": {\n    \"Blocked\": [ \"IR\", \"SY\" ]\n  }\n}\n")));
            test.TestState.ExpectedDiagnostics.Add(Verify.Diagnostic(Id).WithSpan("appsettings.json", 3, 24, 3, 28).WithArguments(
                "SY", "Syria", "its country-wide sanctions program ended on 1 Jul 2025", "EO 14312 of 30 Jun 2025, 90 FR 29395; 31 CFR part 542 removed 26 Aug 2025 per secondary sources",
                "remove it from the block and keep only the screening of listed persons"));
            test.FixedState.InheritanceMode = Microsoft.CodeAnalysis.Testing.StateInheritanceMode.AutoInheritAll;
            test.FixedCode = source;
            await test.RunAsync();
        }

        [Fact]
        public async Task SignalReadWithACall_WouldDropTheCall_NoFix()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly IGeoIP2DatabaseReader _geo = null!;
    public async Task Send(string message)
    {
        if (_geo.Country(""1.2.3.4"").Country.IsoCode == {|SANC1004:""SY""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyNoFixAsync(Id, source, Remove);
        }

        [Fact]
        public async Task OnlyEntryOfAnImplicitlyTypedArray_NoFix()
        {
            await Verify.VerifyNoFixAsync(Id, Hub("", @"if (new[] { {|SANC1004:""SY""|} }.Contains(country)) { Context.Abort(); return; }"), Remove);
        }
    }
}
