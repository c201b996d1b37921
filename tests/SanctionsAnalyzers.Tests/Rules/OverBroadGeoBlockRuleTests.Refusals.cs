using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Bool helpers written as one switch expression, and early exits whose own path announces the refusal (an event whose
    /// type says so, a page whose name says so) before it leaves.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string MailDispatcher = @"
public sealed record OutgoingMail(string To, string RecipientCountryCode, string Subject, string Body);
public sealed record MailSuppressed(string To, string Reason);
public sealed record MailQueuedForRegion(string To, string Region);

public interface IEventBus { Task Publish<T>(T message); void MarkNotSent(string to, string reason); void MarkDeferred(string to); }

public sealed class MailDispatcher
{
    private readonly IEventBus _bus;
    public MailDispatcher(IEventBus bus) => _bus = bus;

    private static bool IsRestrictedDestination(string countryCode) => countryCode.ToUpperInvariant() switch
    {
        HELPER
    };

    public async Task Dispatch(OutgoingMail mail)
    {
        if (CONDITION)
        {
            PATH
            return;
        }

        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.org"");
        await smtp.SendMailAsync(""noreply@example.org"", mail.To, mail.Subject, mail.Body);
    }
}";

        private static string Dispatcher(string helper, string condition, string path) =>
            MailDispatcher.Replace("HELPER", helper).Replace("CONDITION", condition).Replace("PATH", path);

        private const string RestrictedArms = @"""IR"" or ""KP"" => true,
        _ => false,";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranMailDispatch() =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailDispatcher.Dispatch", "e-mail", IranCitation, Deny);

        [Fact]
        public async Task SwitchExpressionHelper_WithOrPattern_IsAGate() =>
            await Verify.VerifyAsync(Id, Dispatcher(RestrictedArms, "{|#0:IsRestrictedDestination(mail.RecipientCountryCode)|}", string.Empty), IranMailDispatch());

        [Fact]
        public async Task SwitchExpressionHelper_WhoseDefaultGivesTheSameAnswer_IsNoGate() =>
            await Verify.VerifyAsync(Id, Dispatcher(@"""IR"" or ""CU"" => true,
        _ => true,", "IsRestrictedDestination(mail.RecipientCountryCode)", string.Empty));

        [Fact]
        public async Task SwitchExpressionHelper_WithAGuard_IsNotSummarised() =>
            await Verify.VerifyAsync(Id, Dispatcher(@"""IR"" or ""CU"" when mail_is_bulk() => true,
        _ => false,".Replace("mail_is_bulk()", "countryCode.Length == 3"), "IsRestrictedDestination(mail.RecipientCountryCode)", string.Empty));

        [Fact]
        public async Task PathPublishingARefusalEvent_BeforeLeaving_Denies() =>
            await Verify.VerifyAsync(Id, Dispatcher(RestrictedArms, "{|#0:IsRestrictedDestination(mail.RecipientCountryCode)|}",
                @"await _bus.Publish(new MailSuppressed(mail.To, ""restricted-destination""));"), IranMailDispatch());

        [Fact]
        public async Task PathPublishingARoutingEvent_IsRouting() =>
            // Queued for a regional relay: they are served another way, not refused.
            await Verify.VerifyAsync(Id, Dispatcher(RestrictedArms, "IsRestrictedDestination(mail.RecipientCountryCode)",
                @"await _bus.Publish(new MailQueuedForRegion(mail.To, mail.RecipientCountryCode));"));

        [Fact]
        public async Task PathRecordingThatTheMailWasNotSent_BeforeLeaving_Denies() =>
            await Verify.VerifyAsync(Id, Dispatcher(RestrictedArms, "{|#0:IsRestrictedDestination(mail.RecipientCountryCode)|}",
                @"_bus.MarkNotSent(mail.To, ""embargoed destination"");"), IranMailDispatch());

        [Fact]
        public async Task PathDeferringTheMail_IsRouting() =>
            await Verify.VerifyAsync(Id, Dispatcher(RestrictedArms, "IsRestrictedDestination(mail.RecipientCountryCode)",
                @"_bus.MarkDeferred(mail.To);"));

        private const string EnrollPage = @"
public interface IEnrollment { Task EnrollAsync(string user, int course); }

public sealed class EnrollModel : Microsoft.AspNetCore.Mvc.RazorPages.PageModel
{
    private static readonly string[] BlockedRegions = { ""IR"", ""KP"" };
    private readonly IEnrollment _enrollment;
    public EnrollModel(IEnrollment enrollment) => _enrollment = enrollment;

    public async Task<IActionResult> OnPostAsync(int courseId)
    {
        var country = HttpContext.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:Array.IndexOf(BlockedRegions, country) >= 0|})
            return RedirectToPage(""TARGET"");

        await _enrollment.EnrollAsync(User.Identity!.Name!, courseId);
        return RedirectToPage(""/Courses/Lessons"", new { id = courseId });
    }
}";

        [Fact]
        public async Task RedirectToAPageThatSaysAccessDenied_BeforeTheWork_Denies() =>
            await Verify.VerifyAsync(Id, EnrollPage.Replace("TARGET", "/AccessDeniedDueToIP"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "EnrollModel.OnPostAsync",
                    "e-learning platforms, inferred from the type name 'EnrollModel'; confirm with [CommunicationService(\"e-learning\")] or declare the right category", IranCitation, Deny));

        [Fact]
        public async Task RedirectToAnotherPage_IsRouting() =>
            await Verify.VerifyAsync(Id, EnrollPage.Replace("TARGET", "/Courses/RegionalCatalogue").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
    }
}
