using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: refusals this analyzer reads by their effect. A mail dispatcher whose bool
    /// helper is one switch expression and whose path publishes a "suppressed" event before leaving; a Razor page
    /// redirecting to an access-denied page before the enrolment; a video-call view model whose region comes through an
    /// interface property and whose path shows a "not available" alert; an Identity user validator recording an
    /// identity error. The twin routes each elsewhere (a regional relay, a regional catalogue page, a tip, a country
    /// outside a supported list) and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class RefusalFormsBuildTests
    {
        private const string Code = """
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.RazorPages;

            public sealed record OutgoingMail(string To, string RecipientCountryCode, string Subject, string Body);
            public sealed record MailSuppressed(string To, string Reason);
            public sealed record MailQueuedForRegion(string To, string Region);
            public interface IEventBus { Task Publish<T>(T message); }

            public sealed class MailDispatcher
            {
                private readonly IEventBus _bus;
                public MailDispatcher(IEventBus bus) => _bus = bus;

                private static bool IsRestrictedDestination(string countryCode) => countryCode.ToUpperInvariant() switch
                {
                    "IR" or "KP" => true,
                    _ => false,
                };

                public async Task Dispatch(OutgoingMail mail)
                {
                    if (IsRestrictedDestination(mail.RecipientCountryCode))
                    {
                        await _bus.Publish(MAIL_EVENT);
                        return;
                    }

                    using var smtp = new System.Net.Mail.SmtpClient("smtp.example.org");
                    await smtp.SendMailAsync("noreply@example.org", mail.To, mail.Subject, mail.Body);
                }
            }

            public interface IEnrollment { Task EnrollAsync(string user, int course); }

            public sealed class EnrollModel : PageModel
            {
                private static readonly string[] BlockedRegions = { "IR", "KP" };
                private readonly IEnrollment _enrollment;
                public EnrollModel(IEnrollment enrollment) => _enrollment = enrollment;

                public async Task<IActionResult> OnPostAsync(int courseId)
                {
                    var country = HttpContext.Request.Headers["CF-IPCountry"].ToString();
                    if (Array.IndexOf(BlockedRegions, country) >= 0)
                        return RedirectToPage("REDIRECT_PAGE");

                    await _enrollment.EnrollAsync(User.Identity!.Name!, courseId);
                    return RedirectToPage("/Courses/Lessons", new { id = courseId });
                }
            }

            public interface IVisitor { string Code { get; } }

            public sealed class HeaderVisitor : IVisitor
            {
                private readonly IHttpContextAccessor _accessor;
                public HeaderVisitor(IHttpContextAccessor accessor) => _accessor = accessor;
                public string Code => _accessor.HttpContext!.Request.Headers["CF-IPCountry"].ToString();
            }

            public interface INotifier { Task ShowAsync(string title, string text); }
            public interface ICallClient { Task JoinAsync(string room); }

            public sealed class CallsViewModel
            {
                private static readonly HashSet<string> Unavailable = new() { "IR", "KP" };
                private readonly IVisitor _visitor;
                private readonly INotifier _notifier;
                private readonly ICallClient _calls;

                public CallsViewModel(IVisitor visitor, INotifier notifier, ICallClient calls) { _visitor = visitor; _notifier = notifier; _calls = calls; }

                public async Task StartVideoCall(string room)
                {
                    if (Unavailable.Contains(_visitor.Code))
                    {
                        await _notifier.ShowAsync("Video call", "ALERT_TEXT");
                        return;
                    }

                    await _calls.JoinAsync(room);
                }
            }

            public class MemberUser : IdentityUser { public string? CountryCode { get; set; } }

            public sealed class AuthAccountValidator : IUserValidator<MemberUser>
            {
                private static readonly string[] Listed = { LISTED_CODES };

                public Task<IdentityResult> ValidateAsync(UserManager<MemberUser> manager, MemberUser user)
                {
                    var errors = new List<IdentityError>();
                    if (user.CountryCode is not null && VALIDATOR_TEST)
                        errors.Add(new IdentityError { Code = "CountryNotSupported", Description = "Accounts cannot be created from your country." });
                    return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed(errors.ToArray()));
                }
            }
            """;

        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddRazorPages();
            var app = builder.Build();
            app.MapRazorPages();
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public RefusalFormsBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void RefusalsAnnouncedRedirectedOrRecorded_AreWarned()
        {
            using var consumer = Consumer(
                mailEvent: "new MailSuppressed(mail.To, \"restricted destination\")",
                redirectPage: "/AccessDeniedDueToIP",
                alertText: "Video calls are not available in your region.",
                listedCodes: "\"IR\", \"KP\"",
                validatorTest: "Listed.Contains(user.CountryCode)");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("denies 'MailDispatcher.Dispatch' (e-mail)", result);
            DotnetAssert.Contains("denies 'EnrollModel.OnPostAsync' (e-learning platforms", result);
            DotnetAssert.Contains("denies 'CallsViewModel.StartVideoCall' (video conferencing", result);
            DotnetAssert.Contains("denies 'AuthAccountValidator.ValidateAsync' (user authentication", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSamePaths_RoutingElsewhere_AreSilent()
        {
            using var consumer = Consumer(
                mailEvent: "new MailQueuedForRegion(mail.To, mail.RecipientCountryCode)",
                redirectPage: "/Courses/RegionalCatalogue",
                alertText: "Try our new audio rooms!",
                listedCodes: "\"US\", \"CA\", \"GB\"",
                validatorTest: "!Listed.Contains(user.CountryCode)");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string mailEvent, string redirectPage, string alertText, string listedCodes, string validatorTest) =>
            new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program,
                ["Refusals.cs"] = Code.Replace("MAIL_EVENT", mailEvent).Replace("REDIRECT_PAGE", redirectPage).Replace("ALERT_TEXT", alertText)
                    .Replace("LISTED_CODES", listedCodes).Replace("VALIDATOR_TEST", validatorTest),
            });
    }
}
