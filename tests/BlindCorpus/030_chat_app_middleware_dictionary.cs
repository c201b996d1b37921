// expect: warn whole-app middleware looks up the MaxMind country in a dictionary of sanctioned regions (IR, CU, KP) with TryGetValue and answers 451 for every request, in an app whose endpoints are a chat hub, login and message history; blocks authorized chat and sign-in for Iran and Cuba
// modelled-on: immisterio/Lampac Shared/Engine/CORE/GeoIP2.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case030;

using MaxMind.GeoIP2;
using Microsoft.AspNetCore.SignalR;

public static class GeoLookup
{
    private static readonly DatabaseReader? CountryReader =
        File.Exists("GeoLite2-Country.mmdb") ? new DatabaseReader("GeoLite2-Country.mmdb") : null;

    public static string? Country(string? ip)
    {
        if (string.IsNullOrWhiteSpace(ip) || CountryReader == null)
        {
            return null;
        }

        try
        {
            return CountryReader.Country(ip).Country.IsoCode?.ToUpperInvariant();
        }
        catch
        {
            return null;
        }
    }
}

public class RegionGateMiddleware
{
    private static readonly Dictionary<string, string> SanctionedRegions = new()
    {
        ["IR"] = "Iran",
        ["CU"] = "Cuba",
        ["KP"] = "North Korea",
    };

    private readonly RequestDelegate _next;

    public RegionGateMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        var iso = GeoLookup.Country(context.Connection.RemoteIpAddress?.ToString());
        if (iso != null && SanctionedRegions.TryGetValue(iso, out var regionName))
        {
            context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
            await context.Response.WriteAsync($"Service unavailable in {regionName}.");
            return;
        }

        await _next(context);
    }
}

public class MessengerHub : Hub
{
    public Task Say(string text) => Clients.Others.SendAsync("said", Context.UserIdentifier, text);
}

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSignalR();
        builder.Services.AddAuthentication();
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseMiddleware<RegionGateMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapPost("/account/login", (HttpContext ctx) => Results.Ok(new { token = "..." }));
        app.MapGet("/messages/{conversationId}", (string conversationId) => Results.Ok(Array.Empty<string>()));
        app.MapHub<MessengerHub>("/hubs/messenger");
        app.Run();
    }
}
