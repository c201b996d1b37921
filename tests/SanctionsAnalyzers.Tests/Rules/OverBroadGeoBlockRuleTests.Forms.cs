using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1001 across the signal, gate and action forms real code uses.</summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string Deny = "denies";

        /// <summary>A SignalR hub method; BODY must deny Iran at {|#0:...|}.</summary>
        private static string HubWith(string members, string body) => @"
public class ChatHub : Hub
{
    MEMBERS
    public async Task SendMessage(string message)
    {
        var http = Context.GetHttpContext()!;
        BODY
        await Clients.All.SendAsync(""ReceiveMessage"", message);
    }
}".Replace("MEMBERS", members).Replace("BODY", body);

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranChat(int location = 0, string verb = Deny) =>
            Verify.Diagnostic(Id).WithLocation(location).WithArguments("Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, verb);

        // ------------------------------------------------------------ signals

        [Theory]
        [InlineData("CloudFront-Viewer-Country")]
        [InlineData("X-AppEngine-Country")]
        [InlineData("X-Vercel-IP-Country")]
        [InlineData("Fastly-Client-Geo-Country")]
        [InlineData("Akamai-Country")]
        [InlineData("X-Azure-ClientCountry")]
        [InlineData("x-country-code")]
        public async Task Signal_CdnGeoHeaders(string header)
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if ({|#0:http.Request.Headers[""" + header + @"""] == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_HeaderThroughTryGetValue()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if (http.Request.Headers.TryGetValue(""CF-IPCountry"", out var values) && {|#0:values == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_HeaderFirstOrDefault()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var country = http.Request.Headers[""CF-IPCountry""].FirstOrDefault();
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_MaxMindTryCountryOutResponse()
        {
            await Verify.VerifyAsync(Id, HubWith("private readonly IGeoIP2DatabaseReader _geo = null!;", @"var response = _geo.Country(""1.2.3.4"");
        if ({|#0:response.RegisteredCountry.IsoCode == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_MaxMindCityResponse()
        {
            await Verify.VerifyAsync(Id, HubWith("private readonly IGeoIP2DatabaseReader _geo = null!;", @"var city = _geo.City(""1.2.3.4"");
        if ({|#0:city.Country.IsoCode == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_CountryClaimValue()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var country = Context.User?.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_FindFirstValueOfCountryClaim()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if ({|#0:System.Security.Claims.PrincipalExtensions.FindFirstValue(Context.User!, ""country"") == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_HasClaimWithIran()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if ({|#0:Context.User!.HasClaim(System.Security.Claims.ClaimTypes.Country, ""IR"")|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_ProfileBillingCountry()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public class Profile { public string BillingCountry { get; set; } = \"\"; }",
                HubWith("private readonly Profile _profile = new Profile();", @"if ({|#0:_profile.BillingCountry == ""IR""|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Signal_EnumCountryOnUser()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public enum CountryCode { US, DE, IR } public class Member { public CountryCode ResidenceCountry { get; set; } }",
                HubWith("private readonly Member _member = new Member();", @"if ({|#0:_member.ResidenceCountry == CountryCode.IR|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Signal_ControllerParameterNamedCountryCode()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to, string countryCode)
    {
        if ({|#0:countryCode == ""IR""|}) return Forbid();
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Signal_QueryStringCountry()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if ({|#0:http.Request.Query[""country""] == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_GeolocationApiResultDeserialized()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public sealed class IpApiResult { public string? CountryCode { get; set; } public string? City { get; set; } }",
                HubWith("private readonly System.Net.Http.HttpClient _http = new();", @"var geo = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<IpApiResult>(_http, ""https://ip-api.example/json"");
        if ({|#0:geo?.CountryCode == ""IR""|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Signal_MethodNamedForTheCountryOfAnAddress()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public interface IGeoService { string GetCountryCode(System.Net.IPAddress ip); }",
                HubWith("private readonly IGeoService _geo = null!;", @"if ({|#0:_geo.GetCountryCode(http.Connection.RemoteIpAddress!) == ""IR""|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Signal_TypedHeadersGet()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var country = http.Request.GetTypedHeaders().Get<string>(""CF-IPCountry"");
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Signal_MaxMindTryCityOut()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public interface ICityLookup { bool TryCity(string ip, out MaxMind.GeoIP2.Responses.CityResponse? response); }",
                HubWith("private readonly ICityLookup _lookup = null!;", @"if (_lookup.TryCity(""1.2.3.4"", out var city) && {|#0:city!.Country.IsoCode == ""IR""|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Signal_ThroughAConditionalExpression()
        {
            await Verify.VerifyAsync(Id, HubWith("private readonly IGeoIP2DatabaseReader _geo = null!;", @"var address = http.Connection.RemoteIpAddress?.ToString();
        var country = address is null ? null : _geo.Country(address).Country.IsoCode;
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        // ------------------------------------------------------------ gates

        [Fact]
        public async Task Gate_StringCompareEqualsZero()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:string.Compare(country, ""ir"", StringComparison.OrdinalIgnoreCase) == 0|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_SwitchStatementCase()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"switch (http.Request.Headers[""CF-IPCountry""].ToString())
        {
            {|#0:case ""IR"":|}
                Context.Abort();
                return;
            case ""US"":
                break;
        }"), IranChat());
        }

        [Fact]
        public async Task Gate_SwitchStatementPatternWithOr()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        switch (country)
        {
            {|#0:case ""IR"" or ""IRN"":|}
                throw new HubException(""Not available"");
        }"), IranChat());
        }

        [Fact]
        public async Task Gate_SwitchExpressionArm()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public IActionResult Send(string to)
    {
        new System.Net.Mail.SmtpClient(""smtp.example.com"").Send(""a@example.com"", to, ""s"", ""b"");
        return Request.Headers[""CF-IPCountry""].ToString() switch
        {
            {|#0:""IR""|} => Forbid(),
            _ => Ok(),
        };
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Gate_StaticReadonlyArrayField()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""IR"", ""KP"" };",
                @"if ({|#0:Blocked.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_HashSetWithComparer()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly HashSet<string> Embargoed = new(StringComparer.OrdinalIgnoreCase) { ""IR"", ""CU"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:Embargoed.Contains(country)|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat,
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny));
        }

        [Fact]
        public async Task Gate_ImmutableHashSetCreate()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly System.Collections.Immutable.ImmutableHashSet<string> Blocked = System.Collections.Immutable.ImmutableHashSet.Create(""IR"");",
                @"if ({|#0:Blocked.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_FrozenSet()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly System.Collections.Frozen.FrozenSet<string> Blocked = System.Collections.Frozen.FrozenSet.ToFrozenSet(new[] { ""IR"", ""SY"" });",
                @"if ({|#0:Blocked.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_LocalListFromCollectionExpression()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"List<string> blocked = [""IR""];
        var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:blocked.Contains(country)|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_ReadOnlyCollectionPropertyWithExpressionBody()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static IReadOnlyCollection<string> Blocked => new[] { ""IR"" };",
                @"if ({|#0:Blocked.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_LinqAnyWithPredicate()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""IR"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:Blocked.Any(c => c == country)|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_DictionaryContainsKey()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly Dictionary<string, string> Sanctioned = new() { [""IR""] = ""ITSR"" };",
                @"if ({|#0:Sanctioned.ContainsKey(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_DictionaryTryGetValue()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly Dictionary<string, string> Sanctioned = new() { [""IR""] = ""ITSR"" };",
                @"if ({|#0:Sanctioned.TryGetValue(http.Request.Headers[""CF-IPCountry""].ToString(), out var program)|}) { throw new HubException(program); }"), IranChat());
        }

        [Fact]
        public async Task Gate_EnumMemberNamedForTheJurisdiction()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public enum Country { Germany, Iran, France } public class Account { public Country Country { get; set; } }",
                HubWith("private readonly Account _account = new Account();", @"if ({|#0:_account.Country == Country.Iran|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Gate_AllowListThatOmitsTheJurisdictions()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Supported = { ""US"", ""DE"", ""FR"", ""GB"" };",
                @"if (!{|#0:Supported.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat,
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny));
        }

        [Fact]
        public async Task Gate_StaticReadonlyStringField()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string Sanctioned = ""IR"";",
                @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == Sanctioned|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_ListInAnotherFile()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                @"public static class GeoPolicy { public static readonly string[] BlockedCountries = { ""IR"", ""KP"" }; }",
                HubWith("", @"if ({|#0:GeoPolicy.BlockedCountries.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Gate_HelperInTheSameClass()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static bool IsSanctioned(string country) => country is ""IR"" or ""KP"";",
                @"if ({|#0:IsSanctioned(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_HelperInAnotherFile()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                @"public static class GeoPolicy { public static bool IsBlocked(string code) { if (code == ""IR"") return true; return false; } }",
                HubWith("", @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:GeoPolicy.IsBlocked(country)|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Gate_HelperThatReadsTheSignalItself()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static bool FromEmbargoedCountry(HttpContext context) => context.Request.Headers[""CF-IPCountry""] == ""IR"";",
                @"if ({|#0:FromEmbargoedCountry(http)|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_BoolPropertyWhoseGetterIsAGate()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private bool FromSanctionedRegion => string.Equals(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""], ""IR"", StringComparison.OrdinalIgnoreCase);",
                @"if ({|#0:FromSanctionedRegion|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_BoolPropertyWithAGetAccessor()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private bool Embargoed { get { var c = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString(); return c == ""IR""; } }",
                @"if ({|#0:Embargoed|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_BoolPropertyThatIsNoGate_IsNotOne()
        {
            // A bool property on something else (the user agent) is no gate, however it is used.
            await Verify.VerifyAsync(Id, HubWith(@"private bool IsMobile => Context.GetHttpContext()!.Request.Headers[""User-Agent""].ToString().Contains(""Mobile"");",
                @"if (IsMobile) { Context.Abort(); return; }"));
        }

        [Theory]
        [InlineData("is { } iso")]
        [InlineData("is string iso")]
        public async Task Signal_LocalDeclaredByAPattern(string pattern)
        {
            // "hit?.Country.IsoCode is { } iso && Blocked.Contains(iso)": the pattern's local holds the tested value.
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly HashSet<string> Blocked = new() { ""IR"" };
    private readonly IGeoIP2DatabaseReader _geo = null!;",
                @"var hit = _geo.Country(""1.2.3.4"");
        if (hit?.Country.IsoCode PATTERN && {|#0:Blocked.Contains(iso)|}) { Context.Abort(); return; }".Replace("PATTERN", pattern)), IranChat());
        }

        [Fact]
        public async Task Signal_LocalDeclaredByANegatedPattern()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly HashSet<string> Blocked = new() { ""IR"" };",
                @"var code = http.Request.Headers[""CF-IPCountry""].FirstOrDefault();
        if (code is not { } iso) { await Clients.All.SendAsync(""m"", message); return; }
        if ({|#0:Blocked.Contains(iso)|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Controller_IsAlsoAnActionFilter_ButAGateInAnActionGuardsThatAction()
        {
            // Controller implements IActionFilter; the gate is in an action, not in OnActionExecuting: method level.
            const string source = @"
public class MailController : Controller
{
    [HttpPost]
    public async Task<IActionResult> Send(string to)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return StatusCode(451);
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Theory]
        [InlineData("System.Array.IndexOf(Blocked, country) >= 0")]
        [InlineData("Array.IndexOf(Blocked, country) > -1")]
        [InlineData("-1 != Array.IndexOf(Blocked, country)")]
        [InlineData("BlockedList.IndexOf(country) != -1")]
        [InlineData("Array.Exists(Blocked, c => c == country)")]
        public async Task Gate_MembershipByPositionOrPredicate(string condition)
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""IR"" };
    private static readonly List<string> BlockedList = new() { ""IR"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:CONDITION|}) { Context.Abort(); return; }".Replace("CONDITION", condition)), IranChat());
        }

        [Theory]
        [InlineData("Array.IndexOf(Allowed, country) < 0")]
        [InlineData("Array.IndexOf(Allowed, country) == -1")]
        public async Task Gate_AbsentByPosition_IsAnAllowList(string condition)
        {
            // "not in the list → deny" on a list of codes denies every place it omits: Cuba here, not Iran.
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Allowed = { ""IR"", ""US"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:CONDITION|}) { Context.Abort(); return; }".Replace("CONDITION", condition)),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Cuba (CU)", "ChatHub.SendMessage", Chat, "31 CFR 515.578(a)(1)", Deny));
        }

        [Theory]
        [InlineData("Array.IndexOf(Blocked, country) > 2")]
        [InlineData("country.IndexOf(\"IR\") >= 0")]
        public async Task Gate_PositionTestsThatAreNoMembership_AreNotGates(string condition)
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""IR"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        if (CONDITION) { Context.Abort(); return; }".Replace("CONDITION", condition)));
        }

        [Fact]
        public async Task Signal_KeptThroughReplace()
        {
            await Verify.VerifyAsync(Id, HubWith("",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString().Replace("" "", """").TrimEnd();
        if ({|#0:country == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Theory]
        [InlineData("return EnrollmentResult.Denied(\"not offered in your region\");")]
        [InlineData("return EnrollmentResult.Rejected;")]
        [InlineData("return new FailedEnrollment();")]
        public async Task Action_ReturnedResultWhoseNameRefuses(string refusal)
        {
            const string source = @"
public class EnrollmentResult
{
    public static EnrollmentResult Ok() => new EnrollmentResult();
    public static EnrollmentResult Denied(string reason) => new EnrollmentResult();
    public static EnrollmentResult Rejected { get; } = new EnrollmentResult();
}
public sealed class FailedEnrollment : EnrollmentResult { }
public class EnrollmentService
{
    public EnrollmentResult Enroll(string countryCode, string courseId)
    {
        if ({|#0:countryCode == ""IR""|}) REFUSAL
        return EnrollmentResult.Ok();
    }
}";
            await Verify.VerifyAsync(Id, source.Replace("REFUSAL", refusal), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "EnrollmentService.Enroll", "e-learning platforms, inferred from the method name 'Enroll'; confirm with [CommunicationService(\"e-learning\")] or declare the right category", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_TaskFromResultFalse_FromAnAsyncAllowCheck()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private Task<bool> IsAllowedToSend(string country)
    {
        if ({|#0:country == ""IR""|}) return Task.FromResult(false);
        return Task.FromResult(true);
    }", ""), Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.IsAllowedToSend", Chat, IranCitation, Deny));
        }

        [Theory]
        [InlineData("return EnrollmentResult.Persian();")]
        [InlineData("return EnrollmentResult.Blockquote();")]
        public async Task Action_ReturnedResultWhoseNameDoesNotRefuse_IsNeutral(string result)
        {
            const string source = @"
public class EnrollmentResult
{
    public static EnrollmentResult Ok() => new EnrollmentResult();
    public static EnrollmentResult Persian() => new EnrollmentResult();
    public static EnrollmentResult Blockquote() => new EnrollmentResult();
}
public class EnrollmentService
{
    public EnrollmentResult Enroll(string countryCode)
    {
        if (countryCode == ""IR"") RESULT
        return EnrollmentResult.Ok();
    }
}";
            await Verify.VerifyAsync(Id, source.Replace("RESULT", result));
        }

        [Fact]
        public async Task Jurisdictions_FromTheConstructorsCallers()
        {
            // The list is handed to the constructor; the call site names Iran.
            await Verify.VerifyAsync(Id, new[]
            {
                @"public sealed class RegionRule
{
    private readonly HashSet<string> _denied;
    public RegionRule(IEnumerable<string> denied) => _denied = new HashSet<string>(denied);
    public bool Denies(string country) => _denied.Contains(country);
}
public static class Rules { public static readonly RegionRule Default = new RegionRule(new[] { ""IR"" }); }",
                HubWith("", @"if ({|#0:Rules.Default.Denies(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Jurisdictions_FromParamsOfTheCallers()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                @"public static class Geo
{
    public static bool IsOneOf(string country, params string[] codes) => codes.Contains(country);
}",
                HubWith("", @"if ({|#0:Geo.IsOneOf(http.Request.Headers[""CF-IPCountry""].ToString(), ""IR"", ""KP"")|}) { Context.Abort(); return; }"),
            }, IranChat());
        }

        [Fact]
        public async Task Jurisdictions_FromCallersThatNameNone_NoGateOnIran()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                @"public static class Geo
{
    public static bool IsOneOf(string country, params string[] codes) => codes.Contains(country);
}",
                HubWith("", @"if (Geo.IsOneOf(http.Request.Headers[""CF-IPCountry""].ToString(), ""DE"", ""FR"")) { Context.Abort(); return; }"),
            });
        }

        [Fact]
        public async Task Gate_AwaitedAsyncHelper()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static async Task<bool> IsEmbargoedAsync(string country) { await Task.Yield(); return country is ""IR"" or ""KP""; }",
                @"if (await {|#0:IsEmbargoedAsync(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_AwaitedAllowCheckCompletingWithFromResult_Negated()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static Task<bool> IsServedAsync(string country) => Task.FromResult(country != ""IR"");",
                @"if (!await {|#0:IsServedAsync(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_AwaitedAsyncHelperOnSomethingElse_IsNoGate()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static async Task<bool> IsMobileAsync(string agent) { await Task.Yield(); return agent.Contains(""Mobile""); }",
                @"if (await IsMobileAsync(http.Request.Headers[""User-Agent""].ToString())) { Context.Abort(); return; }"));
        }

        [Fact]
        public async Task Gate_LoopOverTheListComparingEachEntry()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""IR"", ""KP"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        foreach (var code in Blocked)
        {
            if ({|#0:country == code|}) { Context.Abort(); return; }
        }"), IranChat());
        }

        [Fact]
        public async Task Gate_LoopOverAListNamingNoJurisdiction_IsNoGate()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Blocked = { ""DE"", ""FR"" };",
                @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        foreach (var code in Blocked)
        {
            if (country == code) { Context.Abort(); return; }
        }"));
        }

        [Fact]
        public async Task Gate_AllowCheckHelperNegated()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static bool IsServedCountry(string country) => country != ""IR"";",
                @"if (!{|#0:IsServedCountry(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_BooleanLocal()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var blocked = {|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|};
        if (blocked) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_ConjunctionOfNotEqualsWithDenyAfterwards()
        {
            const string source = @"
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:country != ""IR"" && country != ""CU""|})
        {
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
            return Ok();
        }

        return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "MailController.Send", "e-mail",
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny));
        }

        [Fact]
        public async Task Gate_SubstringOfTheCountryName()
        {
            await Verify.VerifyAsync(Id, HubWith("private readonly IGeoIP2DatabaseReader _geo = null!;",
                @"if ({|#0:_geo.Country(""1.2.3.4"").Country.Name?.Contains(""Iran"") == true|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Gate_AllowListThatNamesAnEndedProgram_StillOmitsIranAndCuba()
        {
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Served = { ""US"", ""DE"", ""SY"" };",
                @"if (!{|#0:Served.Contains(http.Request.Headers[""CF-IPCountry""].ToString())|}) { Context.Abort(); return; }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR) and Cuba (CU)", "ChatHub.SendMessage", Chat,
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)", Deny));
        }

        [Fact]
        public async Task Gate_LocationNextToAProxy_LocationPartIsReported()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"var phone = http.Request.Query[""phone""].ToString();
        if (phone.StartsWith(""+98"") || {|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Feature_DeclaredByAttributeOnTheMethod()
        {
            const string source = @"
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class CommunicationServiceAttribute : Attribute { public CommunicationServiceAttribute(params string[] categories) { } }
public class TranslateController : ControllerBase
{
    [HttpPost(""/translate"")]
    [CommunicationService(""automated-translation"")]
    public IActionResult Translate(string text)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return Forbid();
        return Ok(text);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "TranslateController.Translate", "automated translation", IranCitation, Deny));
        }

        [Fact]
        public async Task Feature_DeclarationOnTheClassReplacesInference()
        {
            const string source = @"
public sealed class CommunicationServiceAttribute : Attribute { public CommunicationServiceAttribute(string category) { } }
[CommunicationService(""payments"")]
public class BillingHub : Hub
{
    public async Task Notify(string message)
    {
        if (Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR"") { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        // ------------------------------------------------------------ actions

        [Fact]
        public async Task Action_Challenge()
        {
            await Verify.VerifyAsync(Id, Mail(@"if ({|#0:country == ""IR""|}) return Challenge();"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_ProblemWithStatus451()
        {
            await Verify.VerifyAsync(Id, Mail(@"if ({|#0:country == ""IR""|}) return Problem(statusCode: 451, title: ""Unavailable for legal reasons"");"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_HttpContextAbort()
        {
            await Verify.VerifyAsync(Id, Mail(@"if ({|#0:country == ""IR""|}) { HttpContext.Abort(); return new EmptyResult(); }"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_TypedResultsStatusCodeInRouteHandler()
        {
            const string source = @"
public static class Endpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(""/mail"", async (HttpRequest request, string to) =>
        {
            if ({|#0:request.Headers[""CF-IPCountry""] == ""IR""|}) return (IResult)TypedResults.StatusCode(451);
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
            return TypedResults.Ok();
        });
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MapPost \"/mail\"", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_UnauthorizedAccessExceptionThrown()
        {
            await Verify.VerifyAsync(Id, HubWith("", @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) throw new UnauthorizedAccessException();"), IranChat());
        }

        [Fact]
        public async Task Action_KickCall()
        {
            await Verify.VerifyAsync(Id, HubWith("private Task KickAsync(string connectionId) => Task.CompletedTask;",
                @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) { await KickAsync(Context.ConnectionId); return; }"), IranChat());
        }

        [Fact]
        public async Task Action_KickCommandString()
        {
            await Verify.VerifyAsync(Id, HubWith("private Task SendCommandAsync(string command) => Task.CompletedTask;",
                @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) { await SendCommandAsync($""kick {Context.ConnectionId} region""); return; }"), IranChat());
        }

        [Fact]
        public async Task Action_WebSocketClosed()
        {
            const string source = @"
public class ChatSocketController : ControllerBase
{
    [HttpGet(""/ws"")]
    public async Task Connect()
    {
        using var socket = await HttpContext.WebSockets.AcceptWebSocketAsync();
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            await socket.CloseAsync(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, ""region"", default);
            return;
        }

        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", ""b@example.com"", ""joined"", ""x"");
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatSocketController.Connect", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_Status401()
        {
            await Verify.VerifyAsync(Id, Mail(@"if ({|#0:country == ""IR""|}) return StatusCode(StatusCodes.Status401Unauthorized);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailController.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task Action_DegradeByFeatureFlag()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public class RoomFeatures { public bool AttachmentsEnabled { get; set; } = true; }",
                HubWith("private readonly RoomFeatures _features = new RoomFeatures();", @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) { _features.AttachmentsEnabled = false; }"),
            }, IranChat(verb: "degrades"));
        }

        [Fact]
        public async Task Action_DegradeToReadOnly()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public class Session { public bool IsReadOnly { get; set; } }",
                HubWith("private readonly Session _session = new Session();", @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) _session.IsReadOnly = true;"),
            }, IranChat(verb: "degrades"));
        }

        [Fact]
        public async Task Action_ReturnFalseFromAnAllowCheckInAHub()
        {
            const string source = @"
public class ChatHub : Hub
{
    public bool IsAllowed()
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) return false;
        return true;
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.IsAllowed", Chat, IranCitation, Deny));
        }

        [Fact]
        public async Task Action_AnyCallHandedARefusingStatus()
        {
            const string source = @"
public static class ChatApi
{
    public static void Map(WebApplication app) =>
        app.MapPost(""/chat/messages"", (HttpContext context, string text) =>
        {
            if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|})
                return Results.Content(""Not available in your region"", ""text/plain"", statusCode: 451);
            return Results.Ok(text);
        });
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "MapPost \"/chat/messages\"", "chat and instant messaging, inferred from the route name '/chat/messages'; confirm with [CommunicationService(\"chat\", \"instant-messaging\")] or declare the right category", IranCitation, "denies"));
        }

        [Fact]
        public async Task Action_AnyCallHandedANonRefusingStatus_IsNoDeny()
        {
            const string source = @"
public static class ChatApi
{
    public static void Map(WebApplication app) =>
        app.MapPost(""/chat/messages"", (HttpContext context, string text) =>
        {
            if (context.Request.Headers[""CF-IPCountry""] == ""IR"")
                return Results.Content(""سلام"", ""text/plain"", statusCode: 200);
            return Results.Ok(text);
        });
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
