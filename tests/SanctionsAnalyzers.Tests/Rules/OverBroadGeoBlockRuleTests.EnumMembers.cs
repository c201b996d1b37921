using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A signal parsed into an enum (<c>Enum.TryParse&lt;T&gt;</c>, <c>Enum.IsDefined(typeof(T), ...)</c>, the
    /// <c>enum-member</c> rows) is looked up among the enum's member names, declared anywhere in the compilation.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string EnumGate(string members, string test) => @"
public enum RestrictedRegion { " + members + @" }

public sealed class ChatController : ControllerBase
{
    [HttpPost(""send"")]
    public IActionResult Send(string text)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (" + test + @") return StatusCode(403);
        return Ok(text);
    }
}";

        [Fact]
        public async Task EnumTryParse_IsMembershipInTheEnumsMembers()
        {
            await Verify.VerifyAsync(Id, EnumGate("CU, IR", "{|#0:Enum.TryParse<RestrictedRegion>(country, ignoreCase: true, out _)|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Cuba (CU) and Iran (IR)", "ChatController.Send", Inferred("chat", "the method name 'Send'", "\"chat\"").Replace("the method name 'Send'", "the type name 'ChatController'"),
                    "31 CFR 515.578(a)(1) (Cuba); " + IranCitation + " (Iran)", "denies"));
        }

        [Fact]
        public async Task EnumIsDefined_WithTypeOf_IsMembershipInTheEnumsMembers()
        {
            await Verify.VerifyAsync(Id, EnumGate("IR", "{|#0:Enum.IsDefined(typeof(RestrictedRegion), country)|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR)", "ChatController.Send", Inferred("chat", "the type name 'ChatController'", "\"chat\""), IranCitation, "denies"));
        }

        [Fact]
        public async Task EnumNamingNoJurisdiction_IsSilent()
        {
            await Verify.VerifyAsync(Id, EnumGate("US, CA", "Enum.TryParse<RestrictedRegion>(country, ignoreCase: true, out _)"));
        }

        [Fact]
        public async Task EnumParseOfANumber_IsNoGate()
        {
            // The value parsed is no country: an enum that happens to name IR is not looked up with a signal.
            await Verify.VerifyAsync(Id, EnumGate("CU, IR", "Enum.TryParse<RestrictedRegion>(text, ignoreCase: true, out _)"));
        }
    }
}
