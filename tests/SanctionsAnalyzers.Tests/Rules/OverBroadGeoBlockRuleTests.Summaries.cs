using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>Text helpers of the project that return their argument reshaped: the signal passes through them.</summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string CleanHelper = @"
public static class Codes
{
    public static string Clean(string raw, string fallback = ""ZZ"")
    {
        var trimmed = raw.Trim();
        if (trimmed.Length != 2)
            return fallback;
        return trimmed.ToUpperInvariant();
    }

    public static string Greeting(string raw) => ""Hello"";
}";

        // The local's name says nothing: only the helper's summary carries the header to the comparison.
        [Fact]
        public async Task Summary_TextHelperReturnsItsArgumentReshaped() =>
            await Verify.VerifyAsync(Id, CleanHelper + HubWith(string.Empty,
                @"var cleaned = Codes.Clean(http.Request.Headers[""CF-IPCountry""].ToString());
        if ({|#0:cleaned == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Summary_Negative_HelperThatIgnoresItsArgument() =>
            await Verify.VerifyAsync(Id, CleanHelper + HubWith(string.Empty,
                @"var word = Codes.Greeting(http.Request.Headers[""CF-IPCountry""].ToString());
        if (word == ""IR"") { Context.Abort(); return; }"));
    }
}
