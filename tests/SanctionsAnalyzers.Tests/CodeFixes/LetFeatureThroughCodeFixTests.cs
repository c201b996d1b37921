using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SanctionsAnalyzers.CodeFixes;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.CodeFixVerifier<SanctionsAnalyzers.CodeFixes.LetFeatureThroughCodeFixProvider>;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// SANC1001 "Let this feature through the gate": the authorized jurisdictions leave the gate, and every other
    /// jurisdiction stays blocked exactly as before (after the fix, the North Korea block is still there and the
    /// analyzer has nothing more to say).
    /// </summary>
    public class LetFeatureThroughCodeFixTests
    {
        private const string Id = "SANC1001";

        private static string Hub(string body, string members = "") => @"
public class ChatHub : Hub
{MEMBERS
    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        BODY
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}".Replace("MEMBERS", members).Replace("BODY", body);

        private static string Mail(string body) => @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to, string body)
    {
        var country = Request.Headers[""X-Country-Code""].ToString();
        BODY
    }
}".Replace("BODY", body);

        private const string SendMail = @"using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""noreply@example.com"", to, ""Message"", body);
        return Ok();";

        // ---------------------------------------------------------------- conditions

        [Fact]
        public async Task SingleComparison_TheIfGoes()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country == ""IR""|}) { Context.Abort(); return; }"),
                @"
public class ChatHub : Hub
{
    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}");
        }

        [Fact]
        public async Task SingleComparisonOverSeveralLines_TheWholeIfGoes()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"// Sanctioned: no chat.
        if ({|SANC1001:""IR"" == country|})
        {
            Context.Abort();
            return;
        }
"),
                @"
