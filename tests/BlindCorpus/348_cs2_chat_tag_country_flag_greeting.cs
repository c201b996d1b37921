// expect: none A Counter-Strike 2 server plugin resolves each player's country from GeoLite2 on connect, prints "<name> connected from <country>" to chat, prefixes that player's chat lines with a [XX] country tag, and for Iranian (IR) and Afghan players sends the welcome text in Persian; the country code is used only for display and localization, nothing is blocked or degraded.
// modelled-on: K4ryuu/Kitsune.SDK (the static GeoIP utility with the {country_short}/{country_long} placeholders, paraphrased, not copied; kept the lazy DatabaseReader, the IP:PORT split and the CountryInfo record with an "??"/"Unknown" default, with the CounterStrikeSharp types stubbed, and added the connect announcement, chat tag and localized greeting)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, CounterStrikeSharp.API (stubbed in file)
// source: blind

namespace BlindCorpus.Case348
{
    using System.Collections.Concurrent;
    using MaxMind.GeoIP2;

    // ---- stand-ins for the game server API ----
    public sealed class PlayerController
    {
        public int Slot { get; init; }
        public string PlayerName { get; init; } = "";
        public string? IpAddress { get; init; }
        public bool IsValid { get; init; } = true;
        public void PrintToChat(string message) => Console.WriteLine($"[{Slot}] {message}");
    }

    public static class Server
    {
        public static void PrintToChatAll(string message) => Console.WriteLine($"[all] {message}");
    }

    // ---- GeoIP helper ----
    public static class PlayerGeo
    {
        public readonly record struct CountryInfo(string ShortName, string LongName);

        private static readonly CountryInfo Unknown = new("??", "Unknown");
        private static readonly Lazy<DatabaseReader?> Reader = new(() =>
        {
            var path = Path.Combine(AppContext.BaseDirectory, "GeoLite2-Country.mmdb");
            return File.Exists(path) ? new DatabaseReader(path) : null;
        });

        public static CountryInfo Lookup(PlayerController? player)
        {
            if (player?.IsValid != true || string.IsNullOrEmpty(player.IpAddress))
                return Unknown;

            int colon = player.IpAddress.IndexOf(':');
            string ip = colon > 0 ? player.IpAddress[..colon] : player.IpAddress;

            try
            {
                var reader = Reader.Value;
                if (reader is null)
                    return Unknown;
                var response = reader.Country(ip);
                return response.Country.IsoCode is { } iso && response.Country.Name is { } name ? new CountryInfo(iso, name) : Unknown;
            }
            catch
            {
                return Unknown;
            }
        }
    }

    // ---- the plugin ----
    public sealed class CountryTagsPlugin
    {
        private readonly ConcurrentDictionary<int, PlayerGeo.CountryInfo> _bySlot = new();

        private static readonly Dictionary<string, string> Welcome = new(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "خوش آمدید! برای راهنما !help را تایپ کنید.",
            ["AF"] = "خوش آمدید! برای راهنما !help را تایپ کنید.",
            ["DE"] = "Willkommen! Tippe !help für Hilfe.",
        };

        public void OnPlayerConnectFull(PlayerController player)
        {
            var country = PlayerGeo.Lookup(player);
            _bySlot[player.Slot] = country;

            Server.PrintToChatAll($"{player.PlayerName} connected from {country.LongName}");
            player.PrintToChat(Welcome.TryGetValue(country.ShortName, out var text) ? text : "Welcome! Type !help for help.");
        }

        public string FormatChatLine(PlayerController player, string message)
        {
            var tag = _bySlot.TryGetValue(player.Slot, out var c) ? c.ShortName : "??";
            return $"[{tag}] {player.PlayerName}: {message}";
        }

        public void OnPlayerDisconnect(PlayerController player) => _bySlot.TryRemove(player.Slot, out _);
    }
}
