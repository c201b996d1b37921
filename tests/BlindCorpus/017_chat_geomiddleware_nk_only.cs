// expect: ok whole-app middleware denies the countries named in GeoSettings:BlockedCountries, and appsettings.json names only North Korea; KP has no communications general license, so blocking the chat hub there is still required
// modelled-on: aliabooof/Middleware-Collection-for-ASP.NET-Core MiddleWares/MiddleWares/GeographyMiddleware.cs (paraphrased, not copied; its README example list included "North Korea")
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case017;

public sealed class GeoSettings
{
    public List<string> BlockedCountries { get; set; } = new();
}

public interface ICountryByIp
{
    Task<string> GetCountryNameAsync(string ip);
}

public sealed class GeoFenceMiddleware
{
    private readonly RequestDelegate _next;
    private readonly GeoSettings _settings;

    public GeoFenceMiddleware(RequestDelegate next, IOptions<GeoSettings> settings)
    {
        _next = next;
        _settings = settings.Value;
    }

    public async Task Invoke(HttpContext context, ICountryByIp geo)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (ip is not null)
        {
            var country = await geo.GetCountryNameAsync(ip);
            foreach (var blocked in _settings.BlockedCountries)
            {
                if (string.Equals(blocked, country, StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsync("Access denied: your country is blocked.");
                    return;
                }
            }
        }

        await _next(context);
    }
}

public sealed class LobbyChatHub : Hub
{
    public Task Say(string text) => Clients.Others.SendAsync("said", Context.UserIdentifier, text);
}

public static class LobbyProgram
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.Configure<GeoSettings>(builder.Configuration.GetSection("GeoSettings"));
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseMiddleware<GeoFenceMiddleware>();
        app.MapHub<LobbyChatHub>("/hubs/lobby");
        return app;
    }
}
