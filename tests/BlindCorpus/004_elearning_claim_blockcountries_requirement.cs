// expect: warn authorization handler fails the requirement when the user's Country claim is Iran or Cuba, locking them out of the math e-learning test sessions (e-learning is authorized)
// modelled-on: guoqhsas828/WebMathTrainingApp WebMathTraining/Utilities/CountryAuthorizationHandler.cs (paraphrased, not copied; the policy list there was commented out and held "new Zealand", here it names Iran and Cuba)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case004;

public class BlockCountriesRequirement : IAuthorizationRequirement
{
    public string[] BlockList { get; }

    public BlockCountriesRequirement(string[] countriesBlocked)
    {
        BlockList = countriesBlocked;
    }
}

public class CountryAuthorizationHandler : AuthorizationHandler<BlockCountriesRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context,
        BlockCountriesRequirement requirement)
    {
        if (context.User.Identity?.Name is null)
        {
            context.Fail();
            return Task.CompletedTask;
        }

        var countryClaim = context.User.FindFirst(c => c.Type == ClaimTypes.Country);
        if (countryClaim is null)
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var blocked = requirement.BlockList.Any(country =>
            country.Equals(countryClaim.Value, StringComparison.OrdinalIgnoreCase));

        if (blocked)
            context.Fail();
        else
            context.Succeed(requirement);

        return Task.CompletedTask;
    }
}

public static class TrainingAuthSetup
{
    public static void AddTrainingPolicies(IServiceCollection services)
    {
        services.AddTransient<IAuthorizationHandler, CountryAuthorizationHandler>();
        services.AddAuthorization(opts =>
        {
            opts.AddPolicy("NotEmbargoed", policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.AddRequirements(new BlockCountriesRequirement(new[] { "Iran", "Cuba" }));
            });
        });
    }
}

[Authorize(Policy = "NotEmbargoed")]
[Route("TestSession")]
public class TestSessionController : Controller
{
    [HttpGet("Start/{testGroupId:int}")]
    public IActionResult Start(int testGroupId) => Ok(new { testGroupId, firstQuestion = 1 });

    [HttpPost("Answer")]
    public IActionResult Answer(int questionId, string answer) => Ok(new { questionId, correct = answer == "42" });
}
