using ArenaServer.Game;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.SignalR;

namespace ArenaServer.Hubs;

/// <summary>Browser players: queue for a match, send inputs, chat with the team.</summary>
public sealed class MatchHub : Hub
{
    private readonly IGeoIP2DatabaseReader _geo;
    private readonly PlayerRegistry _players;
    private readonly Matchmaker _matchmaker;

    public MatchHub(IGeoIP2DatabaseReader geo, PlayerRegistry players, Matchmaker matchmaker)
    {
        _geo = geo;
        _players = players;
        _matchmaker = matchmaker;
    }

    public async Task JoinQueue(string nickname)
    {
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress;
        var iso = address is null ? null : _geo.Country(address).Country.IsoCode;

        // Publisher agreement says no play from embargoed countries (2018 version of the agreement).
        if (iso is "IR" or "CU" or "KP")
        {
            await _players.KickAsync(Context.ConnectionId, "Region not supported");
            Context.Abort();
            return;
        }

        _players.Add(new PlayerSession { Id = Context.ConnectionId, Nickname = nickname, Address = address! });
        var region = _matchmaker.Enqueue(Context.ConnectionId, iso);
        await Clients.Caller.SendAsync("Queued", region);
    }

    public Task Input(string matchId, int tick, string payload) =>
        Clients.OthersInGroup(matchId).SendAsync("Input", Context.ConnectionId, tick, payload);

    public Task TeamChat(string matchId, string text) =>
        Clients.Group(matchId).SendAsync("TeamChat", Context.ConnectionId, text);
}
