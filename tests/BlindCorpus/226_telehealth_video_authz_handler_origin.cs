// expect: warn An ASP.NET Core authorization handler for the "VideoVisit" policy fails every user whose country claim is IR or CU, so patients in Iran and Cuba cannot join video consultations (video conferencing is an authorized communication service).
// modelled-on: khanfahd/360NauticaDemo AspNetCore.Auth.Web/Security/BorderAccessRequirement.cs (paraphrased, not copied; the single-country requirement became a blocked-origins requirement registered as a policy for a video-visit controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case226
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Mvc;

    public sealed class OriginRestrictionRequirement : IAuthorizationRequirement
    {
        public OriginRestrictionRequirement(params string[] refusedOrigins) => RefusedOrigins = refusedOrigins;

        public IReadOnlyList<string> RefusedOrigins { get; }
    }

    public sealed class OriginRestrictionHandler : AuthorizationHandler<OriginRestrictionRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OriginRestrictionRequirement requirement)
        {
            var origin = context.User.FindFirst(ClaimTypes.Country)?.Value;
            if (origin is null)
            {
                context.Succeed(requirement);
                return Task.CompletedTask;
            }

            if (requirement.RefusedOrigins.Any(r => string.Equals(r, origin, StringComparison.OrdinalIgnoreCase)))
            {
                context.Fail(new AuthorizationFailureReason(this, $"Video visits are not offered in {origin}."));
            }
            else
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }

    public static class VideoVisitAuthorization
    {
        public const string PolicyName = "VideoVisit";

        public static IServiceCollection AddVideoVisitPolicy(this IServiceCollection services)
        {
            services.AddSingleton<IAuthorizationHandler, OriginRestrictionHandler>();
            services.AddAuthorization(options =>
                options.AddPolicy(PolicyName, p => p.RequireAuthenticatedUser()
                    .AddRequirements(new OriginRestrictionRequirement("IR", "CU"))));
            return services;
        }
    }

    [ApiController]
    [Route("api/visits")]
    [Authorize(Policy = VideoVisitAuthorization.PolicyName)]
    public sealed class VideoVisitController : ControllerBase
    {
        [HttpPost("{visitId:guid}/join")]
        public IActionResult Join(Guid visitId)
            => Ok(new { room = $"visit-{visitId:N}", iceServers = new[] { "stun:stun.example.org" } });
    }
}
