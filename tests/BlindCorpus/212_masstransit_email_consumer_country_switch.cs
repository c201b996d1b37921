// expect: warn A MassTransit consumer for the notification service drops SendEmail commands whose recipient profile country matches a switch-expression pattern "IR" or "CU" or "SY" (acknowledged, never sent); e-mail is an authorized communication service for Iran and Cuba.
// modelled-on: sOlnblshkO/HT.ITIS-3.1-student Dotnet.Homeworks.Mailing.API/Consumers/IEmailConsumer.cs (paraphrased, not copied; the consumer body and the recipient-country rule are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MassTransit (stubbed in file)
// source: blind

namespace MassTransit
{
    public interface ConsumeContext<out T> where T : class
    {
        T Message { get; }
        CancellationToken CancellationToken { get; }
        Task Publish<TEvent>(TEvent message) where TEvent : class;
    }

    public interface IConsumer<in T> where T : class
    {
        Task Consume(ConsumeContext<T> context);
    }
}

namespace BlindCorpus.Case212
{
    using System.Net.Mail;
    using MassTransit;

    public sealed record SendEmail(string ReceiverName, string ReceiverEmail, string ReceiverCountryCode, string Subject, string Content);

    public sealed record EmailSuppressed(string ReceiverEmail, string Reason);

    public sealed class SmtpOptions
    {
        public string Host { get; set; } = "localhost";
        public int Port { get; set; } = 25;
        public string From { get; set; } = "no-reply@example.org";
    }

    public interface IMailingService
    {
        Task SendAsync(MailMessage message, CancellationToken ct);
    }

    public sealed class SmtpMailingService : IMailingService
    {
        private readonly SmtpOptions _options;

        public SmtpMailingService(Microsoft.Extensions.Options.IOptions<SmtpOptions> options) => _options = options.Value;

        public async Task SendAsync(MailMessage message, CancellationToken ct)
        {
            using var client = new SmtpClient(_options.Host, _options.Port);
            await client.SendMailAsync(message, ct);
        }
    }

    public sealed class EmailConsumer : IConsumer<SendEmail>
    {
        private readonly IMailingService _mailer;
        private readonly SmtpOptions _options;
        private readonly ILogger<EmailConsumer> _logger;

        public EmailConsumer(IMailingService mailer, Microsoft.Extensions.Options.IOptions<SmtpOptions> options, ILogger<EmailConsumer> logger)
        {
            _mailer = mailer;
            _options = options.Value;
            _logger = logger;
        }

        private static bool IsRestrictedDestination(string countryCode) => countryCode.ToUpperInvariant() switch
        {
            "IR" or "CU" or "SY" => true,
            _ => false,
        };

        public async Task Consume(ConsumeContext<SendEmail> context)
        {
            var msg = context.Message;

            if (IsRestrictedDestination(msg.ReceiverCountryCode))
            {
                _logger.LogWarning("Suppressing e-mail to {Email}: restricted destination", msg.ReceiverEmail);
                await context.Publish(new EmailSuppressed(msg.ReceiverEmail, "restricted-destination"));
                return;
            }

            using var mail = new MailMessage(_options.From, msg.ReceiverEmail, msg.Subject, msg.Content);
            await _mailer.SendAsync(mail, context.CancellationToken);
            _logger.LogInformation("Mail sent to {Name}", msg.ReceiverName);
        }
    }
}
