using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A value reshaped by the project's own text helper and assigned back to itself (<c>country = Clean(country)</c>):
    /// following the helper is one more step of the value's way, bounded like a local's, never an endless recursion
    /// (found on immisterio/Lampac, where it overflowed the stack of the compiler host).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string SelfCleanHelper = @"
    private static string Clean(string text) => text.Trim().ToUpperInvariant();";

        [Fact]
        public async Task SelfAssignedThroughATextHelper_BeforeTheSignal_EndsAndFindsTheSignal() =>
            await Verify.VerifyAsync(Id, HubWith(SelfCleanHelper, @"var country = string.Empty;
        for (var i = 0; i < 2; i++) country = Clean(country);
        country = Clean(http.Request.Headers[""CF-IPCountry""].ToString());
        country = Clean(country);
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task TwoLocalsHandedBackAndForthThroughATextHelper_End() =>
            await Verify.VerifyAsync(Id, HubWith(SelfCleanHelper, @"var a = string.Empty;
        var b = string.Empty;
        for (var i = 0; i < 3; i++) { a = Clean(b); b = Clean(a); }
        if (a == ""IR"") { Context.Abort(); return; }"));
    }
}
