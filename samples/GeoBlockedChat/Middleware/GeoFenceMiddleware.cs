namespace GeoBlockedChat.Middleware;

/// <summary>
/// An application-wide geo-fence in front of every endpoint, as many products have one.
/// </summary>
public sealed class GeoFenceMiddleware
{
    private readonly RequestDelegate _next;

    public GeoFenceMiddleware(RequestDelegate next)
    {
        _next = next;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        // Health checks must always answer.
        if (context.Request.Path.StartsWithSegments("/health"))
        {
            await _next(context);
            return;
        }

        // OVER-BROAD (SANC1001, whole application): this refuses Cuba on every endpoint, including the chat and
        // meeting hubs and the mail action, which 31 CFR 515.578(a)(1) authorizes. The checkout stays blocked
        // either way: payments are not covered by the communications authorization.
        if (context.Request.Headers["CF-IPCountry"] == "CU")
        {
            context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
            return;
        }

        await _next(context);
    }
}
