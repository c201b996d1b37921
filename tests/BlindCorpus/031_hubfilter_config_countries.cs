// expect: info SignalR chat hub filter aborts connections whose MaxMind country is in a list bound from configuration ("Chat:BlockedCountries"); the feature (chat) is clear but the jurisdictions are not in the code and no appsettings.json is given
// modelled-on: VectorGandalf/ExtBlazor src/ExtBlazor/ExtBlazor.Demo/ExtBlazor.Demo/HubFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case031;

using MaxMind.GeoIP2;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

public sealed class ChatGeoOptions
{
    public string DatabasePath { get; set; } = "GeoLite2-Country.mmdb";
    public List<string> BlockedCountries { get; set; } = new();
}

public class GeoHubFilter : IHubFilter
{
    private readonly ChatGeoOptions _options;
    private readonly DatabaseReader _reader;

    public GeoHubFilter(IOptions<ChatGeoOptions> options)
    {
        _options = options.Value;
        _reader = new DatabaseReader(_options.DatabasePath);
    }

    public async ValueTask<object?> InvokeMethodAsync(
        HubInvocationContext invocationContext,
        Func<HubInvocationContext, ValueTask<object?>> next)
    {
        return await next(invocationContext);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        var ip = context.Context.GetHttpContext()?.Connection.RemoteIpAddress;
        if (ip != null && _reader.TryCountry(ip, out var country)
            && _options.BlockedCountries.Contains(country?.Country.IsoCode ?? "", StringComparer.OrdinalIgnoreCase))
        {
            context.Context.Abort();
            return Task.CompletedTask;
        }

        context.Hub.Groups.AddToGroupAsync(context.Context.ConnectionId, "lobby");
        return next(context);
    }

    public Task OnDisconnectedAsync(
        HubLifetimeContext context,
        Exception? exception,
        Func<HubLifetimeContext, Exception?, Task> next)
    {
        return next(context, exception);
    }
}

public class LobbyChatHub : Hub
{
    public Task Post(string text) => Clients.Group("lobby").SendAsync("message", Context.UserIdentifier, text);
}

public static class Startup
{
    public static void Configure(WebApplicationBuilder builder)
    {
        builder.Services.Configure<ChatGeoOptions>(builder.Configuration.GetSection("Chat"));
        builder.Services.AddSingleton<GeoHubFilter>();
        builder.Services.AddSignalR(o => o.AddFilter<GeoHubFilter>());
    }

    public static void Map(WebApplication app) => app.MapHub<LobbyChatHub>("/lobby");
}
