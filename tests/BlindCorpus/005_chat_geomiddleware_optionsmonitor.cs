// expect: warn whole-app middleware denies with 403 every country named in GeoSettings:BlockedCountries (appsettings.json lists Iran and Cuba) in an app whose only feature is a SignalR chat hub; chat is authorized
// modelled-on: aliabooof/Middleware-Collection-for-ASP.NET-Core MiddleWares/MiddleWares/GeographyMiddleware/GeographyMiddleware.cs (paraphrased, not copied; the original guards a WeatherForecast sample, here a chat hub)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case005;

public class GeoSettings
{
    public List<string> BlockedCountries { get; set; } = new();
    public GeoApiConfig GeoApi { get; set; } = new();
}

public class GeoApiConfig
{
    public string ApiKey { get; set; } = "";
    public string BaseUrl { get; set; } = "";
}

public interface IGeoLocationService
{
    Task<string> GetCountryByIpAsync(string ip);
}

public class GeographyMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<GeographyMiddleware> _logger;
    private readonly IOptionsMonitor<GeoSettings> _geoSettings;

    public GeographyMiddleware(RequestDelegate next, ILogger<GeographyMiddleware> logger, IOptionsMonitor<GeoSettings> geoSettings)
    {
        _next = next;
        _logger = logger;
        _geoSettings = geoSettings;
    }

    public async Task Invoke(HttpContext context, IGeoLocationService geo)
    {
        var clientIp = context.Connection.RemoteIpAddress?.ToString();
        if (string.IsNullOrEmpty(clientIp))
        {
            await _next(context);
            return;
        }

        var country = await geo.GetCountryByIpAsync(clientIp);
        var blocked = _geoSettings.CurrentValue.BlockedCountries;

        if (blocked.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            _logger.LogWarning("Access denied for country: {Country}", country);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"Access denied: your country ({country}) is blocked.");
            return;
        }

        await _next(context);
    }
}

public class ChatHub : Hub
{
    public Task SendMessage(string user, string message) =>
        Clients.All.SendAsync("ReceiveMessage", user, message);
}

public static class ChatProgram
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.Configure<GeoSettings>(builder.Configuration.GetSection("GeoSettings"));
        builder.Services.AddSignalR();

        var app = builder.Build();
        app.UseMiddleware<GeographyMiddleware>();
        app.MapHub<ChatHub>("/chathub");
        return app;
    }
}
