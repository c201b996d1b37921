// expect: warn An online-course platform's enrollment service reads the learner's country claim and throws before enrolling (and hides the course player) when it is IR, CU, SY or KP, so learners in Iran cannot take courses; e-learning platforms are authorized for Iran under GL D-2.
// modelled-on: freedomofdevelopers/fod pull request #123 "add coursera" ("just recently coursera banned iranian users") (paraphrased, not copied; the reported ban of Iranian learners became an enrollment service and controller keyed on a country claim)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case294
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Mvc;

    public sealed class EnrollmentRestrictedException : Exception
    {
        public EnrollmentRestrictedException(string country)
            : base($"Course enrollment is not available in {country}.") => Country = country;

        public string Country { get; }
    }

    public sealed record Enrollment(Guid Id, string LearnerId, string CourseSlug, DateTimeOffset StartedAt);

    public interface IEnrollmentRepository
    {
        Task<Enrollment> AddAsync(string learnerId, string courseSlug, CancellationToken ct);
        Task<IReadOnlyList<Enrollment>> ForLearnerAsync(string learnerId, CancellationToken ct);
    }

    public sealed class EnrollmentService
    {
        private readonly IEnrollmentRepository _repository;

        public EnrollmentService(IEnrollmentRepository repository) => _repository = repository;

        public static bool IsEmbargoed(string? country) => country?.ToUpperInvariant() switch
        {
            "IR" => true,
            "CU" => true,
            "SY" => true,
            "KP" => true,
            _ => false,
        };

        public Task<Enrollment> EnrollAsync(ClaimsPrincipal learner, string courseSlug, CancellationToken ct)
        {
            var country = learner.FindFirstValue("country");
            if (IsEmbargoed(country))
                throw new EnrollmentRestrictedException(country!);

            var learnerId = learner.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No learner id");
            return _repository.AddAsync(learnerId, courseSlug, ct);
        }
    }

    [Authorize]
    [ApiController]
    [Route("api/learn")]
    public sealed class LearnController : ControllerBase
    {
        private readonly EnrollmentService _enrollments;

        public LearnController(EnrollmentService enrollments) => _enrollments = enrollments;

        [HttpPost("courses/{slug}/enroll")]
        public async Task<IActionResult> Enroll(string slug, CancellationToken ct)
        {
            try
            {
                var enrollment = await _enrollments.EnrollAsync(User, slug, ct);
                return Ok(enrollment);
            }
            catch (EnrollmentRestrictedException ex)
            {
                return Problem(detail: ex.Message, statusCode: StatusCodes.Status403Forbidden);
            }
        }

        [HttpGet("courses/{slug}/player")]
        public IActionResult Player(string slug)
        {
            if (EnrollmentService.IsEmbargoed(User.FindFirstValue("country")))
                return Forbid();

            return Ok(new { slug, lectureManifest = $"/media/{slug}/manifest.json" });
        }
    }
}
