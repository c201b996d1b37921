using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;

namespace GeoConfigBlocker.Controllers;

/// <summary>The support inbox: visitors write, agents answer by e-mail.</summary>
[ApiController]
[Route("api/inbox")]
public sealed class InboxController : ControllerBase
{
    private readonly IConfiguration _configuration;

    public InboxController(IConfiguration configuration)
    {
        _configuration = configuration;
    }

    [HttpPost("reply")]
    public async Task<IActionResult> Reply(ReplyRequest request, CancellationToken cancellationToken)
    {
        var deniedRegions = _configuration.GetSection("Inbox:DeniedRegions").Get<string[]>() ?? [];
        var country = Request.Headers["X-Vercel-IP-Country"].ToString();
        if (deniedRegions.Contains(country))
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        using var smtp = new SmtpClient(_configuration["Smtp:Host"] ?? "localhost");
        using var mail = new MailMessage("help@support.example", request.To, request.Subject, request.Body);
        await smtp.SendMailAsync(mail, cancellationToken);
        return Accepted();
    }
}

public sealed record ReplyRequest(string To, string Subject, string Body);
