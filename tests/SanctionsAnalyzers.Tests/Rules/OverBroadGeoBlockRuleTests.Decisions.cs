using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A check that answers with a decision object rather than a bool (<c>return blocked ? GeoDecision.Blocked(code) :
    /// GeoDecision.Allowed();</c>), read where the caller tests the object's member; and a refusal shown by the page the
    /// users are sent to.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string DecisionController = @"
public sealed record GeoDecision(bool IsBlocked, string? CountryCode)
{
    public static GeoDecision Allowed() => new(false, null);
    public static GeoDecision Blocked(string code) => new(true, code);
}

public sealed class AccessResult
{
    public bool Allowed { get; init; }
    public string? Reason { get; init; }
}

public sealed class GeoCheck
{
    private static readonly HashSet<string> Embargoed = new() { ""IR"", ""KP"" };
    private readonly IHttpContextAccessor _accessor;
    public GeoCheck(IHttpContextAccessor accessor) => _accessor = accessor;

    private string Country => _accessor.HttpContext!.Request.Headers[""CF-IPCountry""].ToString();

    public async Task<GeoDecision> EvaluateAsync()
    {
        await Task.Yield();
        var country = Country;
        return Embargoed.Contains(country) ? GeoDecision.Blocked(country) : GeoDecision.Allowed();
    }

    public AccessResult Check()
    {
        var country = Country;
        if (Embargoed.Contains(country))
        {
            return new AccessResult { Allowed = false, Reason = ""embargo"" };
        }

        return new AccessResult { Allowed = true };
    }
}

public sealed class ROUTEController : ControllerBase
{
    private readonly GeoCheck _geo;
    public ROUTEController(GeoCheck geo) => _geo = geo;

    [HttpPost(""/ROUTE/send"")]
    public async Task<IActionResult> Send(string text)
    {
        BODY
        return Ok(text);
    }
}";

        private static string Decision(string route, string body) => DecisionController.Replace("ROUTE", route).Replace("BODY", body);

        [Fact]
        public async Task DecisionRecordFromAFactory_TestedByItsMember_IsAGate() =>
            await Verify.VerifyAsync(Id, Decision("Chat", @"var decision = await _geo.EvaluateAsync();
        if ({|#0:decision.IsBlocked|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatController.Send", "chat, inferred from the route name '/Chat/send'; confirm with [CommunicationService(\"chat\")] or declare the right category", IranCitation, "denies"));

        [Fact]
        public async Task DecisionObjectFromAnInitializer_TestedByItsNegatedMember_IsAGate() =>
            // The check's own answer (Allowed = false) is reported too, as a degrade of the check its caller names.
            await Verify.VerifyAsync(Id, Decision("Chat", @"if (!{|#0:_geo.Check().Allowed|}) return Forbid();").Replace("if (Embargoed.Contains(country))\n        {", "if ({|#1:Embargoed.Contains(country)|})\n        {"),
                Verify.Diagnostic(Id).WithLocation(1).WithArguments("Iran (IR)", "GeoCheck.Check", "chat, inferred from its caller ChatController.Send (the route name '/Chat/send'); confirm with [CommunicationService(\"chat\")] or declare the right category", IranCitation, "degrades"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatController.Send", "chat, inferred from the route name '/Chat/send'; confirm with [CommunicationService(\"chat\")] or declare the right category", IranCitation, "denies"));

        [Fact]
        public async Task TheSameDecision_InFrontOfACheckout_IsSilent() =>
            await Verify.VerifyAsync(Id, Decision("Checkout", @"var decision = await _geo.EvaluateAsync();
        if (decision.IsBlocked) return Forbid();"));

        [Fact]
        public async Task AMemberTheGateDoesNotDecide_IsNoGate() =>
            // Both answers carry the same CountryCode-free member: the decision's other members say nothing of the gate.
            await Verify.VerifyAsync(Id, Decision("Chat", @"var decision = await _geo.EvaluateAsync();
        if (decision.CountryCode is null) return Forbid();"));

        [Fact]
        public async Task RedirectToAPageThatSaysTheRefusal_Denies() =>
            await Verify.VerifyAsync(Id, Decision("Chat", @"var decision = await _geo.EvaluateAsync();
        if ({|#0:decision.IsBlocked|}) return Redirect($""/login?error=geo_blocked&country={decision.CountryCode}"");"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatController.Send", "chat, inferred from the route name '/Chat/send'; confirm with [CommunicationService(\"chat\")] or declare the right category", IranCitation, "denies"));

        [Fact]
        public async Task RedirectToARegionalMirror_IsRouting() =>
            await Verify.VerifyAsync(Id, Decision("Chat", @"var decision = await _geo.EvaluateAsync();
        if (decision.IsBlocked) return Redirect($""https://{decision.CountryCode}.example.org/chat"");"));
    }
}
