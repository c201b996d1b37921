// expect: warn Blazor Server community-chat app runs a whole-app middleware that returns 403 for client IPs inside CIDR blocks configured in appsettings as Iranian address space: chat is authorized for Iran
// modelled-on: guitarrapc/csharp-lab src/Blazor/BlazorServerIPBlockApp/Middlewares/DebugSafeIPListMiddleware.cs (paraphrased, not copied; allow list turned into a deny list of Iranian networks)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case107;

using System.Net;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

public sealed class BlockedNetworkOptions
{
    public bool Enabled { get; set; }
    public string? Description { get; set; }
    public string[]? IpNetworks { get; set; }
    public string[]? AlwaysAllowPath { get; set; }
}

public sealed class BlockedNetworkMiddleware
{
    private readonly RequestDelegate _next;
    private readonly ILogger<BlockedNetworkMiddleware> _logger;
    private readonly IReadOnlyList<string> _alwaysAllow;
    private readonly IPNetwork[] _networks;

    public BlockedNetworkMiddleware(RequestDelegate next, ILogger<BlockedNetworkMiddleware> logger, IOptions<BlockedNetworkOptions> options)
    {
        _next = next;
        _logger = logger;
        var value = options.Value;

        if (!value.Enabled)
        {
            _alwaysAllow = Array.Empty<string>();
            _networks = Array.Empty<IPNetwork>();
            return;
        }

        _alwaysAllow = value.AlwaysAllowPath ?? Array.Empty<string>();
        var parsed = new List<IPNetwork>();
        foreach (var cidr in value.IpNetworks ?? Array.Empty<string>())
        {
            if (IPNetwork.TryParse(cidr, out var network))
                parsed.Add(network);
        }
        _networks = parsed.ToArray();
    }

    public async Task Invoke(HttpContext context)
    {
        var remoteIp = context.Connection.RemoteIpAddress;

        if (remoteIp is not null && _networks.Length > 0 &&
            !_alwaysAllow.Any(p => p.Equals(context.Request.Path, StringComparison.OrdinalIgnoreCase)))
        {
            if (remoteIp.IsIPv4MappedToIPv6)
                remoteIp = remoteIp.MapToIPv4();

            if (Array.Exists(_networks, n => n.Contains(remoteIp)))
            {
                _logger.LogWarning("Forbidden request from blocked network: {RemoteIP}", remoteIp);
                context.Response.StatusCode = (int)HttpStatusCode.Forbidden;
                return;
            }
        }

        await _next.Invoke(context);
    }
}

public sealed class RoomHub : Hub
{
    public Task Say(string room, string text) => Clients.Group(room).SendAsync("said", Context.UserIdentifier, text);

    public Task Enter(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);
}

public static class CommunityChatApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.Configure<BlockedNetworkOptions>(builder.Configuration.GetSection("BlockedNetworks"));
        builder.Services.AddRazorPages();
        builder.Services.AddServerSideBlazor();
        builder.Services.AddSignalR();

        var app = builder.Build();
        app.UseMiddleware<BlockedNetworkMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapBlazorHub();
        app.MapHub<RoomHub>("/hubs/rooms");
        app.MapFallbackToPage("/_Host");
        return app;
    }
}
