// expect: none A speech-recognition endpoint normalises the requested locale (fa_IR and fa-AF both become the fa model, en_IR becomes en) and answers 400 "speech recognition is not supported for language" when the language model in the catalogue is retired (Persian among several retired languages) or missing; the decision follows the language model, not the caller's country, so it is not a geo-block.
// modelled-on: wit-ai/wit issue #1633 (paraphrased, not copied; the maintainers' explanation that Persian speech recognition was deprecated for all clients became a C# model catalogue with retirement dates and a locale normaliser in front of the recogniser)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case359
{
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;

    public sealed record SpeechModel(string Language, string ModelId, DateOnly? RetiredOn);

    public sealed record Transcript(string Language, string Text, double Confidence);

    public interface IRecognizer
    {
        Task<Transcript> RecognizeAsync(string modelId, Stream audio, string contentType, CancellationToken ct);
    }

    public sealed class SpeechModelCatalog
    {
        private static readonly Dictionary<string, string> LocaleAliases = new(StringComparer.OrdinalIgnoreCase)
        {
            ["fa_IR"] = "fa",
            ["fa-IR"] = "fa",
            ["fa-AF"] = "fa",
            ["prs"] = "fa",
            ["en_IR"] = "en",
            ["en-IR"] = "en",
            ["pt_BR"] = "pt",
            ["zh_TW"] = "zh",
        };

        private readonly IReadOnlyList<SpeechModel> _models =
        [
            new("en", "asr-en-2024", null),
            new("de", "asr-de-2023", null),
            new("pt", "asr-pt-2023", null),
            new("zh", "asr-zh-2022", null),
            new("fa", "asr-fa-2018", new DateOnly(2020, 3, 1)),
            new("ka", "asr-ka-2018", new DateOnly(2020, 3, 1)),
            new("sw", "asr-sw-2019", new DateOnly(2021, 6, 30)),
        ];

        public static string NormaliseLanguage(string? locale)
        {
            if (string.IsNullOrWhiteSpace(locale))
            {
                return "en";
            }

            if (LocaleAliases.TryGetValue(locale.Trim(), out var alias))
            {
                return alias;
            }

            var separator = locale.IndexOfAny(new[] { '_', '-' });
            return (separator > 0 ? locale[..separator] : locale).ToLowerInvariant();
        }

        public SpeechModel? ActiveModelFor(string language, DateOnly today) =>
            _models.FirstOrDefault(m => m.Language == language && (m.RetiredOn is null || m.RetiredOn > today));
    }

    public static class SpeechEndpoints
    {
        public static void MapSpeech(this WebApplication app)
        {
            app.MapPost("/speech", async (HttpRequest request, SpeechModelCatalog catalog, IRecognizer recognizer, CancellationToken ct) =>
            {
                var language = SpeechModelCatalog.NormaliseLanguage(request.Query["locale"]);
                var model = catalog.ActiveModelFor(language, DateOnly.FromDateTime(DateTime.UtcNow));

                if (model is null)
                {
                    return Results.BadRequest(new
                    {
                        code = "bad-request",
                        error = $"Speech recognition is not supported for language: {language}",
                    });
                }

                var transcript = await recognizer.RecognizeAsync(model.ModelId, request.Body, request.ContentType ?? "audio/wav", ct);
                return Results.Ok(transcript);
            });
        }
    }
}
