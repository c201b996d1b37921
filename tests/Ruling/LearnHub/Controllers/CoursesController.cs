using LearnHub.Compliance;
using LearnHub.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LearnHub.Controllers;

/// <summary>Course pages, lessons and exams.</summary>
[ApiController]
[Route("api/courses")]
[Authorize(Policy = Policies.OutsideEmbargoedRegions)]
[CommunicationService("e-learning")]
public sealed class CoursesController : ControllerBase
{
    private readonly CourseCatalog _catalog;

    public CoursesController(CourseCatalog catalog)
    {
        _catalog = catalog;
    }

    [HttpGet]
    [AllowAnonymous]
    public IActionResult List([FromQuery] string? language) => Ok(_catalog.List(language ?? "en"));

    [HttpGet("{courseId}/lessons/{lessonId}")]
    public IActionResult Lesson(string courseId, string lessonId) =>
        _catalog.FindLesson(courseId, lessonId) is { } lesson ? Ok(lesson) : NotFound();

    [HttpPost("{courseId}/exam/start")]
    [Authorize(Policy = Policies.ProctoredExam)]
    public IActionResult StartExam(string courseId) => Ok(new { courseId, sessionId = Guid.NewGuid() });
}
