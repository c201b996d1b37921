// expect: warn machine-translation endpoint returns 451 when the request culture is fa-IR or the target language is Persian ("fa"), a language proxy that also hits Persian speakers outside Iran; automated translation is authorized
// modelled-on: marcominerva/TranslatorService Samples/WebApiSample/Controllers/TranslatorController.cs (paraphrased, not copied; the culture gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace TranslatorService
{
    public sealed class TranslationResponse
    {
        public string Text { get; init; } = string.Empty;
        public string To { get; init; } = string.Empty;
    }

    public interface ITranslatorClient
    {
        Task<TranslationResponse> TranslateAsync(string input, string to);
    }
}

namespace BlindCorpus.Case064
{
    using Microsoft.AspNetCore.Localization;
    using Microsoft.AspNetCore.Mvc;
    using TranslatorService;

    public sealed class TranslatorRequest
    {
        public string Text { get; set; } = string.Empty;
        public string TargetLanguage { get; set; } = "en";
    }

    [ApiController]
    [Route("[controller]")]
    public class TranslatorController : ControllerBase
    {
        private const string PersianCulture = "fa-IR";
        private readonly ITranslatorClient translatorClient;

        public TranslatorController(ITranslatorClient translatorClient)
        {
            this.translatorClient = translatorClient;
        }

        [HttpPost]
        [ProducesResponseType(typeof(TranslationResponse), StatusCodes.Status200OK)]
        public async Task<IActionResult> Translate(TranslatorRequest request)
        {
            var uiCulture = HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture;

            if (uiCulture?.Name == PersianCulture
                || request.TargetLanguage.Trim().Equals("fa", StringComparison.OrdinalIgnoreCase))
            {
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons,
                    "Translation is not offered for this locale.");
            }

            var response = await translatorClient.TranslateAsync(request.Text, request.TargetLanguage);
            return Ok(response);
        }
    }
}
