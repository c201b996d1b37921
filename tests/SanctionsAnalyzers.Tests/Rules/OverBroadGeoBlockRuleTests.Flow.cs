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

        // ------------------------------------------------------------ leaving early (Detection/EarlyExit)

        private static string JoinHub(string members, string body) => @"
public class ChatHub : Hub
{
    private static readonly string[] Blocked = { ""IR"" };
    MEMBERS
    public async Task<RESULT> SendMessage(string message)
    {
        var http = Context.GetHttpContext()!;
        var country = http.Request.Headers[""CF-IPCountry""].ToString();
        BODY
    }
}".Replace("MEMBERS", members).Replace("BODY", body);

        [Fact]
        public async Task Flow_ReturnsFalseBeforeTheSend() =>
            await Verify.VerifyAsync(Id, JoinHub("", @"if ({|#0:Blocked.Contains(country)|}) return false;
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return true;").Replace("RESULT", "bool"), IranChat());

        [Fact]
        public async Task Flow_ReturnsAResultWithAFlagSwitchedOffAfterAnAndChain() =>
            await Verify.VerifyAsync(Id, JoinHub(@"public sealed record SendResult(bool Delivered, string Text);", @"if (message.Length > 0 && {|#0:Blocked.Contains(country)|}) return new SendResult(false, ""Not available in your region"");
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return new SendResult(true, ""sent"");").Replace("RESULT", "SendResult"), IranChat(verb: "degrades"));

        [Fact]
        public async Task Flow_ReturnsAFailureStatusBeforeTheSend() =>
            await Verify.VerifyAsync(Id, JoinHub(@"public enum SendStatus { Sent, RegionNotSupported }", @"if ({|#0:Blocked.Contains(country)|}) return SendStatus.RegionNotSupported;
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return SendStatus.Sent;").Replace("RESULT", "SendStatus"), IranChat());

        [Fact]
        public async Task Flow_SkipsTheProjectsOwnGatewayInALoop() =>
            await Verify.VerifyAsync(Id, JoinHub(@"public interface IMessageRelay { Task RelayAsync(string to, string text); }
    private readonly IMessageRelay _relay = null!;", @"foreach (var to in new[] { ""a"", ""b"" })
        {
            if ({|#0:Blocked.Contains(country)|}) { continue; }
            await _relay.RelayAsync(to, message);
        }
        return true;").Replace("RESULT", "bool"), IranChat());

        [Fact]
        public async Task Flow_Negative_RoutesToAnotherGroup() =>
            await Verify.VerifyAsync(Id, JoinHub("", @"if (Blocked.Contains(country)) { await Clients.Group(""regional"").SendAsync(""ReceiveMessage"", message); return true; }
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return true;").Replace("RESULT", "bool"));

        [Fact]
        public async Task Flow_Negative_ReturnsAGreetingInTheirLanguage() =>
            await Verify.VerifyAsync(Id, JoinHub("", @"if (Blocked.Contains(country)) return ""salam"";
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return ""hello"";").Replace("RESULT", "string"));

        [Fact]
        public async Task Flow_Negative_SkipsOnlyThePaymentGateway() =>
            await Verify.VerifyAsync(Id, JoinHub(@"public interface IPaymentGateway { Task ChargeAsync(decimal amount); }
    private readonly IPaymentGateway _payments = null!;", @"if (Blocked.Contains(country)) return false;
        await _payments.ChargeAsync(4.99m);
        return true;").Replace("RESULT", "bool"));

        private const string Relay = @"public interface IMessageRelay { Task RelayAsync(string to, string text); Task ReplyAsync(string text); }
    public interface IMemberStore { void Register(string name); }
    public interface ISmsGateway { Task SendAsync(string text); }
    private readonly IMessageRelay _relay = null!;
    private readonly IMemberStore _members = null!;
    private readonly ISmsGateway _sms = null!;";

        [Fact]
        public async Task Flow_NestedGate_RepliesThroughTheSameChannel_BeforeRegistering() =>
            await Verify.VerifyAsync(Id, JoinHub(Relay, @"if (message.Length > 0)
        {
            if ({|#0:Blocked.Contains(country)|})
            {
                await _relay.ReplyAsync(""Sorry, not offered in your region"");
                return false;
            }

            _members.Register(message);
            await _relay.ReplyAsync(""Registered"");
            return true;
        }

        return false;").Replace("RESULT", "bool"), IranChat());

        [Fact]
        public async Task Flow_Negative_NestedGate_BeforeWorkOutsideItsBlock() =>
            await Verify.VerifyAsync(Id, JoinHub(Relay, @"if (message.Length > 100)
        {
            if (Blocked.Contains(country))
            {
                return false;
            }
        }

        await _relay.RelayAsync(""all"", message);
        return true;").Replace("RESULT", "bool"));

        [Fact]
        public async Task Flow_Negative_RepliesThroughAnotherService() =>
            await Verify.VerifyAsync(Id, JoinHub(Relay, @"if (Blocked.Contains(country))
        {
            await _sms.SendAsync(message);
            return true;
        }

        await _relay.RelayAsync(""all"", message);
        return true;").Replace("RESULT", "bool"));

        [Fact]
        public async Task Flow_Negative_ReturnsFalseWithNothingSkipped() =>
            await Verify.VerifyAsync(Id, JoinHub("", @"if (Blocked.Contains(country)) return false;
        return message.Length > 0;").Replace("RESULT", "bool"));

        private const string RoomMember = @"public sealed class RoomMember { public Task RemoveAsync(string? reason = null) => Task.CompletedTask; }
    private readonly RoomMember _member = new RoomMember();
    private readonly List<string> _roster = new List<string>();";

        [Fact]
        public async Task Flow_RemovingTheMemberIsAKick() =>
            await Verify.VerifyAsync(Id, HubWith(RoomMember, ReadCountry + @"if ({|#0:country == ""IR""|}) { await _member.RemoveAsync(""Region not supported""); return; }"), IranChat());

        [Fact]
        public async Task Flow_Negative_RemovingAnEntryFromAList() =>
            await Verify.VerifyAsync(Id, HubWith(RoomMember, ReadCountry + @"if (country == ""IR"") { _roster.Remove(message); }"));

        // ------------------------------------------------------------ values from elsewhere

        private const string PluginHost = @"
namespace CounterStrikeSharp.API.Core
{
    public abstract class BasePlugin { public abstract string ModuleName { get; } }
}
namespace CounterStrikeSharp.API
{
    public static class Server { public static void ExecuteCommand(string command) { } }
}";

        private const string GeoLookup = @"
public interface IGeoLookup { MaxMind.GeoIP2.Responses.CountryResponse Country(string ip); }";

        [Fact]
        public async Task Flow_SignalReturnedByAProjectMethod_ListWrittenInADefaultConfig_ModeFlag_PluginHost() =>
            await Verify.VerifyAsync(Id, new[] { PluginHost, GeoLookup, @"
using CounterStrikeSharp.API;
using CounterStrikeSharp.API.Core;

public sealed class GuardConfig
{
    public List<string>? Countries { get; set; }
    public bool IsAllowList { get; set; }
}

public class CountryGuard : BasePlugin
{
    private readonly IGeoLookup _geo = null!;
    private GuardConfig _cfg = Defaults();
    public override string ModuleName => ""CountryGuard"";

    private static GuardConfig Defaults() => new GuardConfig { Countries = new List<string> { ""IR"" }, IsAllowList = false };

    public void OnConnect(int slot, string ip)
    {
        var iso = ResolveIso(ip);
        bool onList = {|#0:_cfg.Countries!.Any(c => c.Equals(iso, StringComparison.OrdinalIgnoreCase))|};
        if (_cfg.IsAllowList ? !onList : onList)
        {
            Server.ExecuteCommand($""kickid {slot}"");
        }
    }

    private string ResolveIso(string ip) => _geo.Country(ip).Country.IsoCode ?? ""UNKNOWN"";
}" }, Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "CountryGuard.OnConnect", "e-gaming", IranCitation, Deny));

        private static string ModePlugin(string countries) => @"
using CounterStrikeSharp.API;
using CounterStrikeSharp.API.Core;

public class CountryGuard : BasePlugin
{
    private readonly IGeoLookup _geo = null!;
    private readonly Dictionary<string, object?> _config = new();
    private List<object> _countries = new();
    private bool _allowListMode;
    public override string ModuleName => ""CountryGuard"";

    private void LoadDefaultConfig()
    {
        _countries = Read(""Countries"", new List<object> { COUNTRIES });
        _allowListMode = Read(""AllowListMode"", false);
    }

    private T Read<T>(string key, T fallback) => _config.TryGetValue(key, out var value) && value is T typed ? typed : fallback;

    public void OnConnect(int slot, string ip)
    {
        var country = _geo.Country(ip).Country.IsoCode ?? """";
        var listed = {|#0:_countries.Contains(country)|};
        if ((listed && !_allowListMode) || (!listed && _allowListMode))
        {
            Server.ExecuteCommand($""kickid {slot}"");
        }
    }
}".Replace("COUNTRIES", countries);

        // The deny is reached from both sides of the list test until the mode setting is fixed; the list is the default a
        // settings read is handed.
        [Fact]
        public async Task Flow_ModeSettingSplitsTheCondition_ListIsASettingsReadsDefault() =>
            await Verify.VerifyAsync(Id, new[] { PluginHost, GeoLookup, ModePlugin(@"""IR"", ""KP""") },
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "CountryGuard.OnConnect", "e-gaming", IranCitation, Deny));

        [Fact]
        public async Task Flow_Negative_ModeSettingSplit_ListOfNorthKoreaOnly_IsConsistent() =>
            await Verify.VerifyAsync(Id, new[] { PluginHost, GeoLookup, ModePlugin(@"""KP""").Replace("{|#0:", string.Empty).Replace("|}", string.Empty) });

        [Fact]
        public async Task Flow_Negative_ListWrittenOnlyFromConfiguration() =>
            await Verify.VerifyAsync(Id, new[] { PluginHost, GeoLookup, @"
using CounterStrikeSharp.API;
using CounterStrikeSharp.API.Core;

public sealed class GuardConfig { public List<string>? Countries { get; set; } }

public class CountryGuard : BasePlugin
{
    private readonly IGeoLookup _geo = null!;
    private readonly GuardConfig _cfg = new GuardConfig();
    public override string ModuleName => ""CountryGuard"";

    public void Load(string[] configured) => _cfg.Countries = configured.ToList();

    public void OnConnect(int slot, string ip)
    {
        var iso = _geo.Country(ip).Country.IsoCode;
        if (_cfg.Countries!.Contains(iso)) Server.ExecuteCommand($""kickid {slot}"");
    }
}" });

        [Fact]
        public async Task Flow_AwaitedTaskOfTextIsTheSignal() =>
            await Verify.VerifyAsync(Id, JoinHub(@"public interface ICountryLookup { Task<string?> CountryCodeAsync(string ip); }
    private readonly ICountryLookup _lookup = null!;", @"var code = await _lookup.CountryCodeAsync(""1.2.3.4"");
        if ({|#0:Blocked.Contains(code)|}) { Context.Abort(); return false; }
        await Clients.All.SendAsync(""ReceiveMessage"", message);
        return true;").Replace("RESULT", "bool"), IranChat());

        [Fact]
        public async Task Flow_ValidateReturningFalseDenies() =>
            await Verify.VerifyAsync(Id, @"
public class ChatHub : Hub
{
    private static readonly string[] Blocked = { ""IR"" };
    public bool ValidateClient(string country, out string reason)
    {
        reason = string.Empty;
        var refused = ""x,y"".Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (refused.Contains(country)) { reason = ""banned""; return false; }
        if ({|#0:Blocked.Contains(country)|}) { reason = ""region""; return false; }
        return true;
    }
}", Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.ValidateClient", Chat, IranCitation, Deny));

        // ------------------------------------------------------------ actions in the project's own methods

        [Fact]
        public async Task Flow_CalleeThatAlwaysDisconnects() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private void Refuse(string why) { Console.WriteLine(why); Context.Abort(); }", ReadCountry + @"if ({|#0:Blocked.Contains(country)|}) { Refuse(""region""); return; }"), IranChat());

        [Fact]
        public async Task Flow_CalleeThatDisconnectsEitherWay() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private bool _hard;
    private void Refuse() { if (_hard) Context.Abort(); else throw new HubException(""region""); }", ReadCountry + @"if ({|#0:Blocked.Contains(country)|}) { Refuse(); return; }"), IranChat());

        [Fact]
        public async Task Flow_Negative_CalleeThatDisconnectsOnlySometimes() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private bool _strict;
    private void Note(string country) { Console.WriteLine(country); if (_strict) Context.Abort(); }", ReadCountry + @"if (Blocked.Contains(country)) { Note(country); }"));

        [Fact]
        public async Task Flow_ResultTypeWhoseConstructorSetsForbidden() =>
            await Verify.VerifyAsync(Id, @"
public sealed class RegionClosedResult : ObjectResult
{
    public RegionClosedResult(object value) : base(value) => StatusCode = StatusCodes.Status403Forbidden;
}

public class TranslateController : ControllerBase
{
    private static readonly string[] Blocked = { ""IR"" };

    [HttpPost(""/translate"")]
    public IActionResult Translate(string text)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:Blocked.Contains(country)|}) return new RegionClosedResult(""not here"");
        return Ok(text);
    }
}", Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "TranslateController.Translate",
                "automated translation, inferred from the method name 'Translate'; confirm with [CommunicationService(\"automated-translation\")] or declare the right category",
                IranCitation, Deny));

        [Fact]
        public async Task Flow_Negative_ResultTypeWhoseConstructorSetsOk() =>
            await Verify.VerifyAsync(Id, @"
public sealed class LocalizedResult : ObjectResult
{
    public LocalizedResult(object value) : base(value) => StatusCode = StatusCodes.Status200OK;
}

public class TranslateController : ControllerBase
{
    private static readonly string[] Blocked = { ""IR"" };

    [HttpPost(""/translate"")]
    public IActionResult Translate(string text)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (Blocked.Contains(country)) return new LocalizedResult(""salam"");
        return Ok(text);
    }
}");

        [Fact]
        public async Task Flow_SetterCalledAsAMethodSwitchesTheFeatureOff() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private sealed class Panel { public void SetActive(bool on) { } }
    private readonly Panel _videoPanel = new();", ReadCountry + @"if ({|#0:Blocked.Contains(country)|}) { _videoPanel.SetActive(false); }"), IranChat(verb: "degrades"));

        [Fact]
        public async Task Flow_Negative_SetterSwitchingAnUnnamedTabOff() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private sealed class Panel { public void SetActive(bool on) { } }
    private readonly Panel _tab = new();", ReadCountry + @"if (Blocked.Contains(country)) { _tab.SetActive(false); }"));

        [Fact]
        public async Task Flow_Negative_SetterSwitchingANoticeOn() =>
            await Verify.VerifyAsync(Id, HubWith(FlowBlocked + @"
    private sealed class Panel { public void SetActive(bool on) { } }
    private readonly Panel _notice = new();", ReadCountry + @"if (Blocked.Contains(country)) { _notice.SetActive(true); }"));

        // ------------------------------------------------------------ regular expressions

        /// <summary>A domain is a proxy: SANC1003's finding, not SANC1001's.</summary>
        [Fact]
        public async Task Flow_RegexFieldWithATldSuffix() =>
            await Verify.VerifyAsync("SANC1003", HubWith(@"private static readonly System.Text.RegularExpressions.Regex IranianTld = new(@""\.ir$"", System.Text.RegularExpressions.RegexOptions.IgnoreCase);",
                @"var domain = message.Split('@')[1];
        if ({|#0:IranianTld.IsMatch(domain)|}) { Context.Abort(); return; }"), Verify.Diagnostic("SANC1003").WithLocation(0).WithArguments(
                "Iran (IR)", "denies", "ChatHub.SendMessage", Chat, "variable 'domain'", "top-level domain", "anyone with a .ir address or domain outside Iran", "31 CFR part 560"));

        [Fact]
        public async Task Flow_Negative_RegexWithAClassIsNoFixedText() =>
            await Verify.VerifyAsync("SANC1003", HubWith("", @"var domain = message.Split('@')[1];
        if (System.Text.RegularExpressions.Regex.IsMatch(domain, @""\.[a-z]{2}$"")) { Context.Abort(); return; }"));

        [Fact]
        public async Task Flow_Negative_RegexOfAnotherCountrysDomain() =>
            await Verify.VerifyAsync("SANC1003", HubWith("", @"var domain = message.Split('@')[1];
        if (System.Text.RegularExpressions.Regex.IsMatch(domain, @""\.de$"")) { Context.Abort(); return; }"));

        // ------------------------------------------------------------ interfaces implemented once

        [Fact]
        public async Task Flow_CheckThroughAnInterfaceImplementedOnce() =>
            await Verify.VerifyAsync(Id, @"
public interface IRegionPolicy { bool IsRestricted(string country); }

public sealed class StaticRegionPolicy : IRegionPolicy
{
    private static readonly string[] Restricted = { ""IR"" };
    public bool IsRestricted(string country) => Restricted.Contains(country);
}
" + HubWith(@"private readonly IRegionPolicy _policy = new StaticRegionPolicy();", ReadCountry + @"if ({|#0:_policy.IsRestricted(country)|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Flow_Negative_InterfaceImplementedTwice() =>
            await Verify.VerifyAsync(Id, @"
public interface IRegionPolicy { bool IsRestricted(string country); }

public sealed class StaticRegionPolicy : IRegionPolicy
{
    private static readonly string[] Restricted = { ""IR"" };
    public bool IsRestricted(string country) => Restricted.Contains(country);
}

public sealed class OpenRegionPolicy : IRegionPolicy
{
    public bool IsRestricted(string country) => false;
}
" + HubWith(@"private readonly IRegionPolicy _policy = new OpenRegionPolicy();", ReadCountry + @"if (_policy.IsRestricted(country)) { Context.Abort(); return; }"));

        [Fact]
        public async Task Flow_ListHandedToAConstructorByFieldName() =>
            await Verify.VerifyAsync(Id, @"
public sealed class CountryFilter
{
    private readonly HashSet<string> _denied;
    public CountryFilter(IEnumerable<string> denied) => _denied = new HashSet<string>(denied);
    public bool Refuses(string country) => _denied.Contains(country);
}
" + HubWith(@"private static readonly string[] Denied = { ""IR"" };
    private readonly CountryFilter _filter = new CountryFilter(Denied);", ReadCountry + @"if ({|#0:_filter.Refuses(country)|}) { Context.Abort(); return; }"), IranChat());

        // ------------------------------------------------------------ model errors

        private const string SignupController = @"
public sealed record SignupRequest(string Email, string Country);

public class ChatSignupController : Controller
{
    LIST

    [HttpPost(""/chat/signup"")]
    public IActionResult Create(SignupRequest request)
    {
        TEST
        if (!ModelState.IsValid) return View(request);
        return Ok();
    }
}";

        [Fact]
        public async Task Flow_ModelErrorForABlockedCountry() =>
            await Verify.VerifyAsync(Id, SignupController
                .Replace("LIST", @"private static readonly string[] Blocked = { ""IR"" };")
                .Replace("TEST", @"if ({|#0:Blocked.Contains(request.Country)|}) ModelState.AddModelError(""Country"", ""Sign-up is not available in your country."");"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatSignupController.Create",
                    "chat and user authentication, inferred from the route name '/chat/signup'; confirm with [CommunicationService(\"chat\", \"user-authentication\")] or declare the right category", IranCitation, Deny));

        /// <summary>A picker's validation: a value outside the supported countries is a form error, not a block (the benchmark's look-alike).</summary>
        [Fact]
        public async Task Flow_Negative_ModelErrorForAnUnsupportedCountry() =>
            await Verify.VerifyAsync(Id, SignupController
                .Replace("LIST", @"private static readonly string[] SupportedCountries = { ""US"", ""DE"", ""FR"" };")
                .Replace("TEST", @"if (!SupportedCountries.Contains(request.Country, StringComparer.OrdinalIgnoreCase)) ModelState.AddModelError(""Country"", ""Unsupported country."");"));

        /// <summary>An allow-list names every active jurisdiction it leaves out.</summary>
        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranChatAndOthers() =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat,
                "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny);
    }
}
