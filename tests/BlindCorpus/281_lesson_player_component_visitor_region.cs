// expect: warn A free online-learning site's Blazor lesson-player component asks a visitor-region service for the country and, for IR, CU, SY, KP or Crimea, renders an "isn't available in your region" notice instead of the video and exercises, so learners in Iran lose e-learning content that is authorized for Iran.
// modelled-on: mdibaiee/mahdi.blog _posts/2019-07-27-discrimination-iran.md (paraphrased, not copied; the post's account of a free education site being unavailable to Iranians, Cubans, Syrians and people in Crimea became a Blazor component written with a RenderTreeBuilder)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case281
{
    using Microsoft.AspNetCore.Components;
    using Microsoft.AspNetCore.Components.Rendering;

    public sealed record VisitorRegion(string CountryCode, string? SubdivisionCode);

    public interface IVisitorRegionProvider
    {
        Task<VisitorRegion?> GetAsync();
    }

    public sealed record Lesson(string Slug, string Title, string YoutubeId, IReadOnlyList<string> ExerciseIds);

    public interface ILessonCatalog
    {
        Task<Lesson?> FindAsync(string slug);
    }

    public sealed class LessonPlayer : ComponentBase
    {
        private static readonly string[] UnavailableCountries = { "IR", "CU", "SY", "KP" };

        private Lesson? _lesson;
        private bool _unavailable;

        [Parameter] public string Slug { get; set; } = string.Empty;

        [Inject] public IVisitorRegionProvider Regions { get; set; } = default!;

        [Inject] public ILessonCatalog Catalog { get; set; } = default!;

        protected override async Task OnParametersSetAsync()
        {
            var region = await Regions.GetAsync();
            _unavailable = region is not null &&
                (Array.IndexOf(UnavailableCountries, region.CountryCode.ToUpperInvariant()) >= 0 || region.SubdivisionCode == "UA-43");

            _lesson = _unavailable ? null : await Catalog.FindAsync(Slug);
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            if (_unavailable)
            {
                builder.OpenElement(0, "div");
                builder.AddAttribute(1, "class", "lesson-unavailable");
                builder.AddContent(2, "Sorry, this content isn't available in your region.");
                builder.CloseElement();
                return;
            }

            if (_lesson is null)
            {
                builder.AddContent(3, "Loading…");
                return;
            }

            builder.OpenElement(4, "h2");
            builder.AddContent(5, _lesson.Title);
            builder.CloseElement();

            builder.OpenElement(6, "iframe");
            builder.AddAttribute(7, "src", $"https://www.youtube-nocookie.com/embed/{_lesson.YoutubeId}");
            builder.AddAttribute(8, "allowfullscreen", true);
            builder.CloseElement();

            builder.OpenElement(9, "ul");
            builder.AddAttribute(10, "class", "exercises");
            foreach (var exercise in _lesson.ExerciseIds)
            {
                builder.OpenElement(11, "li");
                builder.OpenElement(12, "a");
                builder.AddAttribute(13, "href", $"/exercise/{exercise}");
                builder.AddContent(14, "Practice");
                builder.CloseElement();
                builder.CloseElement();
            }
            builder.CloseElement();
        }
    }
}
