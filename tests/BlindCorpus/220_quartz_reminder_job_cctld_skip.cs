// expect: warn A Quartz job that e-mails web-interview reminders skips every invitation whose respondent address is under the .ir, .cu or .kp country-code domain (recorded as "embargoed destination", never sent); the ccTLD is a proxy for the recipient's country and e-mail is an authorized communication service for Iran and Cuba.
// modelled-on: surveysolutions/surveysolutions src/Core/BoundedContexts/Headquarters/WB.Core.BoundedContexts.Headquarters/Invitations/SendRemindersJob.cs (paraphrased, not copied; the destination-domain filter is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Quartz (stubbed in file)
// source: blind

namespace Quartz
{
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class DisallowConcurrentExecutionAttribute : Attribute { }

    public interface IJobExecutionContext
    {
        CancellationToken CancellationToken { get; }
        DateTimeOffset FireTimeUtc { get; }
    }

    public interface IJob
    {
        Task Execute(IJobExecutionContext context);
    }
}

namespace BlindCorpus.Case220
{
    using System.Diagnostics;
    using Quartz;

    public sealed class Assignment
    {
        public int Id { get; set; }
        public string Email { get; set; } = "";
        public string? Password { get; set; }
    }

    public sealed class Invitation
    {
        public int Id { get; set; }
        public string Token { get; set; } = "";
        public Assignment Assignment { get; set; } = new();
    }

    public sealed class WebInterviewConfig
    {
        public string BaseUrl { get; set; } = "";
        public int? ReminderAfterDaysIfNoResponse { get; set; }
        public int? ReminderAfterDaysIfPartialResponse { get; set; }
        public string ReminderSubject { get; set; } = "Reminder: {survey}";
        public string ReminderBody { get; set; } = "Please continue the survey: {link}";
    }

    public sealed record QuestionnaireItem(string Id, string Title);

    public interface IInvitationService
    {
        IEnumerable<QuestionnaireItem> GetQuestionnairesWithInvitations();
        IEnumerable<int> GetNoResponseInvitations(string questionnaireId, int days);
        IEnumerable<int> GetPartialResponseInvitations(string questionnaireId, int days);
        Invitation GetInvitation(int invitationId);
        void MarkInvitationAsReminded(int invitationId, string emailId);
        void ReminderWasNotSent(int invitationId, int assignmentId, string address, string reason);
    }

    public interface IEmailService
    {
        bool IsConfigured();
        Task<string> SendEmailAsync(string to, string subject, string htmlBody, string textBody);
    }

    public interface IWebInterviewConfigProvider
    {
        WebInterviewConfig Get(string questionnaireId);
    }

    internal static class RecipientDomains
    {
        private static readonly string[] EmbargoedSuffixes = { ".ir", ".cu", ".kp" };

        public static bool IsEmbargoed(string address)
        {
            var at = address.LastIndexOf('@');
            if (at < 0) return false;
            var domain = address[(at + 1)..].TrimEnd('.').ToLowerInvariant();
            return EmbargoedSuffixes.Any(domain.EndsWith);
        }
    }

    [DisallowConcurrentExecution]
    public class SendRemindersJob : IJob
    {
        private readonly ILogger<SendRemindersJob> _logger;
        private readonly IInvitationService _invitations;
        private readonly IEmailService _email;
        private readonly IWebInterviewConfigProvider _configs;

        public SendRemindersJob(ILogger<SendRemindersJob> logger, IInvitationService invitations, IEmailService email, IWebInterviewConfigProvider configs)
        {
            _logger = logger;
            _invitations = invitations;
            _email = email;
            _configs = configs;
        }

        public async Task Execute(IJobExecutionContext context)
        {
            if (!_email.IsConfigured())
                return;

            var sw = Stopwatch.StartNew();
            _logger.LogDebug("Reminders distribution job: started");

            foreach (var questionnaire in _invitations.GetQuestionnairesWithInvitations().ToList())
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var config = _configs.Get(questionnaire.Id);

                if (config.ReminderAfterDaysIfNoResponse is int noResponseDays)
                    await SendReminders(questionnaire.Title, config, _invitations.GetNoResponseInvitations(questionnaire.Id, noResponseDays));

                if (config.ReminderAfterDaysIfPartialResponse is int partialDays)
                    await SendReminders(questionnaire.Title, config, _invitations.GetPartialResponseInvitations(questionnaire.Id, partialDays));
            }

            _logger.LogDebug("Reminders distribution job: finished in {Elapsed}", sw.Elapsed);
        }

        private async Task SendReminders(string surveyName, WebInterviewConfig config, IEnumerable<int> invitationIds)
        {
            foreach (var invitationId in invitationIds)
            {
                var invitation = _invitations.GetInvitation(invitationId);
                var address = invitation.Assignment.Email;

                if (RecipientDomains.IsEmbargoed(address))
                {
                    _invitations.ReminderWasNotSent(invitationId, invitation.Assignment.Id, address, "embargoed destination");
                    continue;
                }

                var link = $"{config.BaseUrl}/{invitation.Token}/Start";
                var subject = config.ReminderSubject.Replace("{survey}", surveyName);
                var body = config.ReminderBody.Replace("{link}", link);

                try
                {
                    var emailId = await _email.SendEmailAsync(address, subject, $"<p>{body}</p>", body);
                    _invitations.MarkInvitationAsReminded(invitationId, emailId);
                }
                catch (Exception ex)
                {
                    _invitations.ReminderWasNotSent(invitationId, invitation.Assignment.Id, address, ex.Message);
                }
            }
        }
    }
}
