// expect: warn minimal-API endpoint filter returns 451 for IR, CU and KP on the chat message endpoints; chat/instant messaging is authorized for Iran and Cuba
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection/Extensions/EndpointGeoRoutingExtensions.cs (paraphrased, not copied; BlockCountries filter applied to chat routes instead of the demo routes)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case003;

public sealed class VisitorLocation
{
    public string CountryCode { get; init; } = "";
    public string? CountryName { get; init; }
}

public static class GeoEndpointExtensions
{
    public const string LocationItemKey = "GeoLocation";

    public static RouteHandlerBuilder BlockCountries(this RouteHandlerBuilder builder, params string[] countryCodes)
    {
        return builder.AddEndpointFilter(async (ctx, next) =>
        {
            var location = ctx.HttpContext.Items[LocationItemKey] as VisitorLocation;
            if (location is null)
                return await next(ctx);

            if (countryCodes.Contains(location.CountryCode, StringComparer.OrdinalIgnoreCase))
                return Results.StatusCode(StatusCodes.Status451UnavailableForLegalReasons);

            return await next(ctx);
        });
    }
}

public sealed record ChatMessage(string Room, string From, string Text);

public static class ChatApi
{
    public static void Map(WebApplication app)
    {
        var chat = app.MapGroup("/api/chat");

        chat.MapPost("/rooms/{room}/messages", (string room, ChatMessage msg) =>
                Results.Accepted($"/api/chat/rooms/{room}/messages"))
            .BlockCountries("IR", "CU", "KP");

        chat.MapGet("/rooms/{room}/messages", (string room) =>
                Results.Ok(Array.Empty<ChatMessage>()))
            .BlockCountries("IR", "CU", "KP");
    }
}
