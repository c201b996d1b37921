// expect: warn A federated social-network API decorates its posts controller (draft, publish, reply) with a [DenyRegions("IR", "CU", "SY")] action-filter attribute that reads the Cloudflare CF-IPCountry header and short-circuits with 451; posting to social media is an authorized communication service for Iran under GL D-2, so this is over-blocking.
// modelled-on: Letterbook/Letterbook Letterbook.Api/Controllers/PostsController.cs (paraphrased, not copied; kept the draft/publish/reply endpoints of a profile-scoped posts controller, added a parameterised region action-filter attribute the real project does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case304
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false)]
    public sealed class DenyRegionsAttribute : ActionFilterAttribute
    {
        private readonly HashSet<string> _regions;

        public DenyRegionsAttribute(params string[] regions)
        {
            _regions = new HashSet<string>(regions, StringComparer.OrdinalIgnoreCase);
        }

        public override void OnActionExecuting(ActionExecutingContext context)
        {
            var header = context.HttpContext.Request.Headers["CF-IPCountry"].ToString();
            if (!string.IsNullOrWhiteSpace(header) && _regions.Contains(header.Trim()))
            {
                context.Result = new ObjectResult(new ProblemDetails
                {
                    Status = StatusCodes.Status451UnavailableForLegalReasons,
                    Title = "Unavailable in your region",
                })
                { StatusCode = StatusCodes.Status451UnavailableForLegalReasons };
                return;
            }

            base.OnActionExecuting(context);
        }
    }

    public sealed record PostDraft(string Content, string? InReplyTo, string Visibility);

    public sealed record PostDto(Guid Id, Guid AuthorId, string Content, DateTimeOffset? PublishedAt);

    public interface IPostService
    {
        Task<PostDto> DraftAsync(Guid profileId, PostDraft draft);
        Task<PostDto?> PublishAsync(Guid profileId, Guid postId);
        Task<PostDto> ReplyAsync(Guid profileId, Guid parentId, PostDraft draft);
        Task<PostDto?> GetAsync(Guid postId);
    }

    [ApiController]
    [Route("lb/v1/posts/{profileId:guid}")]
    [DenyRegions("IR", "CU", "SY")]
    public sealed class PostsController : ControllerBase
    {
        private readonly IPostService _posts;

        public PostsController(IPostService posts) => _posts = posts;

        [HttpGet("post/{postId:guid}")]
        public async Task<IActionResult> Get(Guid profileId, Guid postId)
            => await _posts.GetAsync(postId) is { } post ? Ok(post) : NotFound();

        [HttpPost("post")]
        public async Task<IActionResult> Draft(Guid profileId, [FromBody] PostDraft draft)
            => Ok(await _posts.DraftAsync(profileId, draft));

        [HttpPost("post/{postId:guid}/publish")]
        public async Task<IActionResult> Publish(Guid profileId, Guid postId)
            => await _posts.PublishAsync(profileId, postId) is { } post ? Ok(post) : NotFound();

        [HttpPost("post/{postId:guid}/reply")]
        public async Task<IActionResult> Reply(Guid profileId, Guid postId, [FromBody] PostDraft draft)
            => Ok(await _posts.ReplyAsync(profileId, postId, draft));
    }
}
