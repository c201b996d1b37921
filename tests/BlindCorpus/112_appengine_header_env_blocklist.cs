// expect: info minimal-API endpoint answers 451 when X-AppEngine-Country is in the BLOCKED_COUNTRIES environment variable; both the jurisdictions (environment) and the guarded content are unknown statically
// modelled-on: superducktoes/bostondives netlify/edge-functions/ip-rep.js (paraphrased, not copied; ported to C# on App Engine with the header documented in palladius/goliardia-it.appspot.com request_headers.php)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case112;

public static class EdgeGate
{
    private static readonly string[] BlockedCountries =
        (Environment.GetEnvironmentVariable("BLOCKED_COUNTRIES") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static void Map(WebApplication app)
    {
        app.MapGet("/{**path}", (HttpContext context, string? path) =>
        {
            var countryCode = context.Request.Headers["X-AppEngine-Country"].FirstOrDefault() ?? "ZZ";

            if (BlockedCountries.Length > 0 && Array.IndexOf(BlockedCountries, countryCode.ToUpperInvariant()) >= 0)
            {
                return Results.Content(
                    $"We're sorry, you can't access our content from {countryCode}!",
                    "text/html",
                    statusCode: StatusCodes.Status451UnavailableForLegalReasons);
            }

            return Results.Content($"Hello there! You can freely access /{path} from {countryCode}.", "text/html");
        });
    }
}
