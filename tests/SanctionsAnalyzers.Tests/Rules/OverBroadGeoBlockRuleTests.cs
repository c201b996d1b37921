using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.AnalyzerVerifier<SanctionsAnalyzers.Analysis.GeoBlockAnalyzer>;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1001: over-broad geo-block of an authorized communication service.</summary>
    public class OverBroadGeoBlockRuleTests
    {
        private const string Id = "SANC1001";

        [Fact]
        public async Task HubAbortsConnectionForMaxMindIran()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly IGeoIP2DatabaseReader _geo;
    public ChatHub(IGeoIP2DatabaseReader geo) => _geo = geo;

    public async Task SendMessage(string user, string message)
    {
        var country = _geo.Country(""1.2.3.4"").Country.IsoCode;
        if ({|#0:country == ""IR""|})
        {
            Context.Abort();
            return;
        }

        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}";
            await Verify.VerifyAsync(source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.SendMessage", "instant messaging and chat", "31 CFR 560.540(a)(1), formerly GL D-2"));
        }
    }
}
