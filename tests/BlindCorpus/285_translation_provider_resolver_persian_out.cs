// expect: warn A translation extension's backend resolves a translation provider through an extension method with an out parameter and returns false ("translation unavailable in your region") whenever the source, target or UI language is Persian (fa), using the language as a stand-in for Iran; automated translation is authorized for Iran, so this language-based block is over-broad.
// modelled-on: iSegaro/Translate-It issue #37 "Gemini Quota Exceeded: API Access Denied" (paraphrased, not copied; the region restriction reported for Iranian users of the Gemini provider became a C# provider resolver that refuses Persian requests)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case285
{
    using System.Globalization;
    using Microsoft.AspNetCore.Mvc;

    public sealed record TranslationRequest(string Text, string SourceLanguage, string TargetLanguage, string Provider);

    public interface ITranslationProvider
    {
        string Name { get; }
        Task<string> TranslateAsync(string text, string from, string to, CancellationToken ct);
    }

    public static class TranslationProviderResolver
    {
        private const string RestrictedLanguage = "fa";

        public static bool TryResolveProvider(
            this TranslationRequest request,
            IEnumerable<ITranslationProvider> providers,
            CultureInfo uiCulture,
            out ITranslationProvider? provider,
            out string? error)
        {
            provider = null;
            error = null;

            if (IsRestricted(request.SourceLanguage) || IsRestricted(request.TargetLanguage) ||
                uiCulture.TwoLetterISOLanguageName == RestrictedLanguage)
            {
                error = "Translation is not available in your region.";
                return false;
            }

            provider = providers.FirstOrDefault(p => string.Equals(p.Name, request.Provider, StringComparison.OrdinalIgnoreCase))
                       ?? providers.FirstOrDefault();
            if (provider is null)
            {
                error = "No translation provider configured.";
                return false;
            }

            return true;
        }

        private static bool IsRestricted(string language) =>
            language.Split('-', '_')[0].Equals(RestrictedLanguage, StringComparison.OrdinalIgnoreCase);
    }

    [ApiController]
    [Route("api/translate")]
    public sealed class TranslateController : ControllerBase
    {
        private readonly IEnumerable<ITranslationProvider> _providers;

        public TranslateController(IEnumerable<ITranslationProvider> providers) => _providers = providers;

        [HttpPost]
        public async Task<IActionResult> Translate([FromBody] TranslationRequest request, CancellationToken ct)
        {
            if (!request.TryResolveProvider(_providers, CultureInfo.CurrentUICulture, out var provider, out var error))
            {
                return UnprocessableEntity(new { error });
            }

            var translated = await provider!.TranslateAsync(request.Text, request.SourceLanguage, request.TargetLanguage, ct);
            return Ok(new { provider = provider.Name, translated });
        }
    }
}