public class ChatHub : Hub
{
    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        // Sanctioned: no chat.

        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}");
        }

        [Fact]
        public async Task PatternWithOr_KeepsNorthKorea()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country is ""IR"" or ""KP""|}) { Context.Abort(); return; }"),
                Hub(@"if (country is ""KP"") { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task PatternWithTwoAuthorizedJurisdictions_KeepsNorthKorea()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country is ""IR"" or ""KP"" or ""CU""|}) { Context.Abort(); return; }"),
                Hub(@"if (country is ""KP"") { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task LogicalOrOfComparisons_KeepsNorthKorea()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country == ""IR"" || country == ""KP""|}) { Context.Abort(); return; }"),
                Hub(@"if (country == ""KP"") { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task LogicalOrOverSeveralLines_KeepsTheOthersAsWritten()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country == ""CU""
            || country == ""KP""
            || string.Equals(country, ""Iran"", StringComparison.OrdinalIgnoreCase)|})
        {
            throw new HubException(""Not available in your region"");
        }"),
                Hub(@"if (country == ""KP"")
        {
            throw new HubException(""Not available in your region"");
        }"));
        }

        [Fact]
        public async Task NegatedAllowCheck_InTheSameCondition()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if (!({|SANC1001:country != ""IR"" && country != ""KP""|})) { Context.Abort(); return; }"),
                Hub(@"if (!(country != ""KP"")) { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task UnrelatedConditionNextToTheGate_Stays()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if (user.Length == 0 || {|SANC1001:country == ""IR""|}) { Context.Abort(); return; }"),
                Hub(@"if (user.Length == 0) { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task ElseBranch_TakesThePlaceOfTheIf()
        {
            await Verify.VerifyAsync(Id,
                Mail(@"if ({|SANC1001:country == ""IR""|})
        {
            return Forbid();
        }
        else
        {
            " + SendMail + @"
        }"),
                Mail(SendMail));
        }

        [Fact]
        public async Task ElseIf_TheBranchGoes()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if (user.Length == 0) { return; }
        else if ({|SANC1001:country == ""IR""|}) { Context.Abort(); return; }"),
                Hub(@"if (user.Length == 0) { return; }"));
        }

        [Fact]
        public async Task ElseBlockWhoseNamesWouldClash_StaysABlock()
        {
            await Verify.VerifyAsync(Id,
                Mail(@"if ({|SANC1001:country == ""IR""|})
        {
            return Forbid();
        }
        else
        {
            var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
            await smtp.SendMailAsync(""noreply@example.com"", to, ""Message"", body);
        }

        for (var smtp = 0; smtp < 1; smtp++) { }
        return Ok();"),
                Mail(@"{
            var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
            await smtp.SendMailAsync(""noreply@example.com"", to, ""Message"", body);
        }

        for (var smtp = 0; smtp < 1; smtp++) { }
        return Ok();"));
        }

        [Fact]
        public async Task Ternary_KeepsTheBranchEveryoneTakes()
        {
            await Verify.VerifyAsync(Id,
                Mail(@"await Task.Yield();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return !({|SANC1001:country != ""IR""|}) ? Forbid() : Ok();"),
                Mail(@"await Task.Yield();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return Ok();"));
        }

        [Fact]
        public async Task HasClaim_TheIfGoes()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:Context.User!.HasClaim(System.Security.Claims.ClaimTypes.Country, ""IR"")|}) { Context.Abort(); return; }
        await Task.Yield();"),
                Hub(@"await Task.Yield();"));
        }

        [Fact]
        public async Task NamedConstantAndEnumMember()
        {
            const string codes = @"
public static class CountryCodes { public const string Iran = ""IR""; public const string NorthKorea = ""KP""; }";
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country == CountryCodes.Iran || country == CountryCodes.NorthKorea|}) { Context.Abort(); return; }") + codes,
                Hub(@"if (country == CountryCodes.NorthKorea) { Context.Abort(); return; }") + codes);
        }

        [Fact]
        public async Task StaticReadonlyStrings_TheUseInTheGateGoes()
        {
            // The analyzer names the initializer ("IR") as the jurisdiction's place; the fix edits the field's use in the gate.
            const string codes = @"
public static class Geo { public static readonly string Iran = ""IR""; public static readonly string NorthKorea = ""KP""; }";
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:country == Geo.NorthKorea || country == Geo.Iran|}) { Context.Abort(); return; }") + codes,
                Hub(@"if (country == Geo.NorthKorea) { Context.Abort(); return; }") + codes);
        }

        // ---------------------------------------------------------------- switch

        [Fact]
        public async Task SwitchSection_LosesTheAuthorizedLabel()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"switch (country)
        {
            {|SANC1001:case ""IR"":|}
            case ""KP"":
                Context.Abort();
                return;
        }"),
                Hub(@"switch (country)
        {
            case ""KP"":
                Context.Abort();
                return;
        }"));
        }

        [Fact]
        public async Task SwitchSectionWithOnlyAuthorizedLabels_Goes()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"switch (country)
        {
            {|SANC1001:case ""IR"":|}
            case ""CU"":
                Context.Abort();
                return;
            case ""KP"":
                throw new HubException(""blocked"");
        }"),
                Hub(@"switch (country)
        {
            case ""KP"":
                throw new HubException(""blocked"");
        }"));
        }

        [Fact]
        public async Task SwitchExpressionArm_Goes()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return country switch
        {
            {|SANC1001:""IR""|} => Forbid(),
            ""KP"" => StatusCode(451),
            _ => Ok(),
        };
    }
}";
            const string fixedSource = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return country switch
        {
            ""KP"" => StatusCode(451),
            _ => Ok(),
        };
    }
}";
            await Verify.VerifyAsync(Id, source, fixedSource);
        }

        // ---------------------------------------------------------------- block lists

        [Fact]
        public async Task BlockListUsedByThisGateOnly_LosesTheEntry()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:Blocked.Contains(country)|}) { Context.Abort(); return; }", @"
    private static readonly string[] Blocked = { ""IR"", ""KP"" };
