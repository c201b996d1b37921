using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1002: geo-block of unknown scope (category, jurisdictions or legal point unknown).</summary>
    public class UnknownScopeGeoBlockRuleTests
    {
        private const string Id = "SANC1002";
        private const string UnknownCategory = "declare the feature's category with [CommunicationService(\"...\")] on the method or class so the block can be checked against 31 CFR 560.540(a)(1), formerly GL D-2 (Iran)";

        private static string Controller(string gate) => @"
public class WeatherController : ControllerBase
{
    [HttpGet(""/weather"")]
    public IActionResult Get()
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        GATE
        return Ok(new { temperature = 21 });
    }
}".Replace("GATE", gate);

        [Fact]
        public async Task FeatureWithoutKnownCategory()
        {
            await Verify.VerifyAsync(Id, Controller(@"if ({|#0:country == ""IR""|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "denies", "WeatherController.Get", "category unknown", UnknownCategory));
        }

        [Fact]
        public async Task FeatureWithoutKnownCategory_NamesEveryProgramThatCouldAuthorize()
        {
            await Verify.VerifyAsync(Id, Controller(@"if ({|#0:country is ""IR"" or ""CU""|}) return Forbid();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "denies", "WeatherController.Get", "category unknown",
                    "declare the feature's category with [CommunicationService(\"...\")] on the method or class so the block can be checked against 31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)"));
        }

        [Fact]
        public async Task NamesThatSuggestAnAuthorizedAndAnExcludedService_AskWhich()
        {
            // The nearest names (the method's) say both chat and payments: the block may be consistent or over-broad.
            const string source = @"
public class MessagesController : ControllerBase
{
    [HttpPost]
    public IActionResult SendChatPayment(string to)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return Forbid();
        return Ok(to);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "denies", "MessagesController.SendChatPayment",
                    "chat and payments, inferred from the method name 'SendChatPayment'",
                    "its names suggest both chat (authorized for Iran, 31 CFR 560.540(a)(1), formerly GL D-2) and payments (outside the authorizations); declare which the feature provides with [CommunicationService(\"...\")] on the method or class"));
        }

        [Fact]
        public async Task ListFilledAtRunTime()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly HashSet<string> _blockedCountries;
    public ChatHub(HashSet<string> blockedCountries) => _blockedCountries = blockedCountries;

    public async Task Send(string message)
    {
        if ({|#0:_blockedCountries.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from field '_blockedCountries' filled at run time; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        private static string RulesReadFromAFile(string defaults) => @"
public sealed class CountryRules
{
    public List<string> Countries { get; set; } = new() { DEFAULTS };
}

public class ChatHub : Hub
{
    private readonly CountryRules _rules = System.Text.Json.JsonSerializer.Deserialize<CountryRules>(System.IO.File.ReadAllText(""rules.json"")) ?? new CountryRules();

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:_rules.Countries.Contains(country)|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}".Replace("DEFAULTS", defaults);

        [Fact]
        public async Task SettingsReadFromAFile_WhoseDefaultsNameNoJurisdiction_AreUnknown()
        {
            await Verify.VerifyAsync(Id, RulesReadFromAFile(@"""CN"", ""RU"""),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from property 'CountryRules.Countries' read at run time by JsonSerializer.Deserialize (defaults: CN, RU); pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        [Fact]
        public async Task SettingsReadFromAFile_WhoseDefaultsNameIran_AreJudgedOnTheDefaults()
        {
            // What the code ships blocks Iran: SANC1001 (not this rule) judges it.
            await Verify.VerifyAsync(Id, RulesReadFromAFile(@"""IR"""));
        }

        [Fact]
        public async Task AllowListFilledAtRunTime_DenyingThoseNotInIt()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly HashSet<string> _allowedCountries;
    public ChatHub(HashSet<string> allowedCountries) => _allowedCountries = allowedCountries;

    public async Task Send(string message)
    {
        if (!{|#0:_allowedCountries.Contains(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from field '_allowedCountries' filled at run time; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        [Fact]
        public async Task AllowListThenDenyListFilledAtRunTime_EachIsReportedOnce()
        {
            // Read both as a block list and as an allow-list, the first gate's two readings come to the same finding: once.
            const string source = @"
public class ChatHub : Hub
{
    private readonly HashSet<string> _countryAllow;
    private readonly HashSet<string> _countryDeny;
    public ChatHub(HashSet<string> allow, HashSet<string> deny) { _countryAllow = allow; _countryDeny = deny; }

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (!{|#0:_countryAllow.Contains(country)|}) { Context.Abort(); return; }
        if ({|#1:_countryDeny.Contains(country)|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            const string Advice = "; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from field '_countryAllow' filled at run time" + Advice),
                Verify.Diagnostic(Id).WithLocation(1).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from field '_countryDeny' filled at run time" + Advice));
        }

        [Fact]
        public async Task AllowListFilledAtRunTime_OnlyLoggingThoseNotInIt_IsSilent()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly HashSet<string> _allowedCountries;
    private readonly ILogger<ChatHub> _log;
    public ChatHub(HashSet<string> allowedCountries, ILogger<ChatHub> log) { _allowedCountries = allowedCountries; _log = log; }

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (!_allowedCountries.Contains(country)) _log.LogInformation(""message from {Country}"", country);
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task ListReadFromTheEnvironment_ItsNameIsNoEntry()
        {
            // "BLOCKED_COUNTRIES" is the variable's name, not a country: the list is read at run time (an input row).
            const string source = @"
public class ChatHub : Hub
{
    private static readonly string[] BlockedCountries =
        (Environment.GetEnvironmentVariable(""BLOCKED_COUNTRIES"") ?? string.Empty).Split(' ');

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:Array.IndexOf(BlockedCountries, country) >= 0|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from a list read at run time by Environment.GetEnvironmentVariable 'BLOCKED_COUNTRIES'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        [Fact]
        public async Task ListLeftEmptyByItsInitializer_IsFilledAtRunTime()
        {
            const string source = @"
public class ChatHub : Hub
{
    private static readonly HashSet<string> BlockedCountries = new();

    public static void Block(string code) => BlockedCountries.Add(code);

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:BlockedCountries.Contains(country)|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from field 'BlockedCountries' filled at run time; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        private const string SettingsStore = @"
public interface ISystemSettings { Task<string?> GetValueAsync(string key); }

public class ChatHub : Hub
{
    private readonly ISystemSettings _settings;
    public ChatHub(ISystemSettings settings) => _settings = settings;

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        var raw = await _settings.GetValueAsync(""KEY"");
        var banned = (raw ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).Where(c => c.Length == 2).Select(c => c.ToUpperInvariant()).ToHashSet();
        if (GATE) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";

        [Fact]
        public async Task ListAskedOfAService_ByAKeyNamingCountries_IsUnknown()
        {
            // The key is what the store is asked for, not an entry; the steps after the split (a length, a case) write no entry either.
            await Verify.VerifyAsync(Id, SettingsStore.Replace("KEY", "auth.banned_countries").Replace("GATE", "{|#0:banned.Contains(country)|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from a list read at run time by ISystemSettings.GetValueAsync 'auth.banned_countries'; pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        [Fact]
        public async Task ListAskedOfAService_ByAKeyNamingSomethingElse_IsNoGeoBlock() =>
            await Verify.VerifyAsync(Id, SettingsStore.Replace("KEY", "chat.muted_words").Replace("GATE", "banned.Contains(country)"));

        [Fact]
        public async Task ListLeftEmpty_OfBannedUsers_IsNoGeoBlock()
        {
            const string source = @"
public class ChatHub : Hub
{
    private static readonly HashSet<string> BannedUsers = new();

    public async Task Send(string message, string countryName)
    {
        if (BannedUsers.Contains(countryName)) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task ListFilledAtRunTime_OnAFeatureNoProgramAuthorizes_IsConsistentWhateverItHolds()
        {
            // A trading account: no program authorizes trading, so the unseen list cannot make the block over-broad.
            const string source = @"
[Route(""api/exchange/registration"")]
public class ExchangeRegistrationController : ControllerBase
{
    private readonly HashSet<string> _restrictedCountries;
    public ExchangeRegistrationController(HashSet<string> restrictedCountries) => _restrictedCountries = restrictedCountries;

    [HttpPost(""account"")]
    public IActionResult OpenTradingAccount(string residenceCountry)
    {
        if (_restrictedCountries.Contains(residenceCountry)) return Forbid();
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task OptionsListWithoutAppSettings()
        {
            const string source = @"
public sealed class GeoBlockingOptions { public string[] Countries { get; set; } = Array.Empty<string>(); }
public class ChatHub : Hub
{
    private readonly Microsoft.Extensions.Options.IOptions<GeoBlockingOptions> _options;
    public ChatHub(Microsoft.Extensions.Options.IOptions<GeoBlockingOptions> options) => _options = options;

    public async Task Send(string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:_options.Value.Countries.Contains(country)|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("a list the analyzer cannot see", "denies", "ChatHub.Send", "instant messaging and chat",
                    "the blocked jurisdictions come from configuration key 'GeoBlocking:Countries' (options GeoBlockingOptions.Countries); pass the file that holds it (appsettings*.json) to the analyzer as an AdditionalFile so the block can be checked against 31 CFR 560.540 and the other programs"));
        }

        [Fact]
        public async Task CrimeaChat_IsConditional()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""UA-43""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Crimea (UA-43)", "denies", "ChatHub.Send", "instant messaging and chat",
                    "for Crimea, instant messaging is authorized only for no-cost personal communications (OFAC Ukraine-related General License 9); check whether the feature qualifies"));
        }

        [Fact]
        public async Task DnrLnrChat_IsUnconfirmed()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""DNR""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("the so-called DNR and LNR regions (DNR-LNR)", "denies", "ChatHub.Send", "instant messaging and chat",
                    "for the so-called DNR and LNR regions, whether instant messaging is authorized is unconfirmed (OFAC Ukraine-related General License 22 (scope unconfirmed)); have it reviewed"));
        }

        [Fact]
        public async Task AuthorizationHandlerFails()
        {
            const string source = @"
public sealed class NotSanctionedRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }
public sealed class NotSanctionedHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<NotSanctionedRequirement>
{
    private readonly IHttpContextAccessor _accessor;
    public NotSanctionedHandler(IHttpContextAccessor accessor) => _accessor = accessor;

    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, NotSanctionedRequirement requirement)
    {
        if ({|#0:_accessor.HttpContext!.Request.Headers[""CF-IPCountry""] == ""IR""|}) context.Fail();
        else context.Succeed(requirement);
        return Task.CompletedTask;
    }
}";
            // An authorization handler guards the endpoints whose policies need its requirement: none here.
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(SanctionsAnalyzers.Rules.WholeAppGeoBlockRule.UnknownScope).WithLocation(0).WithArguments("Iran (IR)", "authorization handler 'NotSanctionedHandler'", "denies", "no endpoint of this project with a known category is found behind it; declare the categories of the endpoints it guards"));
        }

        [Fact]
        public async Task AllowCheckHelperReturningFalse()
        {
            const string source = @"
public static class GeoPolicy
{
    public static bool IsAllowedCountry(string country)
    {
        if ({|#0:country == ""IR""|}) return false;
        return true;
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "denies", "GeoPolicy.IsAllowedCountry", "category unknown", UnknownCategory));
        }

        [Fact]
        public async Task NorthKoreaOnly_HasNothingToCheck()
        {
            await Verify.VerifyAsync(Id, Controller(@"if (country == ""KP"") return Forbid();"));
        }

        [Fact]
        public async Task EndedProgramOnly_IsLeftToSanc1004()
        {
            await Verify.VerifyAsync(Id, Controller(@"if (country == ""SY"") return Forbid();"));
        }

        [Fact]
        public async Task KnownAuthorizedCategory_IsLeftToSanc1001()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if (Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR"") { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PaymentBlock_IsConsistent()
        {
            const string source = @"
public class CheckoutController : ControllerBase
{
    [HttpPost(""/pay"")]
    public async Task<IActionResult> Pay()
    {
        if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task ProxySignal_IsLeftToSanc1003()
        {
            await Verify.VerifyAsync(Id, @"
public class SignupController : ControllerBase
{
    [HttpPost(""/signup"")]
    public IActionResult Register(string phoneNumber)
    {
        if (phoneNumber.StartsWith(""+98"")) return Forbid();
        return Ok();
    }
}");
        }

        [Fact]
        public async Task NeutralAction_IsSilent()
        {
            await Verify.VerifyAsync(Id, Controller(@"if (country == ""IR"") Response.Headers[""Content-Language""] = ""fa"";"));
        }

        [Fact]
        public async Task ListOfSomethingElseFilledAtRunTime_IsSilent()
        {
            const string source = @"
public class ChatHub : Hub
{
    private readonly HashSet<string> _mutedUsers = null!;
    public async Task Send(string message, string userCountry)
    {
        if (_mutedUsers.Contains(userCountry)) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
