using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A private bool field set from a gate in one member and tested in another carries that gate; a block list's users
    /// shown a refusal notice before the method leaves are denied what the rest of it does.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string LessonComponent(string written, string unavailableBranch) => @"
public sealed class LessonView
{
    private static readonly string[] Unavailable = { ""IR"", ""CU"" };
    private bool _unavailable;

    public void Load(HttpContext http)
    {
        var country = http.Request.Headers[""CF-IPCountry""].ToString();
        _unavailable = " + written + @";
    }

    public void Render(System.Text.StringBuilder page, string lessonTitle, string videoId)
    {
        if (" + unavailableBranch + @")
        {
            page.Append(""<div class='notice'>"");
            page.Append(""Sorry, this lesson isn't available in your region."");
            page.Append(""</div>"");
            return;
        }

        page.Append(""<h2>"").Append(lessonTitle).Append(""</h2>"");
        page.Append(""<iframe src='https://video.example.com/"").Append(videoId).Append(""'></iframe>"");
    }
}";

        [Fact]
        public async Task FlagSetFromAGate_IsTheGateWhereItIsTested_AndANoticeBeforeLeavingDenies()
        {
            await Verify.VerifyAsync(Id, LessonComponent("Array.IndexOf(Unavailable, country) >= 0", "{|#0:_unavailable|}"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "LessonView.Render", Inferred("e-learning platforms", "the type name 'LessonView'", "\"e-learning\""),
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        private static string ProfileLessonComponent(string policyAnswer) => @"
public sealed class StudentProfile { public string? Country { get; set; } public int Age { get; set; } }

public static class LessonPolicy
{
    private static readonly string[] Unavailable = { ""IR"", ""CU"" };
    public static bool CanAccess(StudentProfile? student) => " + policyAnswer + @";
}

public sealed class LessonView
{
    private bool _available = true;

    public void Load(StudentProfile? student) => _available = LessonPolicy.CanAccess(student);

    public void Render(System.Text.StringBuilder page, string lessonTitle)
    {
        if (!{|#0:_available|})
        {
            page.Append(""Sorry, this lesson isn't available in your region."");
            return;
        }

        page.Append(""<h2>"").Append(lessonTitle).Append(""</h2>"");
    }
}";

        [Fact]
        public async Task FlagSetFromAHelpersAnswer_WithTheHolderOfTheSignalNullChecked_IsTheGate() =>
            await Verify.VerifyAsync(Id, ProfileLessonComponent("student is null || !Unavailable.Contains(student.Country)"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "LessonView.Render", Inferred("e-learning platforms", "the type name 'LessonView'", "\"e-learning\""),
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));

        [Fact]
        public async Task FlagSetFromAHelpersAnswerAboutAge_IsNoGate() =>
            await Verify.VerifyAsync(Id, ProfileLessonComponent("student is null || student.Age >= 13").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        private static string CallSessions(string written) => @"
public sealed class CallerSession
{
    public string ConnectionId { get; init; } = """";
    public bool CallsAllowed { get; init; }
}

public sealed class CallHub : Hub
{
    private static readonly string[] Embargoed = { ""IR"", ""CU"" };
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, CallerSession> Sessions = new();

    public override Task OnConnectedAsync()
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        Sessions[Context.ConnectionId] = new CallerSession { ConnectionId = Context.ConnectionId, CallsAllowed = " + written + @" };
        return base.OnConnectedAsync();
    }

    public Task SendOffer(string offer)
    {
        if (Sessions.TryGetValue(Context.ConnectionId, out var session) && !{|#0:session.CallsAllowed|})
        {
            throw new HubException(""Calls are unavailable."");
        }

        return Clients.Others.SendAsync(""ReceiveOffer"", offer);
    }
}";

        [Fact]
        public async Task BoolPropertyOfARecordWrittenFromAGate_IsTheGateWhereItIsTested() =>
            await Verify.VerifyAsync(Id, CallSessions("!Embargoed.Contains(country)"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "CallHub.SendOffer", "instant messaging and chat",
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));

        [Fact]
        public async Task BoolPropertyOfARecordWrittenFromSomethingElse_IsNoGate() =>
            await Verify.VerifyAsync(Id, CallSessions("!string.IsNullOrEmpty(country)").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task FlagSetFromSomethingElse_IsNoGate()
        {
            await Verify.VerifyAsync(Id, LessonComponent("string.IsNullOrEmpty(country)", "_unavailable"));
        }

        [Fact]
        public async Task NoticeOnAnAllowListsPath_IsAFormsValidation_NotADeny()
        {
            const string source = @"
public sealed class SignupForm
{
    private static readonly string[] Supported = { ""US"", ""CA"", ""DE"" };

    public void Submit(string country, System.Text.StringBuilder page)
    {
        if (!Supported.Contains(country))
        {
            page.Append(""This country is not supported yet."");
            return;
        }

        page.Append(""Thanks for signing up."");
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task LogLineSayingBlocked_BeforeLeaving_IsNoNotice()
        {
            const string source = @"
public sealed class LessonAudit
{
    private readonly ILogger<LessonAudit> _logger;
    public LessonAudit(ILogger<LessonAudit> logger) => _logger = logger;

    public void Record(string country, System.Text.StringBuilder page)
    {
        if (country == ""IR"")
        {
            _logger.LogInformation(""Lesson view blocked for {Country}"", country);
            return;
        }

        page.Append(""viewed"");
    }
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
