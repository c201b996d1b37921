using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A local deconstructed from a tuple holds that element's signal: of a tuple literal, or of the tuples a project
    /// method returns (also from a cache's factory lambda).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string GameLobby(string test) => @"
public sealed class GameLobbyHub : Hub
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Iso, int Visits)> _cache = new();
    private readonly IGeoIP2DatabaseReader _geo;
    public GameLobbyHub(IGeoIP2DatabaseReader geo) => _geo = geo;

    private (string Iso, int Visits) Lookup(string ip) =>
        _cache.GetOrAdd(ip, key => (_geo.Country(key).Country.IsoCode ?? ""??"", 1));

    public async Task Join(string lobby)
    {
        var ip = Context.GetHttpContext()!.Connection.RemoteIpAddress!.ToString();
        var (iso, visits) = Lookup(ip);
        if (" + test + @") { Context.Abort(); return; }
        await Groups.AddToGroupAsync(Context.ConnectionId, lobby);
    }
}";

        [Fact]
        public async Task TupleElementReturnedByAProjectMethod_IsTheSignal()
        {
            await Verify.VerifyAsync(Id, GameLobby(@"{|#0:iso == ""IR""|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR)", "GameLobbyHub.Join", "instant messaging and chat", IranCitation, "denies"));
        }

        [Fact]
        public async Task TheOtherElementOfTheTuple_IsNoSignal()
        {
            await Verify.VerifyAsync(Id, GameLobby(@"visits.ToString() == ""IR"""));
        }
    }
}
