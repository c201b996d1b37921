// expect: warn A team-collaboration app branches its pipeline with UseWhen so that every request under /meetings, /huddles and /chat passes a middleware that reads the CloudFront-Viewer-Country header and returns 451 for IR, CU, SY and KP; video conferencing and chat are communication services GL D-2 authorizes for Iran, so the block is over-compliance.
// modelled-on: BanhTuanKiet/ProjectManagement server/server/Configs/MiddlewareConfig.cs (paraphrased, not copied; kept the extension method that chains app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(...)) branches onto per-area middlewares, replaced the membership checks with a viewer-country check on the meeting and chat areas)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case313
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Logging;

    public sealed class ViewerCountryGateMiddleware
    {
        private const string ViewerCountryHeader = "CloudFront-Viewer-Country";

        private static readonly HashSet<string> EmbargoedViewerCountries = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "CU", "SY", "KP",
        };

        private readonly RequestDelegate _next;
        private readonly ILogger<ViewerCountryGateMiddleware> _logger;

        public ViewerCountryGateMiddleware(RequestDelegate next, ILogger<ViewerCountryGateMiddleware> logger)
        {
            _next = next;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var viewerCountry = context.Request.Headers[ViewerCountryHeader].ToString();

            if (EmbargoedViewerCountries.Contains(viewerCountry))
            {
                _logger.LogWarning("Refused {Path} for viewer country {Country}", context.Request.Path, viewerCountry);
                context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
                await context.Response.WriteAsJsonAsync(new { error = "Meetings and chat are not available in your region." });
                return;
            }

            await _next(context);
        }
    }

    public static class CollaborationPipeline
    {
        public static IApplicationBuilder UseCollaborationGuards(this IApplicationBuilder app)
        {
            app.UseWhen(ctx =>
                    ctx.Request.Path.StartsWithSegments("/meetings") ||
                    ctx.Request.Path.StartsWithSegments("/huddles") ||
                    ctx.Request.Path.StartsWithSegments("/chat"),
                branch => branch.UseMiddleware<ViewerCountryGateMiddleware>());

            return app;
        }

        public static WebApplication MapCollaboration(this WebApplication app)
        {
            app.MapPost("/meetings", (CreateMeeting request) =>
                Results.Ok(new { roomId = Guid.NewGuid(), request.Title, joinUrl = $"/meetings/{Guid.NewGuid():N}/join" }));

            app.MapGet("/meetings/{roomId}/join", (string roomId) =>
                Results.Ok(new { roomId, iceServers = new[] { "stun:stun.example.org:3478" } }));

            app.MapPost("/huddles/{channel}", (string channel) => Results.Ok(new { channel, audioOnly = true }));

            app.MapPost("/chat/{channel}/messages", (string channel, ChatMessage message) =>
                Results.Accepted($"/chat/{channel}/messages", message));

            return app;
        }
    }

    public sealed record CreateMeeting(string Title, DateTimeOffset StartsAt);

    public sealed record ChatMessage(string Author, string Text);
}
