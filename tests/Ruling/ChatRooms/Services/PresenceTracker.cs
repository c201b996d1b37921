using System.Collections.Concurrent;
using ChatRooms.Models;

namespace ChatRooms.Services;

/// <summary>Who is online. The country only decides which flag is shown next to the name.</summary>
public sealed class PresenceTracker
{
    private readonly ConcurrentDictionary<string, PresenceEntry> _online = new();

    public void Connected(string connectionId, string userId, string? country)
    {
        _online[connectionId] = new PresenceEntry(userId, userId, country, FlagFor(country));
    }

    public void Disconnected(string connectionId) => _online.TryRemove(connectionId, out _);

    public IReadOnlyList<PresenceEntry> Snapshot() => _online.Values.OrderBy(e => e.DisplayName, StringComparer.Ordinal).ToList();

    /// <summary>Regional-indicator emoji for a two-letter code; a white flag when unknown.</summary>
    private static string FlagFor(string? country)
    {
        if (country is null || country.Length != 2 || country == "XX" || country == "T1")
        {
            return "\U0001F3F3";
        }

        var upper = country.ToUpperInvariant();
        return char.ConvertFromUtf32(0x1F1E6 + upper[0] - 'A') + char.ConvertFromUtf32(0x1F1E6 + upper[1] - 'A');
    }
}

/// <summary>The rooms and how many members each has.</summary>
public sealed class RoomDirectory
{
    private readonly ConcurrentDictionary<string, int> _members = new(StringComparer.OrdinalIgnoreCase);

    public void Joined(string room) => _members.AddOrUpdate(room, 1, (_, n) => n + 1);

    public void Left(string room) => _members.AddOrUpdate(room, 0, (_, n) => Math.Max(0, n - 1));

    public IReadOnlyList<RoomInfo> List() =>
        _members.Select(m => new RoomInfo(m.Key, "", m.Value, m.Key.EndsWith("-fa", StringComparison.Ordinal) ? "fa" : null)).ToList();
}
