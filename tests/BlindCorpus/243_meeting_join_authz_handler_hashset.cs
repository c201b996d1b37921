// expect: warn A video-meeting app's authorization handler for the JoinMeeting policy resolves the caller's country through an injected resolver and fails the requirement when it is in a hard-coded set of IR, CU, KP and SY, so people in Iran and Cuba cannot join video conferences (an authorized communication service).
// modelled-on: milou-se/milou.deployer.web src/Milou.Deployer.Web.IisHost/Areas/Security/DefaultAuthorizationHandler.cs (paraphrased, not copied; the allowed-IP-address HashSet check became a denied-country HashSet on a meeting-join policy)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case243
{
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.Extensions.Logging;

    public interface IRequestCountryResolver
    {
        string? Resolve(HttpContext httpContext);
    }

    public sealed class JoinMeetingRequirement : IAuthorizationRequirement
    {
    }

    public sealed class JoinMeetingAuthorizationHandler : AuthorizationHandler<JoinMeetingRequirement>
    {
        private static readonly HashSet<string> Denied = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP", "SY" };

        private readonly IHttpContextAccessor _accessor;
        private readonly IRequestCountryResolver _countries;
        private readonly ILogger<JoinMeetingAuthorizationHandler> _logger;

        public JoinMeetingAuthorizationHandler(
            IHttpContextAccessor accessor,
            IRequestCountryResolver countries,
            ILogger<JoinMeetingAuthorizationHandler> logger)
        {
            _accessor = accessor;
            _countries = countries;
            _logger = logger;
        }

        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, JoinMeetingRequirement requirement)
        {
            var http = _accessor.HttpContext;
            if (http is null)
            {
                return Task.CompletedTask;
            }

            var country = _countries.Resolve(http);
            if (country is not null && Denied.Contains(country))
            {
                _logger.LogInformation("Meeting join refused for {Country}", country);
                context.Fail();
                return Task.CompletedTask;
            }

            if (context.User.Identity?.IsAuthenticated == true)
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    [ApiController]
    [Route("meetings")]
    [Authorize(Policy = "JoinMeeting")]
    public sealed class MeetingsController : ControllerBase
    {
        [HttpPost("{meetingId}/join")]
        public IActionResult Join(string meetingId) =>
            Ok(new { meetingId, rtcToken = Guid.NewGuid().ToString("N"), sfu = "wss://sfu.example.net" });
    }
}
