// expect: warn A Blazor e-learning course page loads the signed-in student's profile, and when the profile's Country enum is Iran, Cuba, Syria or North Korea it sets a flag that hides the "Join live class" button and the lesson video player and renders a "not available in your country" notice instead; e-learning / online courses are services GL D-2 authorizes for Iran, so hiding them is over-blocking.
// modelled-on: moon1204am/lexicon-lms LexiconLMS/Client/Pages/Courses.razor.cs (paraphrased, not copied; kept the partial component with an injected LMS data service loading course data in OnInitializedAsync, written as a plain ComponentBase with a hand-built render tree, and added a student profile country check that the real project does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case343
{
    using Microsoft.AspNetCore.Components;
    using Microsoft.AspNetCore.Components.Rendering;

    public enum Country
    {
        Unknown = 0,
        Germany,
        Iran,
        Cuba,
        Syria,
        NorthKorea,
        Sweden,
        Turkey,
    }

    public sealed class StudentProfile
    {
        public Guid Id { get; set; }
        public string FullName { get; set; } = "";
        public Country Country { get; set; }
    }

    public sealed record LessonDto(int Id, string Title, string VideoUrl);

    public sealed record CourseDto(int Id, string Name, string? LiveSessionUrl, IReadOnlyList<LessonDto> Lessons);

    public interface ILmsDataService
    {
        Task<T?> GetAsync<T>(string path);
    }

    public static class CourseAccessPolicy
    {
        private static readonly Country[] Unavailable = { Country.Iran, Country.Cuba, Country.Syria, Country.NorthKorea };

        public static bool CanAccessLearningContent(StudentProfile? student)
            => student is null || !Unavailable.Contains(student.Country);
    }

    [Route("/courses/{CourseId:int}")]
    public partial class CourseDetails : ComponentBase
    {
        [Parameter] public int CourseId { get; set; }

        [Inject] public ILmsDataService LmsDataService { get; set; } = default!;

        private CourseDto? _course;
        private bool _contentAvailable = true;

        protected override async Task OnInitializedAsync()
        {
            var student = await LmsDataService.GetAsync<StudentProfile>("api/students/me");
            _contentAvailable = CourseAccessPolicy.CanAccessLearningContent(student);

            _course = await LmsDataService.GetAsync<CourseDto>($"api/courses/{CourseId}");
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (_course is null)
            {
                builder.AddMarkupContent(0, "<p>Loading…</p>");
                return;
            }

            builder.OpenElement(1, "h2");
            builder.AddContent(2, _course.Name);
            builder.CloseElement();

            if (!_contentAvailable)
            {
                builder.OpenElement(3, "div");
                builder.AddAttribute(4, "class", "alert alert-warning");
                builder.AddContent(5, "This course is not available in your country.");
                builder.CloseElement();
                return;
            }

            if (_course.LiveSessionUrl is not null)
            {
                builder.OpenElement(6, "a");
                builder.AddAttribute(7, "class", "btn btn-primary");
                builder.AddAttribute(8, "href", _course.LiveSessionUrl);
                builder.AddContent(9, "Join live class");
                builder.CloseElement();
            }

            foreach (var lesson in _course.Lessons)
            {
                builder.OpenElement(10, "video");
                builder.SetKey(lesson.Id);
                builder.AddAttribute(11, "src", lesson.VideoUrl);
                builder.AddAttribute(12, "controls", true);
                builder.CloseElement();
            }
        }
    }
}
