using System.Net.Mail;

namespace MailRelay.Filters;

/// <summary>
/// Refuses digest requests from Cuba. Added to the digest route group in Program.cs, so it guards the
/// digest endpoints only, not the rest of the API.
/// </summary>
public sealed class RegionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var country = context.HttpContext.Request.Headers["X-Country-Code"].ToString();
        if (country == "CU")
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        return await next(context);
    }
}

/// <summary>Digest mail: a weekly summary sent on request.</summary>
public static class DigestEndpoints
{
    public static async Task<IResult> SendDigest(string to, SmtpClient smtp, CancellationToken cancellationToken)
    {
        using var mail = new MailMessage("digest@relay.example", to, "Your weekly digest", "...");
        await smtp.SendMailAsync(mail, cancellationToken);
        return Results.Accepted();
    }

    /// <summary>Mapped as a method group: the preview goes to the requester only.</summary>
    public static async Task<IResult> SendPreview(string to, SmtpClient smtp)
    {
        using var mail = new MailMessage("digest@relay.example", to, "Digest preview", "...");
        await smtp.SendMailAsync(mail);
        return Results.Ok();
    }
}
