// expect: warn An online-course platform's enrollment service geolocates the learner's IP and throws a CourseAccessRestrictedException (turned into a 403 with a "not available in your country" message) for CU, IR, KP and SY, so learners in Iran cannot enrol in courses; e-learning is authorized for Iran.
// modelled-on: openedx/edx-platform openedx/core/djangoapps/embargo/api.py (paraphrased, not copied; the database-driven CountryAccessRule / RestrictedCourse check became a hard-coded country set inside a C# enrollment service that throws)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case263
{
    using System.Net;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed class CourseAccessRestrictedException : Exception
    {
        public CourseAccessRestrictedException(string courseKey, string countryCode)
            : base($"Course {courseKey} cannot be accessed from {countryCode}.")
        {
            CourseKey = courseKey;
            CountryCode = countryCode;
        }

        public string CourseKey { get; }
        public string CountryCode { get; }
    }

    public interface IIpCountryLookup
    {
        ValueTask<string?> CountryCodeAsync(IPAddress address, CancellationToken ct);
    }

    public interface IEnrollmentStore
    {
        Task<Guid> CreateAsync(string userId, string courseKey, string mode, CancellationToken ct);
    }

    public sealed class CourseEnrollmentService
    {
        private static readonly ISet<string> EmbargoedCountries = new HashSet<string> { "CU", "IR", "KP", "SY" };

        private readonly IIpCountryLookup _lookup;
        private readonly IEnrollmentStore _store;

        public CourseEnrollmentService(IIpCountryLookup lookup, IEnrollmentStore store)
        {
            _lookup = lookup;
            _store = store;
        }

        public async Task<Guid> EnrollAsync(string userId, string courseKey, IPAddress? clientIp, CancellationToken ct)
        {
            if (clientIp is not null)
            {
                var country = await _lookup.CountryCodeAsync(clientIp, ct);
                if (country is not null && EmbargoedCountries.Contains(country.ToUpperInvariant()))
                {
                    throw new CourseAccessRestrictedException(courseKey, country);
                }
            }

            return await _store.CreateAsync(userId, courseKey, "audit", ct);
        }
    }

    [ApiController]
    [Route("api/enrollment/v1")]
    public sealed class EnrollmentController : ControllerBase
    {
        private readonly CourseEnrollmentService _enrollments;

        public EnrollmentController(CourseEnrollmentService enrollments) => _enrollments = enrollments;

        [HttpPost("enrollment/{courseKey}")]
        public async Task<IActionResult> Enroll(string courseKey, CancellationToken ct)
        {
            var userId = User.Identity?.Name ?? throw new UnauthorizedAccessException();
            try
            {
                var id = await _enrollments.EnrollAsync(userId, courseKey, HttpContext.Connection.RemoteIpAddress, ct);
                return Ok(new { enrollmentId = id, courseKey });
            }
            catch (CourseAccessRestrictedException)
            {
                return StatusCode(StatusCodes.Status403Forbidden, new
                {
                    user_message_url = "/embargo/blocked-message/enrollment/default/",
                    message = "This course is not available in your country.",
                });
            }
        }
    }
}
