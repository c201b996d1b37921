using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.CodeFixes;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.CodeFixVerifier<SanctionsAnalyzers.CodeFixes.RecordWaiverCodeFixProvider>;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// SANC1001/SANC1002 "Record a waiver": a <c>rule ; target ; TODO ; TODO ; TODO</c> line in SanctionsWaivers.txt.
    /// The code is not touched, and the diagnostic stays until a person fills the placeholders in.
    /// </summary>
    public class RecordWaiverCodeFixTests
    {
        private const string Header = @"// SanctionsAnalyzers waivers (docs/waivers.md), one per line: rule ; target ; reason ; owner ; expires (yyyy-MM-dd)
// reason: legal-review, blocked-persons, controlled-item, commercial-connectivity, contractual or false-positive
";

        private const string Hub = @"
namespace Contoso.Chat
{
    public class ChatHub : Hub
    {
        public async Task SendMessage(string user, string message)
        {
            var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
            if ({|SANC1001:country == ""IR""|}) { Context.Abort(); return; }
            await Clients.All.SendAsync(""ReceiveMessage"", user, message);
        }
    }
}";

        private const string Weather = @"
public class WeatherController : ControllerBase
{
    [HttpGet(""/weather"")]
    public IActionResult Get()
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if ({|SANC1002:country == ""IR""|}) return Forbid();
        return Ok(new { temperature = 21 });
    }
}";

        private static Verify.Test Test(string id, params string[] sources)
        {
            var test = Verify.ForRule(id);
            foreach (var source in sources)
            {
                test.TestState.Sources.Add(source);
                test.FixedState.Sources.Add(source);
            }

            // The diagnostics stay: the waiver's placeholders keep it from applying.
            test.FixedState.MarkupHandling = MarkupMode.Allow;
            test.CodeActionEquivalenceKey = RecordWaiverCodeFixProvider.EquivalenceKeyFor(id);
            return test;
        }

        [Fact]
        public async Task NoWaiverFile_CreatesIt()
        {
            var test = Test("SANC1001", Hub);
            test.FixedState.AdditionalFiles.Add(Waivers(Header + @"SANC1001 ; M:Contoso.Chat.ChatHub.SendMessage(System.String,System.String) ; TODO ; TODO ; TODO
"));
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(RecordWaiverCodeFixProvider.Title, action.Title);
            await test.RunAsync();
        }

        [Fact]
        public async Task ExistingWaiverFile_LineAppended()
        {
            var test = Test("SANC1002", Weather);
            const string existing = @"// rule ; target ; reason ; owner ; expires
SANC1003 ; T:Contoso.Signup.SignupController ; contractual ; compliance-team ; 2027-01-31";
            test.TestState.AdditionalFiles.Add((WaiverFileName, existing));
            test.FixedState.AdditionalFiles.Add((WaiverFileName, existing + @"
SANC1002 ; M:WeatherController.Get ; TODO ; TODO ; TODO
"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ProjectWaiverFileWithPrefix_IsTheOneAppendedTo()
        {
            var test = Test("SANC1002", Weather);
            test.TestState.AdditionalFiles.Add(("Api.SanctionsWaivers.txt", ""));
            test.FixedState.AdditionalFiles.Add(("Api.SanctionsWaivers.txt", @"SANC1002 ; M:WeatherController.Get ; TODO ; TODO ; TODO
"));
            await test.RunAsync();
        }

        [Fact]
        public async Task GateInALambda_WaivesTheEnclosingMember()
        {
            const string source = @"
public static class Routes
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/weather"", (HttpContext http) =>
        {
            if ({|SANC1002:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) return Results.Forbid();
            return Results.Ok(21);
        });
    }
}";
            var test = Test("SANC1002", source);
            test.FixedState.AdditionalFiles.Add(Waivers(Header + @"SANC1002 ; M:Routes.Map(Microsoft.AspNetCore.Builder.WebApplication) ; TODO ; TODO ; TODO
"));
            await test.RunAsync();
        }

        [Fact]
        public async Task AlreadyWaived_NoFix()
        {
            var test = Test("SANC1001", Hub);
            const string existing = @"SANC1001 ; M:Contoso.Chat.ChatHub.SendMessage(System.String,System.String) ; TODO ; TODO ; TODO
";
            test.TestState.AdditionalFiles.Add((WaiverFileName, existing));
            test.FixedState.AdditionalFiles.Add((WaiverFileName, existing));
            await test.RunAsync();
        }

        private const string TwoGates = @"
public class MapsController : ControllerBase
{
    [HttpGet(""/widgets"")]
    public IActionResult Widgets()
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if ({|SANC1002:country == ""IR""|}) return Forbid();
        if ({|SANC1002:country == ""CU""|}) return StatusCode(451);
        return Ok();
    }

    [HttpGet(""/route"")]
    public IActionResult Route()
    {
        if ({|SANC1002:Request.Headers[""CF-IPCountry""] == ""IR""|}) return Forbid();
        return Ok();
    }
}";

        [Fact]
        public async Task FixAll_InDocument_OneLinePerMember()
        {
            var test = Test("SANC1002", TwoGates);

            // One fix records the first member; the diagnostic stays, so the same fix is not offered again.
            test.FixedState.AdditionalFiles.Add(Waivers(Header + @"SANC1002 ; M:MapsController.Widgets ; TODO ; TODO ; TODO
"));
            test.NumberOfIncrementalIterations = 1;

            // Fix All: every member once, the second gate of Widgets adds nothing.
            test.BatchFixedState.Sources.Add(TwoGates);
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.AdditionalFiles.Add(Waivers(Header + @"SANC1002 ; M:MapsController.Widgets ; TODO ; TODO ; TODO
SANC1002 ; M:MapsController.Route ; TODO ; TODO ; TODO
"));
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_InProject_OneEditOfTheFile()
        {
            const string existing = @"SANC1003 ; T:Contoso.Signup.SignupController ; contractual ; compliance-team ; 2027-01-31
";
            var test = Test("SANC1002", TwoGates, Weather);
            test.TestState.AdditionalFiles.Add((WaiverFileName, existing));
            test.FixedState.AdditionalFiles.Add((WaiverFileName, existing + @"SANC1002 ; M:MapsController.Widgets ; TODO ; TODO ; TODO
"));
            test.NumberOfIncrementalIterations = 1;
            test.BatchFixedState.Sources.Add(TwoGates);
            test.BatchFixedState.Sources.Add(Weather);
            test.BatchFixedState.MarkupHandling = MarkupMode.Allow;
            test.BatchFixedState.AdditionalFiles.Add((WaiverFileName, existing + @"SANC1002 ; M:MapsController.Widgets ; TODO ; TODO ; TODO
SANC1002 ; M:MapsController.Route ; TODO ; TODO ; TODO
SANC1002 ; M:WeatherController.Get ; TODO ; TODO ; TODO
"));
            test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllInDocumentCheck;
            await test.RunAsync();
        }

        /// <summary>A waiver file the fix creates: UTF-8 without a byte order mark.</summary>
        private static (string, SourceText) Waivers(string content) => (WaiverFileName, SourceText.From(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));

        private const string WaiverFileName = "SanctionsWaivers.txt";
    }
}
