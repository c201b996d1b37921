using System.Net.Mail;

namespace MailRelay.Services;

/// <summary>A message another product asked us to deliver.</summary>
public sealed record OutboundMessage(string From, string To, string Subject, string HtmlBody);

/// <summary>Thrown when a recipient is refused before anything is sent.</summary>
public sealed class RecipientRejectedException(string recipient, string reason)
    : Exception($"Recipient {recipient} rejected: {reason}");

/// <summary>Delivers messages through the SMTP smarthost.</summary>
public sealed class OutboundMailService
{
    private readonly SmtpClient _smtp;
    private readonly ILogger<OutboundMailService> _logger;

    public OutboundMailService(SmtpClient smtp, ILogger<OutboundMailService> logger)
    {
        _smtp = smtp;
        _logger = logger;
    }

    public async Task SendAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        var recipient = new MailAddress(message.To);

        // The smarthost provider bounces Iranian and Cuban domains anyway; refuse early so the caller gets a clear error.
        if (recipient.Host.EndsWith(".ir", StringComparison.OrdinalIgnoreCase)
            || recipient.Host.EndsWith(".cu", StringComparison.OrdinalIgnoreCase))
        {
            throw new RecipientRejectedException(message.To, "destination domain not served");
        }

        using var mail = new MailMessage(message.From, message.To, message.Subject, message.HtmlBody) { IsBodyHtml = true };
        await _smtp.SendMailAsync(mail, cancellationToken);
        _logger.LogInformation("Delivered message to {Domain}", recipient.Host);
    }
}
