using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Joined lists (API row <c>split M:System.String.Split</c>): the text a split cuts is resolved like a list (a literal,
    /// a member's initializer or writes, what a helper's callers pass, an attribute's named argument, the value a
    /// settings wrapper was constructed with) and cut at the split's separators.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        [Fact]
        public async Task Split_OfALiteral_ListsItsEntries() =>
            await Verify.VerifyAsync(Id, HubWith(@"private const string Refused = ""IR, CU"";", ReadCountry + @"var refused = Refused.Split(',');
        if ({|#0:refused.Contains(country)|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat, "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny));

        [Fact]
        public async Task Split_WithoutSeparators_CutsAtWhiteSpace() =>
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string Refused = ""IR KP"";", ReadCountry + @"if ({|#0:Refused.Split().Contains(country)|}) { Context.Abort(); return; }"),
                IranChat());

        [Fact]
        public async Task Split_OfAnotherCountryList_IsNoGateOnTheJurisdiction() =>
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string Refused = ""RU;BY"";", ReadCountry + @"if (Refused.Split(';').Contains(country)) { Context.Abort(); return; }"));

        [Fact]
        public async Task Split_OfASettingsWrappersDefault_ListsItsEntries() =>
            await Verify.VerifyAsync(Id, HubWith(@"public sealed class Setting<T>
    {
        public Setting(string name, T defaultValue) { Name = name; Value = defaultValue; }
        public string Name { get; }
        public T Value { get; set; }
    }
    private static readonly Setting<string> Countries = new(""cf_countries"", ""IR"");", ReadCountry + @"if ({|#0:Countries.Value.Split(' ').Contains(country)|}) { Context.Abort(); return; }"),
                IranChat());

        [Fact]
        public async Task Split_OfAnAttributesNamedArgument_HandedToAHelper_IsTheFiltersList()
        {
            var source = GuardTrafficFilter + @"

[ApiController]
[Route(""api/conversations"")]
[GuardTraffic(DenyCountries = ""IR,CU"", DenyTor = true)]
public sealed class ConversationsController : ControllerBase
{
    [HttpPost(""{id}/messages"")]
    public IActionResult Send(string id, string text) => Accepted();
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR) and Cuba (CU)", "MVC filter 'GuardTrafficAttribute'", "denies", "'ConversationsController.Send' (/api/conversations/{id}/messages)",
                    "instant messaging, inferred from the route name '{id}/messages'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category",
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public async Task Split_OfAnAttributesNamedArgument_OnACheckout_IsSilent()
        {
            var source = GuardTrafficFilter.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + @"

[ApiController]
[Route(""api/checkout"")]
[GuardTraffic(DenyCountries = ""IR,CU"")]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost(""pay"")]
    public IActionResult Pay(decimal amount) => Accepted();
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task Payload_AnAnonymousObjectsFlag_IsNoDegrade() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if (Blocked.Contains(country)) { await Clients.Caller.SendAsync(""status"", new { restricted = true, region = country }); }"));

        /// <summary>A filter attribute whose deny list is a named argument, split in a helper with several switches; its status a property default.</summary>
        private const string GuardTrafficFilter = @"
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class GuardTrafficAttribute : Microsoft.AspNetCore.Mvc.Filters.ActionFilterAttribute
{
    public int StatusCode { get; set; } = StatusCodes.Status403Forbidden;
    public string? DenyCountries { get; set; }
    public string? OnlyCountries { get; set; }
    public bool DenyTor { get; set; }

    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        if ({|#0:NetworkRules.ShouldReject(context.HttpContext, DenyCountries, OnlyCountries, DenyTor, false)|})
        {
            context.Result = new ObjectResult(new { error = ""denied"", blocked = true }) { StatusCode = StatusCode };
            return;
        }

        base.OnActionExecuting(context);
    }
}

internal static class NetworkRules
{
    public static bool ShouldReject(HttpContext http, string? deny, string? only, bool denyTor, bool denyDatacenter)
    {
        var country = http.Request.Headers[""CF-IPCountry""].FirstOrDefault();
        var flags = http.Request.Headers[""X-Network-Flags""].FirstOrDefault() ?? string.Empty;
        if (denyTor && flags.Contains(""tor"", StringComparison.OrdinalIgnoreCase)) return true;
        if (string.IsNullOrEmpty(country)) return false;
        if (!string.IsNullOrEmpty(only) && !only.Split(',').Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase))) return true;
        if (!string.IsNullOrEmpty(deny) && deny.Split(',', StringSplitOptions.TrimEntries).Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase))) return true;
        return false;
    }
}";
    }
}
