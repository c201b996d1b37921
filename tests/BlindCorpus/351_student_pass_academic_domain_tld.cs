// expect: warn An online-course platform's free student pass is granted by verifying the applicant's academic e-mail domain, and a LINQ check refuses any domain ending in .ir (or .cu, .sy, .kp) with a "cannot be processed for sanctioned territories" error, so students in Iran cannot enrol in the e-learning courses (e-learning is an authorized service under D-2).
// modelled-on: JetBrains/swot pull request #40336 (paraphrased, not copied; the maintainer reply refusing to add an Iranian university's student e-mail domain because of sanctions became a C# student-pass verifier that rejects sanctioned country-code domains before enrolling the learner)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case351
{
    using System.ComponentModel.DataAnnotations;
    using Microsoft.AspNetCore.Mvc;

    public sealed record StudentPassApplication(
        [property: Required] string FullName,
        [property: Required, EmailAddress] string AcademicEmail,
        [property: Required] string CourseTrack);

    public sealed record VerificationOutcome(bool Accepted, string? Institution, string? Reason);

    public interface IInstitutionRegistry
    {
        string? FindInstitutionByDomain(string domain);
    }

    public interface IEnrollmentService
    {
        Task<Guid> EnrollWithStudentPassAsync(string email, string track, CancellationToken ct);
    }

    public sealed class AcademicDomainVerifier
    {
        private static readonly string[] SanctionedSuffixes = [".ir", ".cu", ".sy", ".kp"];
        private readonly IInstitutionRegistry _registry;

        public AcademicDomainVerifier(IInstitutionRegistry registry) => _registry = registry;

        public VerificationOutcome Verify(string email)
        {
            var at = email.LastIndexOf('@');
            if (at < 0 || at == email.Length - 1)
            {
                return new VerificationOutcome(false, null, "Not a valid e-mail address.");
            }

            var domain = email[(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();

            if (SanctionedSuffixes.Any(suffix => domain.EndsWith(suffix, StringComparison.Ordinal)))
            {
                return new VerificationOutcome(false, null,
                    "Your request cannot be processed: we do not provide services to territories subject to sanctions.");
            }

            var institution = _registry.FindInstitutionByDomain(domain);
            return institution is null
                ? new VerificationOutcome(false, null, "This domain is not a recognised academic institution.")
                : new VerificationOutcome(true, institution, null);
        }
    }

    [ApiController]
    [Route("api/student-pass")]
    public sealed class StudentPassController : ControllerBase
    {
        private readonly AcademicDomainVerifier _verifier;
        private readonly IEnrollmentService _enrollment;

        public StudentPassController(AcademicDomainVerifier verifier, IEnrollmentService enrollment)
        {
            _verifier = verifier;
            _enrollment = enrollment;
        }

        [HttpPost]
        public async Task<IActionResult> Apply([FromBody] StudentPassApplication application, CancellationToken ct)
        {
            var outcome = _verifier.Verify(application.AcademicEmail);
            if (!outcome.Accepted)
            {
                return UnprocessableEntity(outcome);
            }

            var enrollmentId = await _enrollment.EnrollWithStudentPassAsync(application.AcademicEmail, application.CourseTrack, ct);
            return Ok(new { enrollmentId, outcome.Institution });
        }
    }
}
