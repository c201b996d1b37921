using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A feature whose names say nothing is named by what its refusal tells users it refuses: the message, error code or
    /// close reason the deny carries. The weakest evidence, read only when nothing else names the feature.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        [Fact]
        public async Task RefusalText_NamesAFeatureWhoseNamesSayNothing()
        {
            const string source = @"
public sealed class TokenController : ControllerBase
{
    [HttpPost(""issue"")]
    public IActionResult Issue(string room)
    {
        var country = User.FindFirst(""country"")?.Value;
        if ({|#0:country == ""IR""|})
        {
            return StatusCode(451, new { message = $""Voice calls are not available in {country}."" });
        }

        return Ok(room);
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "TokenController.Issue", Inferred("video conferencing", "the refusal text 'Voice calls are not available in ….'", "\"video-conferencing\""), IranCitation, "denies"));
        }

        private static string CoopServer(string notice) => @"
namespace Hosting
{
    public interface IPeerHost
    {
        void Refuse(string peer, string reason);
        void Admit(string peer);
    }

    public sealed class CoopServer
    {
        private readonly IGeoIP2DatabaseReader _geo;
        private readonly IPeerHost _host;
        public CoopServer(IGeoIP2DatabaseReader geo, IPeerHost host) => (_geo, _host) = (geo, host);

        public void OnConnecting(string peer, System.Net.IPAddress address)
        {
            var iso = _geo.Country(address.ToString()).Country.IsoCode;
            if ({|#0:iso == ""IR""|})
            {
                System.Console.WriteLine(""NOTICE"");
                return;
            }

            _host.Admit(peer);
        }
    }
}".Replace("NOTICE", notice);

        [Fact]
        public async Task RefusalText_ElsewhereOnTheUsersPath_NamesAFeatureWhoseNamesSayNothing() =>
            // A bare return skips the admission; the notice written beside it says what is refused.
            await Verify.VerifyAsync(Id, CoopServer("Multiplayer is not available in your region."), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "CoopServer.OnConnecting", Inferred("e-gaming", "the refusal text 'Multiplayer is not available in your region.'", "\"e-gaming\""), IranCitation, "denies"));

        [Fact]
        public async Task RefusalText_ElsewhereOnTheUsersPath_NamingNothing_LeavesTheCategoryUnknown()
        {
            var source = CoopServer("Connection refused for this region.");
            await Verify.VerifyAsync(Id, source);
            await Verify.VerifyAsync("SANC1002", source, Verify.Diagnostic("SANC1002").WithLocation(0).WithArguments(
                "Iran (IR)", "denies", "CoopServer.OnConnecting", "category unknown",
                "declare the feature's category with [CommunicationService(\"...\")] on the method or class so the block can be checked against 31 CFR 560.540(a)(1), formerly GL D-2 (Iran)"));
        }

        private static string StartScreen(string button) => @"
namespace Screens
{
    public sealed class Widget { public void SetActive(bool on) { } }

    public sealed class StartScreen
    {
        private readonly IGeoIP2DatabaseReader _geo;
        private readonly Widget _BUTTON = new();
        public StartScreen(IGeoIP2DatabaseReader geo) => _geo = geo;

        public void Show(System.Net.IPAddress address)
        {
            var iso = _geo.Country(address.ToString()).Country.IsoCode;
            if ({|#0:iso == ""IR""|})
            {
                _BUTTON.SetActive(false);
            }
        }
    }
}".Replace("BUTTON", button);

        [Fact]
        public async Task SwitchedOffMember_NamesAFeatureWhoseNamesSayNothing() =>
            await Verify.VerifyAsync(Id, StartScreen("multiplayerButton"), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "StartScreen.Show", Inferred("e-gaming", "the switched-off '_multiplayerButton'", "\"e-gaming\""), IranCitation, "degrades"));

        [Fact]
        public async Task SwitchedOffMemberNamingNothing_IsSilent() =>
            // Hiding a widget whose name says nothing is layout until something says it is a feature.
            await Verify.VerifyAsync(Id, StartScreen("extrasButton").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        private static string KickOnConnect(string peerType) => @"
namespace Hosting
{
    public sealed class PEER { public void Kick(string reason) { } }

    public sealed class ConnectHandler
    {
        private readonly IGeoIP2DatabaseReader _geo;
        public ConnectHandler(IGeoIP2DatabaseReader geo) => _geo = geo;

        public void OnConnect(PEER peer, System.Net.IPAddress address)
        {
            if ({|#0:_geo.Country(address.ToString()).Country.IsoCode == ""IR""|})
            {
                peer.Kick(""Region closed."");
            }
        }
    }
}".Replace("PEER", peerType);

        [Fact]
        public async Task RefusedObject_NamesAFeatureWhoseNamesSayNothing() =>
            await Verify.VerifyAsync(Id, KickOnConnect("RemotePlayer"), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "ConnectHandler.OnConnect", Inferred("e-gaming", "the refused 'RemotePlayer'", "\"e-gaming\""), IranCitation, "denies"));

        [Fact]
        public async Task RefusedObjectNamingNothing_IsNoAuthorizedFeature() =>
            await Verify.VerifyAsync(Id, KickOnConnect("RemotePeer"));

        [Fact]
        public async Task RefusalText_NamingPayouts_IsSilent()
        {
            const string source = @"
public sealed class TokenController : ControllerBase
{
    [HttpPost(""issue"")]
    public IActionResult Issue(string room)
    {
        var country = User.FindFirst(""country"")?.Value;
        if (country == ""IR"")
        {
            return StatusCode(451, new { message = ""Payouts are not available in your region."" });
        }

        return Ok(room);
    }
}";
            await Verify.VerifyAsync(Id, source);
            await Verify.VerifyAsync("SANC1002", source);
        }

        [Fact]
        public async Task RefusalText_NamingNothing_LeavesTheCategoryUnknown()
        {
            const string source = @"
public sealed class TokenController : ControllerBase
{
    [HttpPost(""issue"")]
    public IActionResult Issue(string room)
    {
        var country = User.FindFirst(""country"")?.Value;
        if ({|#0:country == ""IR""|})
        {
            return StatusCode(451, new { message = ""This is not available in your region."" });
        }

        return Ok(room);
    }
}";
            await Verify.VerifyAsync(Id, source);
            await Verify.VerifyAsync("SANC1002", source, Verify.Diagnostic("SANC1002").WithLocation(0).WithArguments(
                "Iran (IR)", "denies", "TokenController.Issue", "category unknown",
                "declare the feature's category with [CommunicationService(\"...\")] on the method or class so the block can be checked against 31 CFR 560.540(a)(1), formerly GL D-2 (Iran)"));
        }

        [Fact]
        public async Task RefusalText_DoesNotOverrideTheFeaturesOwnNames()
        {
            // The method is a checkout: a refusal worded "chat" does not make it one.
            const string source = @"
public sealed class CheckoutController : ControllerBase
{
    [HttpPost(""pay"")]
    public IActionResult Checkout(string cart)
    {
        var country = User.FindFirst(""country"")?.Value;
        if (country == ""IR"")
        {
            return StatusCode(451, new { message = ""Contact us by chat: checkout is not available in your region."" });
        }

        return Ok(cart);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
