using System.Net.Mail;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearnHub.Controllers;

/// <summary>Issues course certificates and e-mails them as PDF.</summary>
[ApiController]
[Route("api/certificates")]
[Authorize]
public sealed class CertificatesController : ControllerBase
{
    // Countries where our accreditation partner recognises the certificates.
    private static readonly string[] CertificateCountries = ["US", "CA", "GB", "DE", "FR", "NL", "IN", "BR"];

    private readonly SmtpClient _smtp;

    public CertificatesController(SmtpClient smtp)
    {
        _smtp = smtp;
    }

    [HttpPost("{courseId}")]
    public async Task<IActionResult> Issue(string courseId, CancellationToken cancellationToken)
    {
        var country = User.FindFirstValue(ClaimTypes.Country);
        if (!CertificateCountries.Contains(country))
        {
            return Forbid();
        }

        var email = User.FindFirstValue(ClaimTypes.Email) ?? throw new InvalidOperationException("No e-mail claim.");
        using var mail = new MailMessage("certificates@learnhub.example", email, "Your certificate", $"Congratulations on completing {courseId}.");
        await _smtp.SendMailAsync(mail, cancellationToken);
        return Accepted();
    }
}
