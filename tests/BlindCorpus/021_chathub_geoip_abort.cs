// expect: warn SignalR chat hub aborts the connection of any caller whose MaxMind country is IR, CU or KP; chat/instant messaging is authorized for Iran and Cuba (31 CFR 560.540, 515.578)
// modelled-on: GZTimeWalker/GZCTF GZCTF/Hubs/UserHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case021;

using System.Net;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.SignalR;

public interface IChatClient
{
    Task ReceiveMessage(string room, string user, string text);
    Task SystemNotice(string text);
}

public static class ConnectionGuard
{
    private static readonly HashSet<string> Embargoed = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

    public static bool FromEmbargoedCountry(HttpContext http, DatabaseReader geo)
    {
        IPAddress? ip = http.Connection.RemoteIpAddress;
        if (ip is null || IPAddress.IsLoopback(ip))
        {
            return false;
        }

        return geo.TryCountry(ip, out var response)
            && response?.Country.IsoCode is { } iso
            && Embargoed.Contains(iso);
    }
}

public sealed class RoomChatHub : Hub<IChatClient>
{
    private readonly DatabaseReader _geo;

    public RoomChatHub(DatabaseReader geo) => _geo = geo;

    public override async Task OnConnectedAsync()
    {
        var http = Context.GetHttpContext();
        if (http is null || ConnectionGuard.FromEmbargoedCountry(http, _geo))
        {
            Context.Abort();
            return;
        }

        await base.OnConnectedAsync();
    }

    public async Task Join(string room)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, room);
        await Clients.Group(room).SystemNotice($"{Context.UserIdentifier} joined {room}");
    }

    public Task Send(string room, string text) =>
        Clients.Group(room).ReceiveMessage(room, Context.UserIdentifier ?? "anon", text);
}
