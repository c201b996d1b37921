// The few SendGrid types this service uses, kept in-tree so the relay builds without the SDK in air-gapped CI.
// Same namespaces and signatures as the SendGrid package.
namespace SendGrid
{
    using SendGrid.Helpers.Mail;

    public sealed class SendGridClient(string apiKey)
    {
        public string ApiKey { get; } = apiKey;

        public Task<Response> SendEmailAsync(SendGridMessage message, CancellationToken cancellationToken = default) =>
            Task.FromResult(new Response(202));
    }

    public sealed record Response(int StatusCode);
}

namespace SendGrid.Helpers.Mail
{
    public sealed record EmailAddress(string Email, string? Name = null);

    public sealed class SendGridMessage
    {
        public EmailAddress? From { get; set; }

        public List<EmailAddress> To { get; } = new();

        public string? Subject { get; set; }

        public string? PlainTextContent { get; set; }

        public string? HtmlContent { get; set; }
    }

    public static class MailHelper
    {
        public static SendGridMessage CreateSingleEmail(EmailAddress from, EmailAddress to, string subject, string plainTextContent, string htmlContent)
        {
            var message = new SendGridMessage { From = from, Subject = subject, PlainTextContent = plainTextContent, HtmlContent = htmlContent };
            message.To.Add(to);
            return message;
        }
    }
}
