// expect: warn A developer news/social feed API middleware reads the load balancer's client-region headers and answers 403 for IR, CU, KP, SY and the Crimea subdivision before any feed, comment or bookmark route runs, so users in Iran lose a social-media service that is authorized for Iran.
// modelled-on: dailydotdev/daily issue #527 "406 error on main page and 403 on api" (paraphrased, not copied; the reported 403 for Iranian IPs in front of the feed API became an ASP.NET Core middleware with a static HashSet and a Crimea subdivision check)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case273
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Logging;

    public sealed class ClientRegionMiddleware
    {
        // Populated by the Google Cloud HTTPS load balancer (custom request headers).
        private const string RegionHeader = "X-Client-Region";
        private const string SubdivisionHeader = "X-Client-Region-Subdivision";

        private static readonly HashSet<string> RestrictedRegions =
            new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP", "SY" };

        private static readonly HashSet<string> RestrictedSubdivisions =
            new(StringComparer.OrdinalIgnoreCase) { "UA43", "UA40" };

        private readonly RequestDelegate _next;
        private readonly ILogger<ClientRegionMiddleware> _logger;

        public ClientRegionMiddleware(RequestDelegate next, ILogger<ClientRegionMiddleware> logger)
        {
            _next = next;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            var region = context.Request.Headers[RegionHeader].ToString();
            var subdivision = context.Request.Headers[SubdivisionHeader].ToString();

            if (RestrictedRegions.Contains(region) || RestrictedSubdivisions.Contains(subdivision))
            {
                _logger.LogInformation("Rejected {Path} from region {Region}/{Subdivision}", context.Request.Path, region, subdivision);
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new
                {
                    error = "Forbidden",
                    message = "Your client does not have permission to get this URL from this server.",
                });
                return;
            }

            await _next(context);
        }
    }

    public sealed record FeedPost(string Id, string Title, string Source, int Upvotes, int Comments);

    public interface IFeedService
    {
        Task<IReadOnlyList<FeedPost>> GetMyFeedAsync(string userId, int page, CancellationToken ct);
        Task AddCommentAsync(string userId, string postId, string content, CancellationToken ct);
        Task BookmarkAsync(string userId, string postId, CancellationToken ct);
    }

    public static class FeedApi
    {
        public static WebApplication MapFeedApi(this WebApplication app)
        {
            app.UseMiddleware<ClientRegionMiddleware>();

            var feed = app.MapGroup("/v1/feeds");
            feed.MapGet("/my", (HttpContext ctx, IFeedService svc, int page, CancellationToken ct) =>
                svc.GetMyFeedAsync(ctx.User.Identity?.Name ?? "anonymous", page, ct));

            var posts = app.MapGroup("/v1/posts");
            posts.MapPost("/{postId}/comments", async (string postId, CommentBody body, HttpContext ctx, IFeedService svc, CancellationToken ct) =>
            {
                await svc.AddCommentAsync(ctx.User.Identity?.Name ?? "anonymous", postId, body.Content, ct);
                return Results.Created($"/v1/posts/{postId}/comments", null);
            });
            posts.MapPost("/{postId}/bookmark", async (string postId, HttpContext ctx, IFeedService svc, CancellationToken ct) =>
            {
                await svc.BookmarkAsync(ctx.User.Identity?.Name ?? "anonymous", postId, ct);
                return Results.NoContent();
            });

            return app;
        }
    }

    public sealed record CommentBody(string Content);
}
