// expect: none chooses CLDR pluralization rules and text direction by culture (including "fa"); pure localization, nothing is blocked
// modelled-on: OrchardCMS/OrchardCore src/OrchardCore/OrchardCore.Localization.Core/DefaultPluralRuleProvider.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Globalization;

namespace BlindCorpus.Case087;

public delegate int PluralRule(int count);

public interface IPluralRuleSource
{
    int Order { get; }
    bool TryGetRule(CultureInfo culture, out PluralRule? rule);
}

public class CldrPluralRuleSource : IPluralRuleSource
{
    private static readonly Dictionary<string, PluralRule> Rules = new();

    static CldrPluralRuleSource()
    {
        Register(new[] { "fa", "id", "ja", "ko", "th", "vi", "zh" }, n => 0);
        Register(new[] { "fr", "pt-BR", "tr" }, n => n > 1 ? 1 : 0);
        Register(new[] { "de", "en", "es", "it", "nl", "sv", "he", "ur" }, n => n != 1 ? 1 : 0);
        Register(new[] { "ru", "uk", "sr" }, n => n % 10 == 1 && n % 100 != 11 ? 0 : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 10 || n % 100 >= 20) ? 1 : 2);
        Register(new[] { "ar" }, n => n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);
    }

    public int Order => 0;

    public bool TryGetRule(CultureInfo culture, out PluralRule? rule)
    {
        var neutral = culture;
        while (neutral.Parent.Name != "")
            neutral = neutral.Parent;

        return Rules.TryGetValue(neutral.Name, out rule);
    }

    private static void Register(string[] cultures, PluralRule rule)
    {
        foreach (var c in cultures)
            Rules.Add(c, rule);
    }
}

public static class LanguageDirection
{
    public const string Ltr = "ltr";
    public const string Rtl = "rtl";

    public static string GetLanguageDirection(this CultureInfo culture)
        => culture.TextInfo.IsRightToLeft ? Rtl : Ltr;
}

public class LocalizedLayoutMiddleware
{
    private readonly RequestDelegate _next;

    public LocalizedLayoutMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, IEnumerable<IPluralRuleSource> sources)
    {
        var culture = CultureInfo.CurrentUICulture; // e.g. fa-IR, ar-SA, en-US
        context.Items["html-dir"] = culture.GetLanguageDirection();

        PluralRule? rule = null;
        foreach (var source in sources.OrderBy(s => s.Order))
        {
            if (source.TryGetRule(culture, out rule))
                break;
        }
        context.Items["plural-rule"] = rule ?? (n => n != 1 ? 1 : 0);

        await _next(context);
    }
}
