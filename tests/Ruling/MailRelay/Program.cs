using System.Net.Mail;
using MailRelay.Endpoints;
using MailRelay.Services;

// MailRelay: a transactional mail API for our other products, plus a newsletter.
var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddSingleton<GeoLocator>();
builder.Services.AddSingleton<OutboundMailService>();
builder.Services.AddSingleton(_ => new SmtpClient(builder.Configuration["Smtp:Host"] ?? "localhost", 25));
builder.Services.AddSingleton(_ => new SendGrid.SendGridClient(builder.Configuration["SendGrid:ApiKey"] ?? string.Empty));

var app = builder.Build();

app.MapControllers();

// Quick-send endpoint used by the status page and the on-call tooling.
app.MapPost("/api/messages", async (QuickMessage message, HttpContext http, SmtpClient smtp) =>
{
    // Our reverse proxy (nginx + GeoIP module) sets X-Country-Code on every request.
    var country = http.Request.Headers["X-Country-Code"].ToString();
    if (country is "IR" or "KP")
    {
        return Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons);
    }

    using var mail = new MailMessage("status@relay.example", message.To, message.Subject, message.Body);
    await smtp.SendMailAsync(mail, http.RequestAborted);
    return Results.Accepted();
});

app.MapGet("/healthz", () => Results.Ok("ok"));

// Digest mail, behind the region filter (the filter applies to this group only).
var digest = app.MapGroup("/api/digest").AddEndpointFilter<MailRelay.Filters.RegionFilter>();
digest.MapPost("/send", (string to, SmtpClient smtp, CancellationToken cancellationToken) =>
    MailRelay.Filters.DigestEndpoints.SendDigest(to, smtp, cancellationToken));
digest.MapPost("/preview", MailRelay.Filters.DigestEndpoints.SendPreview);

// The archive module maps its own endpoints; the region filter comes with the group it is handed.
app.MapGroup("/api/archive").AddEndpointFilter<MailRelay.Filters.RegionFilter>().MapArchive();

// Operator tools: a region check on the admin branch only (no mail or chat endpoint lives there).
app.UseWhen(context => context.Request.Path.StartsWithSegments("/admin"), admin => admin.Use(async (context, next) =>
{
    if (context.Request.Headers["X-Country-Code"] == "KP")
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return;
    }

    await next(context);
}));
app.MapGet("/admin/queue", () => Results.Ok(0));

app.Run();

public sealed record QuickMessage(string To, string Subject, string Body);
