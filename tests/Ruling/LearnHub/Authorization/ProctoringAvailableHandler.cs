using Microsoft.AspNetCore.Authorization;

namespace LearnHub.Authorization;

/// <summary>Proctored exams need the proctoring vendor to serve the learner's location.</summary>
public sealed class ProctoringAvailableRequirement : IAuthorizationRequirement;

public sealed class ProctoringAvailableHandler : AuthorizationHandler<ProctoringAvailableRequirement>
{
    // The proctoring vendor's terms exclude these locations (vendor contract, annex C).
    private static readonly string[] UnservedCountries = ["IR", "CU", "UA-43"];

    private readonly IHttpContextAccessor _http;

    public ProctoringAvailableHandler(IHttpContextAccessor http)
    {
        _http = http;
    }

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ProctoringAvailableRequirement requirement)
    {
        var viewerCountry = _http.HttpContext?.Request.Headers["CF-IPCountry"].ToString();
        if (viewerCountry is not null && UnservedCountries.Contains(viewerCountry))
        {
            context.Fail();
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
