// expect: none the translation widget picks a default target language from the visitor's RegionInfo (IR/AF -> fa, DE/AT/CH -> de, ...); a language choice, every region still gets translations
// modelled-on: marcominerva/TranslatorService Samples/WebApiSample/Controllers/TranslatorController.cs (paraphrased, not copied; default-language selection is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case080;

using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

public static class DefaultLanguagePicker
{
    public static string ForRegion(RegionInfo region)
    {
        switch (region.TwoLetterISORegionName)
        {
            case "IR":
            case "AF":
            case "TJ":
                return "fa";
            case "DE":
            case "AT":
            case "CH":
                return "de";
            case "CU":
            case "ES":
            case "MX":
            case "AR":
                return "es";
            case "BR":
            case "PT":
                return "pt";
            default:
                return "en";
        }
    }
}

public interface ITextTranslator
{
    Task<string> TranslateAsync(string text, string to);
}

[ApiController]
[Route("api/translate")]
public class TranslateController(ITextTranslator translator) : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Translate([FromBody] string text, [FromQuery] string? to = null)
    {
        var culture = HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.Culture ?? CultureInfo.CurrentCulture;
        RegionInfo? region = null;
        try
        {
            region = culture.IsNeutralCulture || string.IsNullOrEmpty(culture.Name) ? null : new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
        }

        var target = to ?? (region is null ? "en" : DefaultLanguagePicker.ForRegion(region));
        return Ok(new { to = target, text = await translator.TranslateAsync(text, target) });
    }
}
