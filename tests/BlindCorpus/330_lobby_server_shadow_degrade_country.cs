// expect: warn A multiplayer RTS lobby server lets players from a country listed in its RestrictedJurisdictions table (seeded with IR, CU, SY, KP, looked up through GeoLite2) log in, but then silently degrades them: the battle list comes back empty, joining chat rooms is refused, friends are hidden and a fake player count is shown, so players in Iran cannot actually play online or chat; online gaming and its chat are authorized for Iran under GL D-2.
// modelled-on: beyond-all-reason/teiserver issue #1456 "Server is blocking Iranians" (paraphrased, not copied; the reported symptoms - login works but no lobbies, no chat, empty friends, fake player count - became a C# lobby service that applies those restrictions to players whose GeoIP country is in an EF-style jurisdiction table; the DbContext is stubbed in file)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case330
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    // --- EF Core-shaped entities and context (stubbed) ---
    public sealed class RestrictedJurisdiction
    {
        public int Id { get; set; }
        public string IsoCode { get; set; } = string.Empty;
        public string Reason { get; set; } = string.Empty;
        public bool Active { get; set; } = true;
    }

    public sealed class LobbyDbContext
    {
        public List<RestrictedJurisdiction> RestrictedJurisdictions { get; } = new()
        {
            new() { Id = 1, IsoCode = "IR", Reason = "OFAC" },
            new() { Id = 2, IsoCode = "CU", Reason = "OFAC" },
            new() { Id = 3, IsoCode = "SY", Reason = "OFAC" },
            new() { Id = 4, IsoCode = "KP", Reason = "OFAC" },
        };
    }

    public sealed class LobbyClient
    {
        public required string UserName { get; init; }
        public required IPAddress Address { get; init; }
        public bool Limited { get; set; }
        public List<string> Friends { get; } = new();
    }

    public sealed record BattleSummary(int Id, string Title, string Map, int Players, int MaxPlayers);

    public sealed class LobbyService
    {
        private readonly LobbyDbContext _db;
        private readonly DatabaseReader _geo;
        private readonly ILogger<LobbyService> _log;
        private readonly List<BattleSummary> _battles = new();
        private readonly Dictionary<string, HashSet<string>> _rooms = new(StringComparer.OrdinalIgnoreCase);

        public LobbyService(LobbyDbContext db, DatabaseReader geo, ILogger<LobbyService> log)
        {
            _db = db;
            _geo = geo;
            _log = log;
        }

        public int OnlineCount => _rooms.Values.Sum(r => r.Count);

        public string Login(LobbyClient client)
        {
            var iso = _geo.TryCountry(client.Address, out var resp) ? resp?.Country.IsoCode : null;
            client.Limited = iso is not null && _db.RestrictedJurisdictions.Any(j => j.Active && j.IsoCode == iso);
            if (client.Limited)
                _log.LogInformation("{User} logged in from restricted jurisdiction {Iso}", client.UserName, iso);
            return "ACCEPTED " + client.UserName;
        }

        public IReadOnlyList<BattleSummary> ListBattles(LobbyClient client) =>
            client.Limited ? Array.Empty<BattleSummary>() : _battles;

        public int PlayerCountFor(LobbyClient client) =>
            client.Limited ? Random.Shared.Next(900, 1400) : OnlineCount;

        public IReadOnlyList<string> FriendsOf(LobbyClient client) =>
            client.Limited ? Array.Empty<string>() : client.Friends;

        public bool JoinRoom(LobbyClient client, string room)
        {
            if (client.Limited)
                return false;

            if (!_rooms.TryGetValue(room, out var members))
                _rooms[room] = members = new HashSet<string>();
            members.Add(client.UserName);
            return true;
        }
    }
}
