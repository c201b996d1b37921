using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// SANC1001 decided by the feature's names when nothing stronger is found: the method, then its routes, then its
    /// type (with base types and interfaces), then its namespace. The message says the category was inferred, from
    /// which name, and how to confirm or correct it.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string Inferred(string categories, string source, string ids) =>
            categories + ", inferred from " + source + "; confirm with [CommunicationService(" + ids + ")] or declare the right category";

        [Fact]
        public async Task Names_ControllerType_DecidesEmail()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost]
    public IActionResult Send(string to)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return StatusCode(451);
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "MailController.Send", Inferred("e-mail", "the type name 'MailController'", "\"email\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task Names_MethodWordInCamelCase_DecidesELearning()
        {
            const string source = @"
public class EnrollmentService
{
    public Task EnrollAsync(string countryCode, string courseId)
    {
        if ({|#0:countryCode == ""IR""|}) throw new UnauthorizedAccessException(""not available in your region"");
        return Task.CompletedTask;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "EnrollmentService.EnrollAsync", Inferred("e-learning platforms", "the method name 'EnrollAsync'", "\"e-learning\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task Names_CompoundOfTwoParts_SignIn()
        {
            const string source = @"
public class AccountService
{
    public bool SignIn(string user, string countryCode)
    {
        if ({|#0:countryCode == ""IR""|}) throw new UnauthorizedAccessException();
        return true;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "AccountService.SignIn", Inferred("user authentication", "the method name 'SignIn'", "\"user-authentication\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task Names_RouteTemplate_WhenTheMethodNamesNothing()
        {
            const string source = @"
[Route(""api/meetings"")]
public class RoomsController : ControllerBase
{
    [HttpPost(""{id}/join"")]
    public IActionResult Join(string id)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""CU""|}) return Forbid();
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Cuba (CU)", "RoomsController.Join", Inferred("video conferencing", "the route name 'api/meetings'", "\"video-conferencing\""), "31 CFR 515.578(a)(1)", "denies"));
        }

        [Fact]
        public async Task Names_Namespace_IsTheFarthestTier()
        {
            const string source = @"
namespace Contoso.Webmail
{
    public class Tray
    {
        public bool Open(string countryCode)
        {
            if ({|#0:countryCode == ""IR""|}) throw new UnauthorizedAccessException();
            return true;
        }
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "Tray.Open", Inferred("e-mail", "the namespace name 'Contoso.Webmail'", "\"email\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task Names_Callers_DecideForASharedPolicyThatNamesNothing()
        {
            // The degrade lives in a policy named for nothing; the feature that asks it joins video rooms.
            const string source = @"
public sealed record CallCapabilities(int MaxHeight, bool ScreenShare);

public static class CallPolicy
{
    public static CallCapabilities For(string countryCode)
    {
        if ({|#0:countryCode == ""IR""|}) return new CallCapabilities(240, false);
        return new CallCapabilities(1080, true);
    }
}

public sealed class VideoRoomService
{
    public string JoinRoom(string roomId, string viewerCountry) => roomId + "" at "" + CallPolicy.For(viewerCountry).MaxHeight;
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "CallPolicy.For", Inferred("video conferencing", "its caller VideoRoomService.JoinRoom (the type name 'VideoRoomService')", "\"video-conferencing\""), IranCitation, "degrades"));
        }

        private const string SharedPolicyBehindAnInterface = @"
public sealed record CallCapabilities(int MaxHeight, bool ScreenShare);

public interface ICallPolicy { CallCapabilities For(string countryCode); }

public sealed class CallPolicy : ICallPolicy
{
    public CallCapabilities For(string countryCode)
    {
        if ({|#0:countryCode == ""IR""|}) return new CallCapabilities(240, false);
        return new CallCapabilities(1080, true);
    }
}

public sealed class CALLER
{
    private readonly ICallPolicy _policy;
    public CALLER(ICallPolicy policy) => _policy = policy;
    public string METHOD(string roomId, string viewerCountry) => roomId + "" at "" + _policy.For(viewerCountry).MaxHeight;
}";

        [Fact]
        public async Task Names_CallersThroughTheInterface_DecideForItsImplementation() =>
            // The features call the policy through its interface: they are still the implementation's callers.
            await Verify.VerifyAsync(Id, SharedPolicyBehindAnInterface.Replace("CALLER", "VideoRoomService").Replace("METHOD", "JoinRoom"), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "CallPolicy.For", Inferred("video conferencing", "its caller VideoRoomService.JoinRoom (the type name 'VideoRoomService')", "\"video-conferencing\""), IranCitation, "degrades"));

        [Fact]
        public async Task Names_CallersThroughTheInterface_ThatOnlyTakePayments_AreConsistent() =>
            await Verify.VerifyAsync(Id, SharedPolicyBehindAnInterface.Replace("CALLER", "CheckoutService").Replace("METHOD", "PayInvoice").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task Names_Callers_ThatOnlyTakePayments_AreConsistent()
        {
            // The same shared check asked only by a checkout: a consistent block, silent.
            const string source = @"
public static class RegionCheck
{
    public static bool Allowed(string countryCode)
    {
        if (countryCode == ""IR"") throw new UnauthorizedAccessException(""not in your region"");
        return true;
    }
}

public sealed class CheckoutService
{
    public string PlaceOrder(string cart, string countryCode) => RegionCheck.Allowed(countryCode) ? ""placed"" : ""refused"";
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_Callers_AreNotAskedWhenTheTypeNamesTheFeature()
        {
            // The type says payments; a chat caller farther away does not override the nearer name.
            const string source = @"
public static class PaymentRegionPolicy
{
    public static bool Allowed(string countryCode)
    {
        if (countryCode == ""IR"") throw new UnauthorizedAccessException(""not in your region"");
        return true;
    }
}

public sealed class ChatRoomService
{
    public bool Join(string room, string countryCode) => PaymentRegionPolicy.Allowed(countryCode);
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_Callers_AUtilityCalledEverywhere_SaysNothing()
        {
            // Nine callers: the check is application plumbing, its callers do not name what it guards.
            var callers = string.Concat(Enumerable.Range(1, 9).Select(i => @"
public sealed class ChatRoom" + i + @"
{
    public bool Join(string countryCode) => RegionCheck.For(countryCode);
}"));
            var source = @"
public static class RegionCheck
{
    public static bool For(string countryCode)
    {
        if (countryCode == ""IR"") throw new UnauthorizedAccessException(""not in your region"");
        return true;
    }
}" + callers;
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_NearestTierWins_PaymentMethodInAChatType_IsSilent()
        {
            // The method names payments; the type's "chat" is farther and does not count: the block is consistent.
            const string source = @"
public class ChatController : ControllerBase
{
    [HttpPost]
    public IActionResult Checkout(string plan)
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_RouteHandler_ItsRouteOutranksTheMethodThatMapsIt()
        {
            // The checkout handler is mapped inside MapChatEndpoints: its route says payments, the block is consistent.
            const string source = @"
public static class ChatEndpoints
{
    public static void MapChatEndpoints(WebApplication app)
    {
        app.MapPost(""/checkout"", (HttpContext http) =>
        {
            if (http.Request.Headers[""CF-IPCountry""] == ""IR"") return Results.Forbid();
            return Results.Ok();
        });
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_WordInsideAnotherWord_DoesNotCount()
        {
            // "Chateau" is not "chat", "Maplewood" not a map: no category, no SANC1001.
            const string source = @"
public class ChateauBookings
{
    public bool Maplewood(string countryCode)
    {
        if (countryCode == ""IR"") throw new UnauthorizedAccessException();
        return true;
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_StrongerEvidenceWins_OverTheName()
        {
            // The type's name says chat, but the method calls Stripe: payments decide, the block is consistent.
            const string source = @"
public class ChatPremiumController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Upgrade()
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Names_EvidenceTierAndSuggestedCategories_InTheProperties()
        {
            var compilation = AnalyzerRun.Compile(@"
public class ChatRoomsController : ControllerBase
{
    public IActionResult Post(string text)
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        return Ok();
    }
}");
            var diagnostic = Assert.Single((await AnalyzerRun.DiagnosticsAsync(compilation)).Where(d => d.Id == Id));
            Assert.Equal("Name", diagnostic.Properties["EvidenceTier"]);
            Assert.Equal("chat", diagnostic.Properties["SuggestedCategories"]);
            Assert.Contains("inferred from the type name 'ChatRoomsController'", diagnostic.GetMessage());
        }

        [Fact]
        public async Task Names_KnownApi_TierIsKnownApi_AndNoInferenceNote()
        {
            var compilation = AnalyzerRun.Compile(@"
public class Notifier
{
    public void Send(string countryCode, System.Net.Mail.SmtpClient smtp)
    {
        if (countryCode == ""IR"") return;
        smtp.Send(""a@example.com"", ""b@example.com"", ""s"", ""b"");
    }
}");
            var diagnostic = Assert.Single((await AnalyzerRun.DiagnosticsAsync(compilation)).Where(d => d.Id == Id));
            Assert.Equal("KnownApi", diagnostic.Properties["EvidenceTier"]);
            Assert.DoesNotContain("inferred", diagnostic.GetMessage());
            Assert.False(diagnostic.Properties.ContainsKey("SuggestedCategories"));
        }

        [Fact]
        public async Task Names_TheTypeOfAFieldDecides_WhenTheFeaturesOwnNamesSayNothing()
        {
            // RegionKickPlugin.OnClientConnected names nothing; the server it is built on is a game server.
            const string source = @"
public interface IGameServer { void ExecuteCommand(string command); }

public sealed class RegionKickPlugin
{
    private readonly IGameServer _server;
    public RegionKickPlugin(IGameServer server) => _server = server;

    public void OnClientConnected(int slot, string countryCode)
    {
        if ({|#0:countryCode == ""IR""|}) _server.ExecuteCommand(""kickid "" + slot);
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "RegionKickPlugin.OnClientConnected", Inferred("e-gaming", "the field type name 'IGameServer'", "\"e-gaming\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task Names_TheTypeOfAFieldThatNamesPayments_IsConsistent()
        {
            const string source = @"
public interface IPaymentGateway { void Decline(string reason); }

public sealed class RegionRules
{
    private readonly IPaymentGateway _gateway;
    public RegionRules(IPaymentGateway gateway) => _gateway = gateway;

    public void Apply(string countryCode)
    {
        if (countryCode == ""IR"") throw new UnauthorizedAccessException();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task ExportControlledDownloadBlock_IsRequired_AndSilent()
        {
            // An item classified outside EAR99 / 5D992.c stays blocked for Iran (31 CFR 560.540(a)(2)(i)): no warning, no question.
            const string source = @"public sealed class ExportControlledDownloadsController : ControllerBase
{
    private static readonly string[] Embargoed = { ""IR"", ""CU"", ""KP"" };

    [HttpGet(""sdk/{version}"")]
    public IActionResult Download(string version)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (Embargoed.Contains(country)) return StatusCode(451);
        return Ok(version);
    }
}";
            await Verify.VerifyAsync(Id, source);
            await Verify.VerifyAsync("SANC1002", source);
        }
    }
}
