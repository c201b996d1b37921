using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Gates whose path only the control flow graph shows (Engine/FlowGateFinder): a flag set on the gate's path and
    /// tested later, a deny reached after the loop that found the entry, and their negative twins.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string FlowBlocked = @"private static readonly string[] Blocked = { ""IR"" };";

        [Fact]
        public async Task Flow_FlagSetInALoop() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked, ReadCountry + @"var blocked = false;
        foreach (var entry in Blocked)
        {
            if (string.Equals(entry, country, StringComparison.OrdinalIgnoreCase)) { blocked = true; break; }
        }
        if ({|#0:blocked|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Flow_FlagClearedByAnAllowList() =>
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly HashSet<string> Served = new() { ""US"", ""DE"" };", ReadCountry + @"var served = false;
        if (Served.Contains(country)) served = true;
        if (!{|#0:served|}) { Context.Abort(); return; }"), IranChatAndOthers());

        [Fact]
        public async Task Flow_FlagSetByAComparisonInAnIndexedLoop() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked, ReadCountry + @"var found = false;
        for (var i = 0; i < Blocked.Length && !found; i++)
        {
            if (Blocked[i] == country) found = true;
        }
        if ({|#0:found|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Flow_Negative_FlagSetForLanguageOnly() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked, ReadCountry + @"var persian = false;
        if (country == ""IR"") persian = true;
        if (persian) { await Clients.Caller.SendAsync(""Language"", ""fa""); }"));

        [Fact]
        public async Task Flow_Negative_FlagAlsoSetByAnotherTest() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked, ReadCountry + @"var abuse = false;
        if (country == ""IR"") abuse = true;
        if (message.Length > 4000) abuse = true;
        if (abuse) { Context.Abort(); return; }"));

        [Fact]
        public async Task Flow_Negative_FlagOfRateLimit() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked, ReadCountry + @"var limited = false;
        if (message.Length > 4000) limited = true;
        if (limited) { Context.Abort(); return; }"));

        /// <summary>An allow-list names every active jurisdiction it leaves out.</summary>
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranChatAndOthers() =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat,
                "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny);
    }
}
