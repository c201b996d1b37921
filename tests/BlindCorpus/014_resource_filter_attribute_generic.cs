// expect: info IResourceFilter attribute short-circuits with 403 for IR, CU and KP, but it is not applied to any controller and nothing names the service it guards, so whether the blocked feature is authorized cannot be told
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection/Filters/GeoRouteAttribute.cs (paraphrased, not copied; the country-from-HttpContext attribute form is kept, the deny behaviour and IResourceFilter are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace BlindCorpus.Case014;

public static class CountryContext
{
    public const string ItemKey = "visitor.country";

    public static string? GetCountryCode(this HttpContext context) => context.Items[ItemKey] as string;
}

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class RestrictedRegionAttribute : Attribute, IResourceFilter
{
    private static readonly HashSet<string> Restricted = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var code = context.HttpContext.GetCountryCode();
        if (code is not null && Restricted.Contains(code))
        {
            context.Result = new ObjectResult(new { error = "Not available in your region" })
            {
                StatusCode = StatusCodes.Status403Forbidden,
            };
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
