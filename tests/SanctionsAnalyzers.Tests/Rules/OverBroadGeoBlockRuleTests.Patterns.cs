using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A bool helper whose gated branch does work (an <c>out</c> reason, a log line) before it answers, and a country
    /// bound by a property pattern (<c>result is Located { IsoCode: var iso }</c>).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string ReasonHelper = @"
public static class ResidencePolicy
{
    private static readonly string[] Restricted = { ""IR"", ""KP"" };

    public static bool IsBarred(string? residence, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(residence)) return false;
        var code = residence.Trim().ToUpperInvariant();
        if (Array.IndexOf(Restricted, code) >= 0)
        {
            reason = $""Not available for residents of {code}."";
            ANSWER
        }

        return false;
    }
}";

        [Fact]
        public async Task HelperAnsweringAfterSettingItsOutReason_IsAGate() =>
            await Verify.VerifyAsync(Id, ReasonHelper.Replace("ANSWER", "return true;") + HubWith(string.Empty,
                @"if ({|#0:ResidencePolicy.IsBarred(http.Request.Headers[""CF-IPCountry""].ToString(), out var why)|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task HelperWhoseGatedBranchAnswersWhatTheOthersGet_IsNoGate() =>
            await Verify.VerifyAsync(Id, ReasonHelper.Replace("ANSWER", "return false;") + HubWith(string.Empty,
                @"if (ResidencePolicy.IsBarred(http.Request.Headers[""CF-IPCountry""].ToString(), out var why)) { Context.Abort(); return; }"));

        private const string Locator = @"
public abstract record LocateResult;
public sealed record Located(string IsoCode, string CurrencyIsoCode) : LocateResult;
public sealed record NotLocated : LocateResult;
public interface IIpLocator { LocateResult Locate(System.Net.IPAddress address); }";

        [Fact]
        public async Task CodeBoundByAPropertyPattern_IsTheSignal() =>
            await Verify.VerifyAsync(Id, Locator + HubWith("private readonly IIpLocator _locator = null!;",
                @"if (_locator.Locate(http.Connection.RemoteIpAddress!) is Located { IsoCode: var iso } && {|#0:iso == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task CurrencyCodeBoundByAPropertyPattern_IsNoCountry() =>
            await Verify.VerifyAsync(Id, Locator + HubWith("private readonly IIpLocator _locator = null!;",
                @"if (_locator.Locate(http.Connection.RemoteIpAddress!) is Located { CurrencyIsoCode: var iso } && iso == ""IRR"") { Context.Abort(); return; }"));

        [Fact]
        public async Task CodeCachedByAnAssignmentExpression_IsTheSignal() =>
            // The lookup's result is stored in a cache and used in one expression: the assignment's value is the signal.
            await Verify.VerifyAsync(Id, HubWith("private static readonly Dictionary<string, string?> Seen = new();",
                @"var ip = http.Connection.RemoteIpAddress!.ToString();
        var code = Seen.TryGetValue(ip, out var cached) ? cached : Seen[ip] = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:code == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task AssignedValueThatIsNoSignal_IsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith("private static readonly Dictionary<string, string?> Seen = new();",
                @"var ip = http.Connection.RemoteIpAddress!.ToString();
        var code = Seen.TryGetValue(ip, out var cached) ? cached : Seen[ip] = message.Substring(0, 2);
        if (code == ""IR"") { Context.Abort(); return; }"));

        private const string ModeMembers = @"private static readonly string[] Countries = { CODES };
    private readonly RegionOptions _options = new();
    public sealed class RegionOptions { public bool Whitelist { get; set; } }";

        [Fact]
        public async Task MembershipComparedWithAModeSetting_IsReadInBlockListMode() =>
            // Under the setting's default (false) the listed countries are the ones refused.
            await Verify.VerifyAsync(Id, HubWith(ModeMembers.Replace("CODES", @"""IR"", ""KP"""),
                @"var allowed = {|#0:Countries.Contains(http.Request.Headers[""CF-IPCountry""].ToString()) == _options.Whitelist|};
        if (!allowed) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task MembershipComparedWithAModeSetting_NamingNorthKoreaOnly_IsSilent() =>
            await Verify.VerifyAsync(Id, HubWith(ModeMembers.Replace("CODES", @"""KP"""),
                @"var allowed = Countries.Contains(http.Request.Headers[""CF-IPCountry""].ToString()) == _options.Whitelist;
        if (!allowed) { Context.Abort(); return; }"));

        [Fact]
        public async Task SignUpIsUserAuthentication_ByItsName() =>
            await Verify.VerifyAsync(Id, @"
public sealed class SignUpService
{
    private readonly IHttpContextAccessor _http;
    public SignUpService(IHttpContextAccessor http) => _http = http;

    public async Task<bool> CreateAccountAsync(string email)
    {
        if ({|#0:_http.HttpContext!.Request.Headers[""CF-IPCountry""] == ""IR""|}) throw new UnauthorizedAccessException(""not available in your region"");
        await Task.Delay(1);
        return true;
    }
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "SignUpService.CreateAccountAsync",
                    "user authentication, inferred from the type name 'SignUpService'; confirm with [CommunicationService(\"user-authentication\")] or declare the right category", IranCitation, "denies"));
    }
}
