// expect: warn A blogging platform's API runs a MaxMind country middleware over the whole pipeline (posts, comments, author sign-in) and answers 403 "Service not yet available in your country" for CN, RU, KP, IR and SY, cutting Iranian readers and authors off a blogging / social publishing service that GL D-2 authorizes.
// modelled-on: emirkugic/nova-mas-blog-api Middleware/CountryBlockingMiddleware.cs (paraphrased, not copied; the convention-based middleware with a private-IP check became a factory-based IMiddleware using an injected DatabaseReader, plus the blog endpoints it guards)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case291
{
    using System.Net;
    using MaxMind.GeoIP2;
    using MaxMind.GeoIP2.Exceptions;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;

    public sealed class CountryBlockingMiddleware : IMiddleware
    {
        private static readonly HashSet<string> BlockedCountries = new() { "CN", "RU", "KP", "IR", "SY" };
        private readonly DatabaseReader _reader;

        public CountryBlockingMiddleware(DatabaseReader reader) => _reader = reader;

        public async Task InvokeAsync(HttpContext context, RequestDelegate next)
        {
            var remote = context.Connection.RemoteIpAddress;
            if (remote is null)
            {
                await next(context);
                return;
            }

            if (remote.IsIPv4MappedToIPv6)
                remote = remote.MapToIPv4();

            if (!IsPrivate(remote))
            {
                string? iso;
                try
                {
                    iso = _reader.Country(remote).Country.IsoCode;
                }
                catch (AddressNotFoundException)
                {
                    await next(context);
                    return;
                }

                if (iso is not null && BlockedCountries.Contains(iso))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsync("Service not yet available in your country.");
                    return;
                }
            }

            await next(context);
        }

        private static bool IsPrivate(IPAddress address)
        {
            if (IPAddress.IsLoopback(address))
                return true;
            var b = address.GetAddressBytes();
            return b.Length == 4 && (b[0] == 10 || (b[0] == 172 && b[1] >= 16 && b[1] <= 31) || (b[0] == 192 && b[1] == 168));
        }
    }

    public sealed record BlogPost(string Id, string Title, string Body, string AuthorId, DateTime PublishedUtc);

    public interface IBlogService
    {
        Task<IReadOnlyList<BlogPost>> LatestAsync(int count);
        Task<BlogPost> PublishAsync(string authorId, string title, string body);
        Task AddCommentAsync(string postId, string authorId, string text);
    }

    public static class BlogPipeline
    {
        public static WebApplication UseBlogApi(this WebApplication app)
        {
            app.UseMiddleware<CountryBlockingMiddleware>();

            app.MapGet("/api/blogs", (IBlogService blogs) => blogs.LatestAsync(20));
            app.MapPost("/api/blogs", (BlogPost post, IBlogService blogs) => blogs.PublishAsync(post.AuthorId, post.Title, post.Body))
               .RequireAuthorization();
            app.MapPost("/api/blogs/{id}/comments", (string id, string authorId, string text, IBlogService blogs) =>
                blogs.AddCommentAsync(id, authorId, text)).RequireAuthorization();

            return app;
        }
    }
}
