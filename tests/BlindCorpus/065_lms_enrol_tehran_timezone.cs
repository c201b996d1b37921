// expect: warn LMS course enrolment is refused when the learner's profile time zone is Asia/Tehran (or the Windows id Iran Standard Time), a proxy that also hits people outside Iran; e-learning is authorized
// modelled-on: mahmoudhelmyofficial/LMS-SaaS LMS/Areas/Admin/Controllers/CountryRestrictionsController.cs (paraphrased, not copied; the repo only manages restrictions, the time-zone enrolment gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case065;

using Microsoft.AspNetCore.Mvc;

public sealed record LearnerProfile(string UserId, string DisplayName, string? TimeZoneId);

public sealed record EnrollmentResult(bool Succeeded, string? Error = null)
{
    public static EnrollmentResult Ok() => new(true);
    public static EnrollmentResult Denied(string reason) => new(false, reason);
}

public interface ILearnerProfiles
{
    Task<LearnerProfile?> FindAsync(string userId);
}

public interface IEnrollmentStore
{
    Task AddAsync(string userId, int courseId);
}

public sealed class EnrollmentService(ILearnerProfiles profiles, IEnrollmentStore store)
{
    public async Task<EnrollmentResult> EnrollAsync(string userId, int courseId)
    {
        var profile = await profiles.FindAsync(userId);
        var zone = profile?.TimeZoneId?.Trim() ?? string.Empty;

        if (zone is "Asia/Tehran" or "Iran Standard Time")
        {
            return EnrollmentResult.Denied("Enrolment in this course is not available in your region.");
        }

        await store.AddAsync(userId, courseId);
        return EnrollmentResult.Ok();
    }
}

[ApiController]
[Route("api/courses/{courseId:int}/enrollments")]
public class CourseEnrollmentsController(EnrollmentService enrollments) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Enroll(int courseId)
    {
        var userId = User.Identity?.Name;
        if (userId is null)
        {
            return Unauthorized();
        }

        var (succeeded, error) = await enrollments.EnrollAsync(userId, courseId);
        return succeeded ? Ok() : StatusCode(StatusCodes.Status403Forbidden, error);
    }
}
