// expect: warn An e-learning math-practice site's authorization handler fails the "EmbargoCheck" policy for users whose Country claim is IR or CU, denying lessons and quizzes; e-learning is authorized for Iran and Cuba, so this is over-blocking.
// modelled-on: guoqhsas828/WebMathTrainingApp WebMathTraining.Utilities CountryAuthorizationHandler (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case202
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Mvc;

    public sealed class CountryDenyListRequirement : IAuthorizationRequirement
    {
        public CountryDenyListRequirement(params string[] denied) => Denied = denied;
        public IReadOnlyList<string> Denied { get; }
    }

    public sealed class CountryDenyListHandler : AuthorizationHandler<CountryDenyListRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, CountryDenyListRequirement requirement)
        {
            if (context.User.Identity?.Name is null)
            {
                context.Fail();
                return Task.CompletedTask;
            }

            var claim = context.User.FindFirst(c => c.Type == ClaimTypes.Country);
            if (claim is null)
            {
                context.Succeed(requirement);
                return Task.CompletedTask;
            }

            var blocked = requirement.Denied.Any(d => d.Equals(claim.Value, StringComparison.OrdinalIgnoreCase));
            if (blocked)
                context.Fail();
            else
                context.Succeed(requirement);

            return Task.CompletedTask;
        }
    }

    public static class TrainingAuthorizationSetup
    {
        public const string EmbargoPolicy = "EmbargoCheck";

        public static IServiceCollection AddTrainingAuthorization(this IServiceCollection services)
        {
            services.AddAuthorization(options =>
            {
                options.AddPolicy(EmbargoPolicy, policy =>
                    policy.AddRequirements(new CountryDenyListRequirement("IR", "CU", "KP", "SY")));
            });
            services.AddSingleton<IAuthorizationHandler, CountryDenyListHandler>();
            return services;
        }
    }

    [Authorize(Policy = TrainingAuthorizationSetup.EmbargoPolicy)]
    public class PracticeController : Controller
    {
        public IActionResult Lessons() => View();

        public IActionResult TakeQuiz(int quizId) => View(quizId);

        [HttpPost]
        public IActionResult SubmitAnswers(int quizId, string[] answers) => RedirectToAction(nameof(Lessons));
    }
}
