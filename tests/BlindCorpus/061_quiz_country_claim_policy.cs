// expect: warn authorization policy fails signed-in users whose Country claim is Iran or Cuba on the math quiz / test-session pages; e-learning is authorized (31 CFR 560.540, 515.578)
// modelled-on: guoqhsas828/WebMathTrainingApp WebMathTraining/Utilities/CountryAuthorizationHandler.cs (paraphrased, not copied; the policy registration is a realistic variation of the commented-out Startup policy)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case061;

using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

public sealed class DeniedCountriesRequirement : IAuthorizationRequirement
{
    public DeniedCountriesRequirement(params string[] deniedCountries)
    {
        DeniedCountries = deniedCountries;
    }

    public string[] DeniedCountries { get; }
}

public sealed class DeniedCountriesHandler : AuthorizationHandler<DeniedCountriesRequirement>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context,
        DeniedCountriesRequirement requirement)
    {
        if (context.User.Identity?.Name is null)
        {
            context.Fail();
            return Task.CompletedTask;
        }

        if (!context.User.HasClaim(c => c.Type == ClaimTypes.Country))
        {
            context.Succeed(requirement);
            return Task.CompletedTask;
        }

        var claimed = context.User.FindFirst(c => c.Type == ClaimTypes.Country)!.Value;
        if (requirement.DeniedCountries.Any(country =>
                country.Equals(claimed, StringComparison.OrdinalIgnoreCase)))
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

public static class QuizPolicies
{
    public const string QuizTakers = "QuizTakers";

    public static IServiceCollection AddQuizPolicies(this IServiceCollection services)
    {
        services.AddTransient<IAuthorizationHandler, DeniedCountriesHandler>();
        services.AddAuthorization(options =>
        {
            options.AddPolicy(QuizTakers, policy =>
            {
                policy.RequireAuthenticatedUser();
                policy.AddRequirements(new DeniedCountriesRequirement("Iran", "Cuba"));
            });
        });
        return services;
    }
}

public sealed record TestSessionSummary(int Id, string Name, int TargetGrade);

[Authorize(Policy = QuizPolicies.QuizTakers)]
[Route("[controller]/[action]")]
public class TestSessionsController : Controller
{
    private static readonly List<TestSessionSummary> Sessions =
    [
        new(1, "Fractions warm-up", 4),
        new(2, "Trial: multiplication tables", 3),
    ];

    public IActionResult Index(int levelFilter)
    {
        var list = levelFilter > 0 ? Sessions.Where(s => s.TargetGrade == levelFilter).ToList() : Sessions;
        return View(list);
    }

    public IActionResult Start(int id)
    {
        var session = Sessions.FirstOrDefault(s => s.Id == id);
        return session is null ? NotFound() : View(session);
    }

    [HttpPost]
    public IActionResult Submit(int id, [FromForm] Dictionary<int, string> answers)
        => RedirectToAction(nameof(Index));
}
