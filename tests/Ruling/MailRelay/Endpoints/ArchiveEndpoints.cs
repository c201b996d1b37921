using System.Net.Mail;

namespace MailRelay.Endpoints;

/// <summary>The archive module: mapped by Program.cs on a route group that carries the region filter.</summary>
public static class ArchiveEndpoints
{
    public static RouteGroupBuilder MapArchive(this RouteGroupBuilder archive)
    {
        archive.MapGet("/{id}", (string id) => Results.Ok(id));
        archive.MapPost("/{id}/resend", async (string id, string to, SmtpClient smtp) =>
        {
            using var mail = new MailMessage("archive@relay.example", to, "Message " + id, "...");
            await smtp.SendMailAsync(mail);
            return Results.Accepted();
        });
        return archive;
    }
}