"),
                Hub(@"if (Blocked.Contains(country)) { Context.Abort(); return; }", @"
    private static readonly string[] Blocked = { ""KP"" };
"));
        }

        [Fact]
        public async Task BlockListOnSeveralLines_InAnotherFile_LosesEveryAuthorizedEntry()
        {
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(Hub(@"if ({|SANC1001:Geo.Embargoed.Contains(country)|}) { Context.Abort(); return; }"));
            test.TestState.Sources.Add(@"
public static class Geo
{
    public static readonly HashSet<string> Embargoed = new(StringComparer.OrdinalIgnoreCase)
    {
        ""CU"", // Cuba
        ""IR"", // Iran
        ""KP"", // North Korea
    };
}");
            test.FixedState.Sources.Add(Hub(@"if (Geo.Embargoed.Contains(country)) { Context.Abort(); return; }"));
            test.FixedState.Sources.Add(@"
public static class Geo
{
    public static readonly HashSet<string> Embargoed = new(StringComparer.OrdinalIgnoreCase)
    {
        ""KP"", // North Korea
    };
}");
            await test.RunAsync();
        }

        [Fact]
        public async Task InlineCollection_LosesTheEntry()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"if ({|SANC1001:new[] { ""IR"", ""KP"" }.Contains(country)|}) { Context.Abort(); return; }"),
                Hub(@"if (new[] { ""KP"" }.Contains(country)) { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task LocalCollectionExpression_LosesTheEntry()
        {
            await Verify.VerifyAsync(Id,
                Hub(@"string[] blocked = [""KP"", ""IR""];
        if ({|SANC1001:blocked.Contains(country)|}) { Context.Abort(); return; }"),
                Hub(@"string[] blocked = [""KP""];
        if (blocked.Contains(country)) { Context.Abort(); return; }"));
        }

        // ---------------------------------------------------------------- Fix All

        [Fact]
        public async Task FixAll_EveryGateOfTheDocument()
        {
            const string source = @"
public class ChatHub : Hub
{
    private static readonly string[] Blocked = { ""CU"", ""KP"" };

    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|SANC1001:country == ""IR""|}) { Context.Abort(); return; }
        if ({|SANC1001:Blocked.Contains(country)|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }

    public override async Task OnConnectedAsync()
    {
        if ({|SANC1001:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""CU""|})
        {
            Context.Abort();
        }
        else
        {
            await base.OnConnectedAsync();
        }
    }
}";
            const string fixedSource = @"
public class ChatHub : Hub
{
    private static readonly string[] Blocked = { ""KP"" };

    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (Blocked.Contains(country)) { Context.Abort(); return; }
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }

    public override async Task OnConnectedAsync()
    {
        await base.OnConnectedAsync();
    }
}";
            await Verify.VerifyAsync(Id, source, fixedSource);
        }

        [Fact]
        public async Task FixAll_AcrossDocuments()
        {
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(Hub(@"if ({|SANC1001:country is ""IR"" or ""KP""|}) { Context.Abort(); return; }"));
            test.TestState.Sources.Add(Mail(@"if ({|SANC1001:country == ""CU""|}) return Forbid();
        " + SendMail));
            test.FixedState.Sources.Add(Hub(@"if (country is ""KP"") { Context.Abort(); return; }"));
            test.FixedState.Sources.Add(Mail(SendMail));
            await test.RunAsync();
        }

        // ---------------------------------------------------------------- no fix

        [Fact]
        public async Task ListLongerThanThePathShows_NoFix()
        {
            // The path lists twelve places; an authorized entry past them would stay behind, so no partial edit is offered.
            await Verify.VerifyNoFixAsync(Id, Hub(@"if ({|SANC1001:Blocked.Contains(country)|}) { Context.Abort(); return; }", @"
    private static readonly string[] Blocked = { ""KP"", ""kp"", ""Kp"", ""CU"", ""cu"", ""Cu"", ""SY"", ""sy"", ""Sy"", ""SD"", ""sd"", ""Sd"", ""IR"" };
"));
        }

        [Fact]
        public async Task EnumMembersAsTheList_NoFix()
        {
            // Enum.TryParse<Restricted>: the places are enum members, which other code may name; removing one is not a
            // list edit, so no fix is offered.
            await Verify.VerifyNoFixAsync(Id, Hub(@"if ({|SANC1001:Enum.TryParse<Restricted>(country, out _)|}) { Context.Abort(); return; }") + @"
public enum Restricted { IR, KP }");
        }

        [Fact]
        public async Task BlockListUsedTwice_NoFix()
        {
            await Verify.VerifyNoFixAsync(Id, Hub(@"if ({|SANC1001:Blocked.Contains(country)|}) { Context.Abort(); return; }", @"
    private static readonly string[] Blocked = { ""IR"", ""KP"" };
    public string[] Countries() => Blocked;
"));
        }

        [Fact]
        public async Task BlockListSharedByTwoGates_NoFix()
        {
            const string source = @"
public static class Geo { public static readonly string[] Embargoed = { ""IR"", ""KP"" }; }
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|SANC1001:Geo.Embargoed.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }

    public override Task OnConnectedAsync()
    {
        if ({|SANC1001:Geo.Embargoed.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())|}) Context.Abort();
        return base.OnConnectedAsync();
    }
}";
            await Verify.VerifyNoFixAsync(Id, source);
        }

        [Fact]
        public async Task SettableListProperty_MayComeFromConfiguration_NoFix()
        {
            await Verify.VerifyNoFixAsync(Id, Hub(@"if ({|SANC1001:Blocked.Contains(country)|}) { Context.Abort(); return; }", @"
    public string[] Blocked { get; set; } = { ""IR"", ""KP"" };
"));
        }

        [Fact]
        public async Task WholeApplicationGate_Middleware_NoFix()
        {
            // The gate guards the hub and every other endpoint: taking Iran out of it would change them all.
            const string source = @"
public class ChatHub : Hub
{
    public Task Send(string message) => Clients.All.SendAsync(""m"", message);
}

public static class Startup
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoBlockingMiddleware>();
        app.MapHub<ChatHub>(""/hubs/chat"");
    }
}

public sealed class GeoBlockingMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockingMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            context.Response.StatusCode = 451;
            return;
        }

        await _next(context);
    }
}";
            var test = Verify.ForRule(Id);
            test.TestCode = source;
            test.FixedCode = source;
            // Reported at compilation end, so never local: the test framework would refuse to even look for a fix.
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipLocalDiagnosticCheck;
            test.ExpectedDiagnostics.Add(Verify.WholeApplicationDiagnostic(Id).WithLocation(0)
                .WithArguments("Iran (IR)", "middleware 'GeoBlockingMiddleware'", "denies", "'ChatHub' (/hubs/chat)", "instant messaging and chat", "31 CFR 560.540(a)(1), formerly GL D-2")
                .WithOptions(DiagnosticOptions.IgnoreAdditionalLocations));
            await test.RunAsync();
        }

        [Fact]
        public async Task SignalReadWithACall_WouldDropTheCall_NoFix()
        {
            const string source = @"
public class MailController : ControllerBase
{
    private readonly IGeoIP2DatabaseReader _geo;
    public MailController(IGeoIP2DatabaseReader geo) => _geo = geo;

    [HttpPost(""/mail"")]
    public IActionResult Send(string to, string body)
    {
        if ({|SANC1001:_geo.Country(""1.2.3.4"").Country.IsoCode == ""IR""|}) return Forbid();
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""noreply@example.com"", to, ""Message"", body);
        return Ok();
    }
}";
            await Verify.VerifyNoFixAsync(Id, source);
        }

        [Fact]
        public async Task AllowPathFirst_DenyAfterTheIf_NoFix()
        {
            // Without IR the condition is always true: the statements after the if would become unreachable.
            await Verify.VerifyNoFixAsync(Id, Mail(@"if ({|SANC1001:country != ""IR""|})
        {
            " + SendMail + @"
        }

        return Forbid();"));
        }

        [Fact]
        public async Task HelperMethod_MayServeOtherFeatures_NoFix()
        {
            const string source = @"
public static class GeoPolicy
{
    public static bool IsSanctioned(string country) => country == ""IR"" || country == ""KP"";
}
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|SANC1001:GeoPolicy.IsSanctioned(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyNoFixAsync(Id, source);
        }

        [Fact]
        public async Task OfferedWithItsTitleAndKey()
        {
            var test = Verify.ForRule(Id);
            test.TestCode = Hub(@"if ({|SANC1001:country == ""IR""|}) { Context.Abort(); return; }");
            test.FixedCode = @"
public class ChatHub : Hub
{
    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}";
            test.CodeActionEquivalenceKey = LetFeatureThroughCodeFixProvider.EquivalenceKey;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(LetFeatureThroughCodeFixProvider.Title, action.Title);
            await test.RunAsync();
        }
    }
}
