// expect: none MVC action filter only swaps the Razor view per visitor country (IR gets the Persian view, CU the Spanish one, others the default); this is localization, nothing is denied
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection/Filters/GeoRouteAttribute.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BlindCorpus.Case018;

public static class GeoContextExtensions
{
    public static string? GetCountryCode(this HttpContext context) => context.Items["GeoCountry"] as string;
}

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class CountryViewAttribute : ActionFilterAttribute
{
    /// <summary>Example: "IR:Index.fa,CU:Index.es"</summary>
    public string? CountryViews { get; set; }

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        var code = context.HttpContext.GetCountryCode();
        var map = Parse(CountryViews);
        if (code is not null && map.TryGetValue(code, out var view))
            context.HttpContext.Items["GeoRouteView"] = view;

        base.OnActionExecuting(context);
    }

    public override void OnActionExecuted(ActionExecutedContext context)
    {
        if (context.Result is ViewResult viewResult &&
            context.HttpContext.Items["GeoRouteView"] is string preferred)
        {
            viewResult.ViewName = preferred;
        }

        base.OnActionExecuted(context);
    }

    private static Dictionary<string, string> Parse(string? mapping)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrEmpty(mapping)) return result;
        foreach (var pair in mapping.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split(':', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2) result[parts[0].Trim()] = parts[1].Trim();
        }
        return result;
    }
}

public sealed class HomeController : Controller
{
    [CountryView(CountryViews = "IR:Index.fa,CU:Index.es")]
    public IActionResult Index() => View();
}
