using System.Collections.Concurrent;
using System.Net;

namespace ArenaServer.Game;

/// <summary>A connected player, on either transport.</summary>
public sealed class PlayerSession
{
    public required string Id { get; init; }

    public required string Nickname { get; init; }

    public required IPAddress Address { get; init; }

    /// <summary>The IANA time zone the client reports in its hello packet, for match scheduling.</summary>
    public string ClientTimeZone { get; init; } = "UTC";

    public Func<string, Task> Disconnect { get; init; } = _ => Task.CompletedTask;

    public Task DisconnectAsync(string reason) => Disconnect(reason);
}

/// <summary>Everyone online right now.</summary>
public sealed class PlayerRegistry
{
    private readonly ConcurrentDictionary<string, PlayerSession> _players = new();

    public ICollection<PlayerSession> Online => _players.Values;

    public void Add(PlayerSession session) => _players[session.Id] = session;

    public void Remove(string id) => _players.TryRemove(id, out _);

    public Task KickAsync(string id, string reason) =>
        _players.TryRemove(id, out var session) ? session.DisconnectAsync(reason) : Task.CompletedTask;
}
