// expect: warn A Blazor task-board component reads CF-IPCountry through IHttpContextAccessor on first render and, when the visitor is in IR (or SY/CU/KP), hides the "Start video huddle" and "Live translate" buttons and shows a notice instead, degrading video calling and translation - both authorized for Iran under GL D-2.
// modelled-on: softwarereliabilitylab/TodoApp-For-Microservices TodoUI/Pages/Board.razor.cs (paraphrased, not copied; kept the ComponentBase with an injected IHttpContextAccessor that reads client network data in OnAfterRenderAsync(firstRender) and calls StateHasChanged, replaced the IP display with a country header that toggles collaboration features)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case317
{
    using Microsoft.AspNetCore.Components;
    using Microsoft.AspNetCore.Components.Rendering;
    using Microsoft.AspNetCore.Http;

    public interface IHuddleLauncher
    {
        Task StartVideoHuddleAsync(string boardId);
        Task ToggleLiveTranslationAsync(string boardId, string targetLanguage);
    }

    public class TeamBoard : ComponentBase
    {
        private static readonly string[] RestrictedCountries = { "IR", "SY", "CU", "KP" };

        [Inject] private IHttpContextAccessor ContextAccessor { get; set; } = default!;
        [Inject] private IHuddleLauncher Huddles { get; set; } = default!;

        [Parameter] public string BoardId { get; set; } = "";

        protected bool CollaborationFeaturesEnabled { get; private set; } = true;
        protected string? VisitorCountry { get; private set; }

        protected override Task OnAfterRenderAsync(bool firstRender)
        {
            if (firstRender)
            {
                VisitorCountry = ContextAccessor.HttpContext?.Request.Headers["CF-IPCountry"].ToString();
                if (!string.IsNullOrEmpty(VisitorCountry) &&
                    RestrictedCountries.Contains(VisitorCountry, StringComparer.OrdinalIgnoreCase))
                {
                    CollaborationFeaturesEnabled = false;
                    StateHasChanged();
                }
            }

            return Task.CompletedTask;
        }

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "section");
            builder.AddAttribute(1, "class", "board-toolbar");

            if (CollaborationFeaturesEnabled)
            {
                builder.OpenElement(2, "button");
                builder.AddAttribute(3, "onclick", EventCallback.Factory.Create(this, () => Huddles.StartVideoHuddleAsync(BoardId)));
                builder.AddContent(4, "Start video huddle");
                builder.CloseElement();

                builder.OpenElement(5, "button");
                builder.AddAttribute(6, "onclick", EventCallback.Factory.Create(this, () => Huddles.ToggleLiveTranslationAsync(BoardId, "en")));
                builder.AddContent(7, "Live translate");
                builder.CloseElement();
            }
            else
            {
                builder.OpenElement(8, "p");
                builder.AddAttribute(9, "class", "notice");
                builder.AddContent(10, "Video huddles and live translation are not available in your region.");
                builder.CloseElement();
            }

            builder.CloseElement();
        }
    }
}
