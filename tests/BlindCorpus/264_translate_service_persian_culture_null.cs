// expect: warn A machine-translation API picks the caller's request culture and, through a switch expression, treats Persian (fa, fa-IR) or any -IR locale as unsupported, returning no translation and a 451 instead of calling the translator, which cuts Persian-speaking users in Iran off automated translation (authorized for Iran).
// modelled-on: DeepLcom/deepl-dotnet README.md (TranslateTextAsync usage; paraphrased, not copied; the sample call was wrapped in an ASP.NET Core controller with a locale gate that returns null for Persian/Iranian cultures)
// packages: Microsoft.AspNetCore.App (framework reference) (translator client stubbed in file)
// source: blind

namespace BlindCorpus.Case264
{
    using System.Globalization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Localization;
    using Microsoft.AspNetCore.Mvc;

    public interface ITextTranslator
    {
        Task<string> TranslateTextAsync(string text, string? sourceLang, string targetLang, CancellationToken ct);
    }

    public sealed record TranslateRequest(string Text, string? Source, string Target);

    public sealed record TranslateResponse(string Text, string Target);

    public sealed class LocaleAwareTranslator
    {
        private readonly ITextTranslator _inner;

        public LocaleAwareTranslator(ITextTranslator inner) => _inner = inner;

        private static bool IsUnsupportedLocale(CultureInfo culture) => culture.Name switch
        {
            "fa" or "fa-IR" => true,
            var name when name.EndsWith("-IR", StringComparison.OrdinalIgnoreCase) => true,
            _ => false,
        };

        public async Task<TranslateResponse?> TranslateAsync(TranslateRequest request, CultureInfo requestCulture, CancellationToken ct)
        {
            if (IsUnsupportedLocale(requestCulture))
            {
                return null;
            }

            var text = await _inner.TranslateTextAsync(request.Text, request.Source, request.Target, ct);
            return new TranslateResponse(text, request.Target);
        }
    }

    [ApiController]
    [Route("api/translate")]
    public sealed class TranslateController : ControllerBase
    {
        private readonly LocaleAwareTranslator _translator;

        public TranslateController(LocaleAwareTranslator translator) => _translator = translator;

        [HttpPost]
        public async Task<IActionResult> Post([FromBody] TranslateRequest request, CancellationToken ct)
        {
            var culture = HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture
                          ?? CultureInfo.CurrentUICulture;

            var result = await _translator.TranslateAsync(request, culture, ct);
            if (result is null)
            {
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons,
                    new { error = "Translation is not offered for your locale." });
            }

            return Ok(result);
        }
    }
}
