// expect: warn middleware in front of the webmail routes reads Cloudflare's CF-IPCountry header and answers 403 through a switch on "IR" and "CU"; e-mail is authorized for Iran and Cuba
// modelled-on: immisterio/Lampac Core/Middlewares/RequestInfo.cs (paraphrased, not copied; CF-IPCountry capture from RequestInfo.cs combined with the 403 country gate of Core/Middlewares/WAF.cs, applied to a webmail app)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.Extensions.Primitives;

namespace BlindCorpus.Case009;

public sealed class EdgeCountryMiddleware
{
    private readonly RequestDelegate _next;

    public EdgeCountryMiddleware(RequestDelegate next) => _next = next;

    public Task Invoke(HttpContext httpContext)
    {
        string? cfCountry = null;
        if (httpContext.Request.Headers.TryGetValue("CF-IPCountry", out StringValues values) && values.Count > 0)
        {
            if (!string.IsNullOrEmpty(values[0]))
                cfCountry = values[0]!.ToUpperInvariant();
        }

        switch (cfCountry)
        {
            case "IR":
            case "CU":
                httpContext.Response.StatusCode = 403;
                return Task.CompletedTask;
            default:
                httpContext.Items["country"] = cfCountry;
                return _next(httpContext);
        }
    }
}

public sealed record OutgoingMail(string To, string Subject, string Body);

public static class WebmailApp
{
    public static void Configure(WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/mail"),
            b => b.UseMiddleware<EdgeCountryMiddleware>());

        app.MapGet("/mail/inbox", () => Results.Ok(Array.Empty<object>()));
        app.MapPost("/mail/send", (OutgoingMail mail) => Results.Accepted());
        app.MapGet("/mail/messages/{id}", (string id) => Results.Ok(new { id }));
    }
}
