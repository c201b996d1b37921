// expect: warn action-filter attribute with a comma list "IR,CU,KP" (Split + Any/string.Equals) returns 403 on a conversations/messages API: messaging is authorized for Iran and Cuba
// modelled-on: scottgal/stylobot Mostlylucid.BotDetection/Filters/BotProtectionFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case101;

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

/// <summary>
/// Bot / network protection attribute. Network rules run first and apply to every caller,
/// not only to detected bots.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class GuardTrafficAttribute : ActionFilterAttribute
{
    public int StatusCode { get; set; } = StatusCodes.Status403Forbidden;

    public string Message { get; set; } = "Access denied";

    /// <summary>Comma separated ISO 3166-1 alpha-2 codes to refuse, e.g. "CN,RU".</summary>
    public string? DenyCountries { get; set; }

    /// <summary>Comma separated ISO codes; when set only these pass.</summary>
    public string? OnlyCountries { get; set; }

    public bool DenyTor { get; set; }

    public bool DenyDatacenter { get; set; }

    public override void OnActionExecuting(ActionExecutingContext context)
    {
        if (NetworkRules.ShouldReject(context.HttpContext, DenyCountries, OnlyCountries, DenyTor, DenyDatacenter))
        {
            context.Result = new ObjectResult(new { error = Message, blocked = true, reason = "network" })
            {
                StatusCode = StatusCode
            };
            return;
        }

        base.OnActionExecuting(context);
    }
}

internal static class NetworkRules
{
    private const StringSplitOptions SplitOptions = StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries;

    public static bool ShouldReject(HttpContext http, string? deny, string? only, bool denyTor, bool denyDatacenter)
    {
        if (string.IsNullOrEmpty(deny) && string.IsNullOrEmpty(only) && !denyTor && !denyDatacenter)
            return false;

        // Gateway forwards the detected country and network flags as headers.
        var country = http.Request.Headers["X-Bot-Detection-Country"].FirstOrDefault();
        var flags = http.Request.Headers["X-Bot-Detection-NetworkFlags"].FirstOrDefault() ?? string.Empty;

        if (denyTor && flags.Contains("tor", StringComparison.OrdinalIgnoreCase))
            return true;
        if (denyDatacenter && flags.Contains("datacenter", StringComparison.OrdinalIgnoreCase))
            return true;

        if (string.IsNullOrEmpty(country))
            return false;

        if (!string.IsNullOrEmpty(only))
        {
            var permitted = only.Split(',', SplitOptions);
            if (!permitted.Any(c => c.Equals(country, StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        if (!string.IsNullOrEmpty(deny))
        {
            var refused = deny.Split(',', SplitOptions);
            if (refused.Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }
}

public sealed record PostedMessage(string Author, string Text);

[ApiController]
[Route("api/conversations")]
[GuardTraffic(DenyCountries = "IR,CU,KP", DenyTor = true)]
public sealed class ConversationsController : ControllerBase
{
    private static readonly Dictionary<string, List<PostedMessage>> Threads = new();

    [HttpGet("{conversationId}/messages")]
    public IActionResult GetMessages(string conversationId)
        => Ok(Threads.TryGetValue(conversationId, out var list) ? list : new List<PostedMessage>());

    [HttpPost("{conversationId}/messages")]
    public IActionResult Send(string conversationId, [FromBody] PostedMessage message)
    {
        if (!Threads.TryGetValue(conversationId, out var list))
            Threads[conversationId] = list = new List<PostedMessage>();
        list.Add(message);
        return Accepted();
    }
}
