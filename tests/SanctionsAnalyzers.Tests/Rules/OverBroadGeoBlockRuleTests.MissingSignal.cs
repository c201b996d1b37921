using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A test that the signal is missing (<c>string.IsNullOrEmpty(region)</c>, <c>region == null</c>) is false for every
    /// jurisdiction's users: in <c>missing || !listed</c> the list alone decides for them.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string AccessHelper(string returned) => @"
    private static readonly HashSet<string> Restricted = new(StringComparer.OrdinalIgnoreCase) { ""IR"" };

    private static bool MayConnect(HttpContext http)
    {
        var region = http.Request.Headers[""CF-IPCountry""].ToString();
        RETURNED
    }".Replace("RETURNED", returned);

        [Theory]
        [InlineData("return string.IsNullOrEmpty(region) || !Restricted.Contains(region);")]
        [InlineData("return region == null || !Restricted.Contains(region);")]
        [InlineData("return region is null || region == \"\" || !Restricted.Contains(region);")]
        [InlineData("return !Restricted.Contains(region) || string.IsNullOrWhiteSpace(region);")]
        public async Task MissingSignalTest_OrTheList_TheListDecidesForTheJurisdiction(string returned) =>
            await Verify.VerifyAsync(Id, HubWith(AccessHelper(returned), @"if (!{|#0:MayConnect(http)|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task ModeTernaryInALocal_ReadsTheListUnderTheSettingsDefault() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList + @"
    private readonly bool _allowListMode = false;", ReadCountry + @"var listed = {|#0:Blocked.Contains(country)|};
        var reject = _allowListMode ? !listed : listed;
        if (reject) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task TernaryInALocal_WhoseArmsTestNoSignal_IsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList + @"
    private readonly bool _premium = false;", ReadCountry + @"var slow = _premium ? false : message.Length > 4000;
        if (slow) { Context.Abort(); return; }"));

        [Fact]
        public async Task AnotherTest_OrTheList_MayLetTheJurisdictionThrough_IsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith(AccessHelper("return http.User.IsInRole(\"staff\") || !Restricted.Contains(region);"),
                @"if (!MayConnect(http)) { Context.Abort(); return; }"));

        [Fact]
        public async Task MissingTestOfAnotherValue_OrTheList_IsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith(AccessHelper("return string.IsNullOrEmpty(message) || !Restricted.Contains(region);").Replace("HttpContext http)", "HttpContext http, string message)"),
                @"if (!MayConnect(http, message)) { Context.Abort(); return; }"));
    }
}
