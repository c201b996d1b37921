// expect: none An arena game server announces each joining player's country in chat ("X joined from Iran"), caching lookups and giving IR, KP and CU players a plain text tag instead of an emoji flag; the country is only displayed, every player is admitted.
// modelled-on: kivattt/JoinsWithCountry README.md (paraphrased, not copied; the join-message mod's cached geolocation is reproduced as a C# server module with a flag special case)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case238
{
    using System.Collections.Concurrent;

    public sealed record ArenaPlayer(string Name, string Ip, bool IsAdmin);

    public interface IGameServer
    {
        IReadOnlyCollection<ArenaPlayer> OnlinePlayers { get; }
        void Broadcast(string message);
    }

    public interface ICountryLookup
    {
        Task<(string Code, string Name)?> LookupAsync(string ip);
    }

    public sealed class JoinAnnouncerModule
    {
        private readonly ConcurrentDictionary<string, (string Code, string Name)?> _cache = new();
        private readonly IGameServer _server;
        private readonly ICountryLookup _lookup;
        public int CacheHits { get; private set; }

        public JoinAnnouncerModule(IGameServer server, ICountryLookup lookup)
        {
            _server = server;
            _lookup = lookup;
        }

        public async Task OnPlayerJoinedAsync(ArenaPlayer player)
        {
            if (_server.OnlinePlayers.Count <= 1)
                return; // nobody to tell

            (string Code, string Name)? country;
            if (_cache.TryGetValue(player.Ip, out var hit)) { country = hit; CacheHits++; }
            else { country = await _lookup.LookupAsync(player.Ip); _cache[player.Ip] = country; }

            if (country is not { } c)
            {
                _server.Broadcast($"{player.Name} joined the arena");
                return;
            }

            var tag = c.Code switch
            {
                "IR" or "KP" or "CU" => $"[{c.Code}]",
                _ => FlagEmoji(c.Code),
            };
            _server.Broadcast($"{player.Name} joined from {c.Name} {tag}");
        }

        private static string FlagEmoji(string code)
            => string.Concat(code.ToUpperInvariant().Select(ch => char.ConvertFromUtf32(0x1F1E6 + ch - 'A')));
    }
}
