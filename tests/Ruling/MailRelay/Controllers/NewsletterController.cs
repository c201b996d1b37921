using Microsoft.AspNetCore.Mvc;
using SendGrid;
using SendGrid.Helpers.Mail;

namespace MailRelay.Controllers;

/// <summary>Newsletter sign-up and the weekly send, through SendGrid.</summary>
[ApiController]
[Route("api/newsletter")]
public sealed class NewsletterController : ControllerBase
{
    private static readonly List<Subscriber> Subscribers = new();

    private readonly SendGridClient _sendGrid;

    public NewsletterController(SendGridClient sendGrid)
    {
        _sendGrid = sendGrid;
    }

    [HttpPost("subscribe")]
    public async Task<IActionResult> Subscribe(Subscriber subscriber)
    {
        if (subscriber.ResidenceCountry == "IR")
        {
            return Problem(statusCode: StatusCodes.Status451UnavailableForLegalReasons, title: "Not available in your country");
        }

        Subscribers.Add(subscriber);
        var confirmation = MailHelper.CreateSingleEmail(
            new EmailAddress("news@relay.example"), new EmailAddress(subscriber.Email), "Please confirm", "Click the link to confirm.", "");
        await _sendGrid.SendEmailAsync(confirmation);
        return Ok();
    }

    [HttpPost("send-weekly")]
    public async Task<IActionResult> SendWeekly(string subject, string html)
    {
        var sent = 0;
        foreach (var subscriber in Subscribers)
        {
            // Skip subscribers from sanctioned countries.
            if (subscriber.ResidenceCountry is "IR" or "SD")
            {
                continue;
            }

            var message = MailHelper.CreateSingleEmail(new EmailAddress("news@relay.example"), new EmailAddress(subscriber.Email), subject, "", html);
            await _sendGrid.SendEmailAsync(message);
            sent++;
        }

        return Ok(new { sent });
    }
}

public sealed record Subscriber(string Email, string ResidenceCountry);
