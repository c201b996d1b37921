using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace LearnHub.Authorization;

/// <summary>The learner's country of residence (the "country" claim) must not be in the embargoed list.</summary>
public sealed class EmbargoedRegionRequirement : IAuthorizationRequirement
{
    public EmbargoedRegionRequirement(params string[] embargoedCountries)
    {
        EmbargoedCountries = new HashSet<string>(embargoedCountries, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlySet<string> EmbargoedCountries { get; }
}

public sealed class EmbargoedRegionHandler : AuthorizationHandler<EmbargoedRegionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, EmbargoedRegionRequirement requirement)
    {
        var country = context.User.FindFirstValue(ClaimTypes.Country);
        if (country is null)
        {
            // No residence on file yet: the profile page asks for it before the first lesson.
            return Task.CompletedTask;
        }

        if (requirement.EmbargoedCountries.Contains(country))
        {
            context.Fail(new AuthorizationFailureReason(this, "Course content is not available in your country of residence."));
            return Task.CompletedTask;
        }

        context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
