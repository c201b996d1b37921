using System.Net.Mail;
using MailRelay.Services;
using Microsoft.AspNetCore.Mvc;

namespace MailRelay.Controllers;

/// <summary>Hosted mailboxes: read the inbox, send from the web client.</summary>
[ApiController]
[Route("api/mailbox")]
public sealed class MailboxController : ControllerBase
{
    private readonly GeoLocator _geo;
    private readonly OutboundMailService _outbound;

    public MailboxController(GeoLocator geo, OutboundMailService outbound)
    {
        _geo = geo;
        _outbound = outbound;
    }

    [HttpGet("{folder}")]
    public IActionResult List(string folder)
    {
        var country = _geo.GetCountryCode(HttpContext.Connection.RemoteIpAddress!);

        // Still here from when the Sudan program was in force; nobody has revisited it.
        if (country == "SD")
        {
            return Forbid();
        }

        return Ok(new { folder, messages = Array.Empty<object>() });
    }

    [HttpPost("send")]
    public async Task<IActionResult> Send(ComposeRequest request, CancellationToken cancellationToken)
    {
        var country = _geo.GetCountryCode(HttpContext.Connection.RemoteIpAddress!);
        if (country == "CU")
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        using var smtp = new SmtpClient("localhost");
        using var mail = new MailMessage(request.From, request.To, request.Subject, request.Body);
        await smtp.SendMailAsync(mail, cancellationToken);
        return Accepted();
    }

    [HttpPost("relay")]
    public async Task<IActionResult> Relay(OutboundMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await _outbound.SendAsync(message, cancellationToken);
            return Accepted();
        }
        catch (RecipientRejectedException ex)
        {
            return UnprocessableEntity(ex.Message);
        }
    }
}

public sealed record ComposeRequest(string From, string To, string Subject, string Body);
