// expect: warn A Blazor-style course-player component hides the video lessons and the live-class join button when the browser-reported time zone resolves to Iran Standard Time / Asia/Tehran, showing "This course is not available in your region"; the time zone is a proxy for Iran and e-learning is an authorized service.
// modelled-on: MGH1024/Libraries Microservices/Library/src/Infrustructure/Library.Infrastructures/Public/DateTimeService.cs (paraphrased, not copied; the "Iran Standard Time" lookup used for clock conversion is reused as an availability gate in a component class)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case231
{
    using Microsoft.AspNetCore.Components;

    public sealed record Lesson(int Id, string Title, string VideoUrl);

    public interface ICourseCatalog
    {
        Task<IReadOnlyList<Lesson>> LessonsAsync(int courseId);
    }

    public class CoursePlayerBase : ComponentBase
    {
        private static readonly string[] BlockedZones = { "Asia/Tehran", "Iran Standard Time" };

        [Inject] public ICourseCatalog Catalog { get; set; } = default!;

        [Parameter] public int CourseId { get; set; }

        /// <summary>IANA id posted by the page's JS (Intl.DateTimeFormat().resolvedOptions().timeZone).</summary>
        [Parameter] public string? ClientTimeZone { get; set; }

        protected IReadOnlyList<Lesson> Lessons { get; private set; } = Array.Empty<Lesson>();
        protected bool ShowLiveClassButton { get; private set; }
        protected string? Notice { get; private set; }

        protected override async Task OnParametersSetAsync()
        {
            if (IsRestrictedZone(ClientTimeZone))
            {
                Lessons = Array.Empty<Lesson>();
                ShowLiveClassButton = false;
                Notice = "This course is not available in your region.";
                return;
            }

            Lessons = await Catalog.LessonsAsync(CourseId);
            ShowLiveClassButton = true;
            Notice = null;
        }

        private static bool IsRestrictedZone(string? zoneId)
        {
            if (string.IsNullOrEmpty(zoneId))
                return false;
            if (BlockedZones.Contains(zoneId, StringComparer.OrdinalIgnoreCase))
                return true;

            return TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var tz)
                && (tz.Id == "Asia/Tehran" || tz.Id == "Iran Standard Time");
        }
    }
}
