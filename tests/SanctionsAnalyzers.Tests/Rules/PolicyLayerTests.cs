using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>Organisation and project layers (.globalconfig keys) and waivers (SanctionsWaivers.txt).</summary>
    public class PolicyLayerTests
    {
        private const string Hub = @"
namespace Contoso.Chat
{
    public class ChatHub : Hub
    {
        public async Task Send(string message)
        {
            if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) { Context.Abort(); return; }
            await Clients.All.SendAsync(""m"", message);
        }
    }
}";

        private static RuleVerifier.Test Test(string rule, string source, string globalConfig = "", string? waivers = null)
        {
            var test = RuleVerifier.ForRule(rule);
            test.TestState.Sources.Add(source);
            if (globalConfig.Length > 0)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
            }

            if (waivers is not null)
            {
                test.TestState.AdditionalFiles.Add(("SanctionsWaivers.txt", SourceText.From(waivers)));
            }

            return test;
        }

        private static DiagnosticResult IranChat(string citation = "31 CFR 560.540(a)(1), formerly GL D-2") =>
            RuleVerifier.Diagnostic("SANC1001").WithLocation(0).WithArguments("Iran (IR)", "ChatHub.Send", "instant messaging and chat", citation, "denies");

        [Fact]
        public async Task OrganisationMarksChatNotCovered_NoWarning()
        {
            var test = Test("SANC1001", Hub, "sanctions_analyzers.verdict.ir.chat = not_covered");
            await test.RunAsync();
        }

        [Fact]
        public async Task ProjectMarksAnUnconfirmedPointAuthorized_Warning()
        {
            const string crimea = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""UA-43""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            var test = Test("SANC1001", crimea, "sanctions_analyzers.verdict.ua-43.chat = authorized");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC1001").WithLocation(0)
                .WithArguments("Crimea (UA-43)", "ChatHub.Send", "chat", "organisation policy (sanctions_analyzers.verdict.ua-43.chat)", "denies"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ExtraIdentifierIsRecognised()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""Persia""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            var test = Test("SANC1001", source, "sanctions_analyzers.identifiers.ir = Persia");
            test.ExpectedDiagnostics.Add(IranChat());
            await test.RunAsync();
        }

        [Fact]
        public async Task FeatureCategoryDeclaredInConfiguration()
        {
            const string source = @"
namespace Contoso
{
    public class LearningController : ControllerBase
    {
        [HttpGet(""/lessons"")]
        public IActionResult Lessons() => {|#0:Request.Headers[""CF-IPCountry""] == ""IR""|} ? Forbid() : Ok();
    }
}";
            var test = Test("SANC1001", source, "sanctions_analyzers.category.Contoso.LearningController = e-learning");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC1001").WithLocation(0)
                .WithArguments("Iran (IR)", "LearningController.Lessons", "e-learning platforms", "31 CFR 560.540(a)(1), formerly GL D-2", "denies"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("sanctions_analyzers.verdict.ir.chat = maybe", "Key 'sanctions_analyzers.verdict.ir.chat' has the value 'maybe'; allowed values: authorized, not_covered, excluded.")]
        [InlineData("sanctions_analyzers.verdict.atlantis.chat = excluded", "Key 'sanctions_analyzers.verdict.atlantis.chat' does not name a jurisdiction and a category of the policy map (sanctions_analyzers.verdict.<jurisdiction>.<category>).")]
        [InlineData("sanctions_analyzers.identifiers.atlantis = Atlantis", "Key 'sanctions_analyzers.identifiers.atlantis' does not name a jurisdiction of the policy map (sanctions_analyzers.identifiers.<jurisdiction>).")]
        [InlineData("sanctions_analyzers.category.Contoso.Hub = telepathy", "Key 'sanctions_analyzers.category.contoso.hub' names unknown category 'telepathy' (see docs/policy-map.md).")]
        [InlineData("sanctions_analyzers.policy_version = 2024.1.0", "sanctions_analyzers.policy_version pins policy map 2024.1.0, but this analyzer embeds 2026.12.1; review docs/policy-map-changelog.md and update the pin.")]
        [InlineData("sanctions_analyzers.severity = high", "Unknown key 'sanctions_analyzers.severity'; known keys: sanctions_analyzers.verdict.<jurisdiction>.<category>, sanctions_analyzers.identifiers.<jurisdiction>, sanctions_analyzers.category.<type or member>, sanctions_analyzers.policy_version.")]
        public async Task BadKeysAndValuesAreSanc0001(string line, string message)
        {
            var test = Test("SANC0001", "public class Empty { }", line);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0001").WithArguments(message));
            await test.RunAsync();
        }

        [Fact]
        public async Task MatchingPolicyVersionPin_IsSilent()
        {
            await Test("SANC0001", "public class Empty { }", "sanctions_analyzers.policy_version = 2026.12.1").RunAsync();
        }

        [Fact]
        public async Task WaiverSuppressesTheDiagnosticWithAJustification()
        {
            var test = Test("SANC1001", Hub, "build_property.SanctionsToday = 2026-11-28",
                "// reviewed by counsel\nSANC1001; M:Contoso.Chat.ChatHub.Send(System.String); legal-review; jane.doe; 2027-06-30\n");
            test.ExpectedDiagnostics.Add(IranChat().WithIsSuppressed(true));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            await test.RunAsync();
        }

        [Fact]
        public async Task TypeWaiverCoversItsMembers()
        {
            var test = Test("SANC1001", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; T:Contoso.Chat.ChatHub; contractual; ops; 2027-01-31\n");
            test.ExpectedDiagnostics.Add(IranChat().WithIsSuppressed(true));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            await test.RunAsync();
        }

        [Fact]
        public async Task ExpiredWaiverNoLongerApplies_AndIsReported()
        {
            var test = Test("SANC1001", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; T:Contoso.Chat.ChatHub; contractual; ops; 2026-01-31\n");
            test.ExpectedDiagnostics.Add(IranChat());
            await test.RunAsync();

            var stale = Test("SANC0002", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; T:Contoso.Chat.ChatHub; contractual; ops; 2026-01-31\n");
            stale.TestState.MarkupHandling = MarkupMode.Ignore;
            stale.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0002").WithSpan("SanctionsWaivers.txt", 1, 1, 1, 63)
                .WithArguments("SANC1001", "T:Contoso.Chat.ChatHub", "it expired on 2026-01-31 (owner ops); renew it after a new review or remove it"));
            await stale.RunAsync();
        }

        [Fact]
        public async Task WaiverForSomethingThatDoesNotExist_IsReported()
        {
            var test = Test("SANC0002", "public class Empty { }", "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; M:Contoso.Gone.Method; legal-review; ops; 2027-01-31\n");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0002").WithSpan("SanctionsWaivers.txt", 1, 1, 1, 63)
                .WithArguments("SANC1001", "M:Contoso.Gone.Method", "its target is not in this project; remove it or correct the target"));
            await test.RunAsync();
        }

        [Fact]
        public async Task PathWaiverForAStaleEntryInAppSettings_IsInUse()
        {
            // SANC1004 is reported inside appsettings.json, where the list bound by the hub names Syria.
            const string hub = @"
public class ChatHub : Hub
{
    private readonly IConfiguration _configuration = null!;
    public async Task Send(string message)
    {
        var blocked = _configuration.GetSection(""Geo:Blocked"").Get<string[]>() ?? Array.Empty<string>();
        if (blocked.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            var test = Test("SANC0002", hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1004; path:appsettings.json; legal-review; ops; 2027-01-31\n");
            test.TestState.AdditionalFiles.Add(("appsettings.json", SourceText.From("{ \"Geo\": { \"Blocked\": [ \"SY\" ] } }")));
            await test.RunAsync();
        }

        [Fact]
        public async Task WaiverThatCoversAFinding_IsInUse()
        {
            var test = Test("SANC0002", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; M:Contoso.Chat.ChatHub.Send(System.String); false-positive; ops; 2027-01-31\n");
            test.TestState.MarkupHandling = MarkupMode.Ignore;
            await test.RunAsync();
        }

        [Fact]
        public async Task WaiverThatCoversNoFinding_IsReported()
        {
            // The hub exists, but its gate is SANC1001, not the proxy-signal rule the waiver names.
            var test = Test("SANC0002", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1003; T:Contoso.Chat.ChatHub; false-positive; ops; 2027-01-31\n");
            test.TestState.MarkupHandling = MarkupMode.Ignore;
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0002").WithSpan("SanctionsWaivers.txt", 1, 1, 1, 66)
                .WithArguments("SANC1003", "T:Contoso.Chat.ChatHub", "it matches no SANC1003 finding in this build; remove it, or correct its rule or target"));
            await test.RunAsync();
        }

        [Fact]
        public async Task PathWaiverOfAFileWithoutFindings_IsReported()
        {
            var test = Test("SANC0002", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; path:*.cs; legal-review; ops; 2027-01-31\nSANC1004; path:*.cs; legal-review; ops; 2027-01-31\n");
            test.TestState.MarkupHandling = MarkupMode.Ignore;
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0002").WithSpan("SanctionsWaivers.txt", 2, 1, 2, 51)
                .WithArguments("SANC1004", "path:*.cs", "it matches no SANC1004 finding in this build; remove it, or correct its rule or target"));
            await test.RunAsync();
        }

        [Theory]
        [InlineData("SANC1001; T:X", "Waiver line has 2 fields; expected 5: rule; target; reason; owner; expires (yyyy-MM-dd). The line is ignored.")]
        [InlineData("SANC9999; T:X; legal-review; ops; 2027-01-31", "Waiver rule 'SANC9999' is not one of SANC1001, SANC1002, SANC1003, SANC1004. The line is ignored.")]
        [InlineData("SANC1001; Contoso.X; legal-review; ops; 2027-01-31", "Waiver target 'Contoso.X' is neither a documentation comment ID (M:, T:, P:) nor path:<glob>. The line is ignored.")]
        [InlineData("SANC1001; T:X; because; ops; 2027-01-31", "Waiver reason 'because' is not one of legal-review, blocked-persons, controlled-item, commercial-connectivity, contractual, false-positive. The line is ignored.")]
        [InlineData("SANC1001; T:X; legal-review; ops; 31/01/2027", "Waiver expiry '31/01/2027' is not a date in the form yyyy-MM-dd. The line is ignored.")]
        [InlineData("SANC1001; T:X; TODO; TODO; TODO", "Waiver for SANC1001 on T:X still has a TODO placeholder; fill in the reason, owner and expiry. The line is ignored.")]
        public async Task MalformedWaiverLinesAreSanc0001AtTheirLine(string line, string message)
        {
            var test = Test("SANC0001", "public class Empty { }", waivers: "// header\n" + line + "\n");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC0001").WithSpan("SanctionsWaivers.txt", 2, 1, 2, 1 + line.Length).WithArguments(message));
            await test.RunAsync();
        }

        [Fact]
        public async Task PathWaiver()
        {
            var test = Test("SANC1001", Hub, "build_property.SanctionsToday = 2026-11-28",
                "SANC1001; path:*.cs; false-positive; ops; 2027-01-31\n");
            test.ExpectedDiagnostics.Add(IranChat().WithIsSuppressed(true));
            test.TestBehaviors |= TestBehaviors.SkipSuppressionCheck;
            await test.RunAsync();
        }
    }
}
