using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1100: the hidden inventory of every geo-block, required ones included.</summary>
    public class GeoBlockInventoryRuleTests
    {
        private const string Id = "SANC1100";

        [Fact]
        public async Task OverBroadBlock_IsInventoried()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "header CF-IPCountry (Cloudflare)", "Iran (IR)", "denies", "ChatHub.Send", "instant messaging and chat", "aborts the connection",
                "Iran: instant messaging and chat authorized (31 CFR 560.540(a)(1), formerly GL D-2)"));
        }

        [Fact]
        public async Task RequiredPaymentBlock_IsInventoried()
        {
            const string source = @"
public class CheckoutController : ControllerBase
{
    [HttpPost(""/pay"")]
    public async Task<IActionResult> Pay()
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return StatusCode(451);
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "header CF-IPCountry (Cloudflare)", "Iran (IR)", "denies", "CheckoutController.Pay", "payments", "returns status 451",
                "Iran: payments excluded (block required) (31 CFR 560.516 (OFAC FAQ 345))"));
        }

        private const string GeoMiddleware = @"
public sealed class GeoFenceMiddleware
{
    private readonly RequestDelegate _next;
    public GeoFenceMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|}) { context.Response.StatusCode = 451; return; }
        await _next(context);
    }
}";

        [Fact]
        public async Task MiddlewareGate_IsInventoriedWithTheCategoriesOfWhatItGuards()
        {
            const string app = @"
public class ChatHub : Hub
{
    public Task Send(string message) => Clients.All.SendAsync(""m"", message);
}

public static class Startup
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoFenceMiddleware>();
        app.MapHub<ChatHub>(""/hubs/chat"");
    }
}";
            await Verify.VerifyAsync(Id, new[] { app, GeoMiddleware }, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "header CF-IPCountry (Cloudflare)", "Iran (IR)", "denies", "GeoFenceMiddleware.InvokeAsync", "instant messaging and chat", "sets status 451",
                "Iran: instant messaging and chat authorized (31 CFR 560.540(a)(1), formerly GL D-2)"));
        }

        [Fact]
        public async Task MiddlewareGateWithNothingKnownBehindIt_KeepsCategoryUnknown()
        {
            const string app = @"
public static class Startup
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoFenceMiddleware>();
        app.MapGet(""/weather"", () => Results.Ok());
    }
}";
            await Verify.VerifyAsync(Id, new[] { app, GeoMiddleware }, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "header CF-IPCountry (Cloudflare)", "Iran (IR)", "denies", "GeoFenceMiddleware.InvokeAsync", "category unknown", "sets status 451",
                "unknown (feature category unknown)"));
        }

        [Fact]
        public async Task UnknownCategory_IsInventoried()
        {
            const string source = @"
public class WeatherController : ControllerBase
{
    [HttpGet(""/weather"")]
    public IActionResult Get() => {|#0:Request.Headers[""CF-IPCountry""] == ""KP""|} ? Forbid() : Ok();
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "header CF-IPCountry (Cloudflare)", "North Korea (KP)", "denies", "WeatherController.Get", "category unknown", "returns Forbid()",
                "unknown (feature category unknown)"));
        }

        [Fact]
        public async Task ProxyBlock_IsInventoried()
        {
            const string source = @"
public class ProfileController : ControllerBase
{
    [HttpPost(""/profile"")]
    public IActionResult Register(string phone) => {|#0:phone.StartsWith(""+98"")|} ? Forbid() : Ok();
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "parameter 'phone'", "Iran (IR)", "denies", "ProfileController.Register", "category unknown", "returns Forbid()",
                "unknown (feature category unknown)"));
        }

        [Fact]
        public async Task NeutralGate_IsNotAGeoBlock()
        {
            await Verify.VerifyAsync(Id, @"
public class HomeController : ControllerBase
{
    [HttpGet(""/"")]
    public IActionResult Index() => Request.Headers[""CF-IPCountry""] == ""IR"" ? Ok(""سلام"") : Ok(""Hello"");
}");
        }

        [Fact]
        public async Task DiagnosticCarriesThePolicyVersionSignalAndVerdict()
        {
            var compilation = Infrastructure.AnalyzerRun.Compile(@"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if (Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR"") { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}");
            var inventory = Assert.Single(await Infrastructure.AnalyzerRun.DiagnosticsAsync(compilation), d => d.Id == Id);

            Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Hidden, inventory.Severity);
            Assert.Equal(SanctionsAnalyzers.Policy.PolicyMap.Embedded.Version, inventory.Properties["PolicyVersion"]);
            Assert.Equal("Location", inventory.Properties["SignalKind"]);
            Assert.Equal("Comparison", inventory.Properties["GateForm"]);
            Assert.Equal("IR", inventory.Properties["Jurisdictions"]);
            Assert.Equal("instant-messaging,chat", inventory.Properties["Categories"]);
            Assert.Contains("Microsoft.AspNetCore.SignalR.Hub", inventory.Properties["Evidence"]);
        }
    }
}
