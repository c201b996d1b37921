using System.Net.Mail;
using GeoBlockedChat.Models;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

namespace GeoBlockedChat.Controllers;

/// <summary>Sends e-mail for signed-in users.</summary>
[ApiController]
[Route("api/mail")]
public sealed class MailController : ControllerBase
{
    private readonly IGeoIP2DatabaseReader _geo;
    private readonly IConfiguration _configuration;

    public MailController(IGeoIP2DatabaseReader geo, IConfiguration configuration)
    {
        _geo = geo;
        _configuration = configuration;
    }

    [HttpPost("send")]
    public async Task<IActionResult> Send(MailRequest request, CancellationToken cancellationToken)
    {
        var ip = HttpContext.Connection.RemoteIpAddress;
        if (ip is null)
        {
            return BadRequest();
        }

        // MaxMind GeoIP2: the country of the caller's IP address.
        var country = _geo.Country(ip).Country.IsoCode;

        // OVER-BROAD (SANC1001): e-mail is an authorized service for Iran under 31 CFR 560.540(a)(1),
        // formerly General License D-2. ("IRN" is the alpha-3 code; MaxMind returns alpha-2, but copied
        // block lists often carry both.)
        if (country is "IR" or "IRN")
        {
            return StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
        }

        using var smtp = new SmtpClient(_configuration["Mail:SmtpHost"] ?? "localhost");
        using var mail = new MailMessage(_configuration["Mail:From"] ?? "noreply@example.com", request.To, request.Subject, request.Body);
        await smtp.SendMailAsync(mail, cancellationToken);
        return Accepted();
    }
}
