// expect: none A CS2 server plugin looks up a joining player's country and city in GeoLite2 and announces "<name> connected from <country, city>" in chat and the console, picking the country-name language from config; players from any country, Iran included, join normally and nothing is blocked.
// modelled-on: webpashtet/ConnectInfo src/ConnectInfo.cs (paraphrased, not copied; MaxMind.Db's raw Reader + dynamic JSON became MaxMind.GeoIP2's DatabaseReader.TryCity, and the language switch became a Names dictionary lookup)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 (CounterStrikeSharp API stubbed in file)
// source: blind

namespace BlindCorpus.Case272
{
    using System.Net;
    using MaxMind.GeoIP2;

    // --- minimal CounterStrikeSharp stubs ---
    public enum HookResult { Continue, Handled }
    public sealed class CCSPlayerController { public string PlayerName { get; set; } = ""; public string? IpAddress { get; set; } public bool IsBot { get; set; } }
    public sealed class EventPlayerConnectFull { public CCSPlayerController? Userid { get; set; } }
    [AttributeUsage(AttributeTargets.Method)] public sealed class GameEventHandlerAttribute : Attribute { }
    public abstract class BasePlugin { public abstract string ModuleName { get; } public virtual void Load(bool hotReload) { } public virtual void Unload(bool hotReload) { } }
    public static class ServerChat { public static void PrintToChatAll(string message) => Console.WriteLine(message); }
    // --- end stubs ---

    public sealed class ConnectInfoConfig
    {
        public string GeoLiteLanguage { get; set; } = "en";
        public bool CityIncluded { get; set; } = true;
        public string DatabasePath { get; set; } = "shared/GeoLite2-City.mmdb";
    }

    public sealed class ConnectAnnouncer : BasePlugin
    {
        private DatabaseReader? _reader;

        public ConnectInfoConfig Config { get; set; } = new();

        public override string ModuleName => "Connect Announcer";

        public override void Load(bool hotReload) => _reader = new DatabaseReader(Config.DatabasePath);

        public override void Unload(bool hotReload) => _reader?.Dispose();

        [GameEventHandler]
        public HookResult OnPlayerConnectFull(EventPlayerConnectFull @event)
        {
            var player = @event.Userid;
            if (player is null || player.IsBot)
            {
                return HookResult.Continue;
            }

            var ip = player.IpAddress?.Split(':')[0];
            var where = ip is null ? null : DescribeLocation(ip);

            var message = where is null
                ? $"{player.PlayerName} connected"
                : $"{player.PlayerName} connected from {where}";

            Console.WriteLine($"[ConnectAnnouncer] {message}");
            ServerChat.PrintToChatAll(message);
            return HookResult.Continue;
        }

        private string? DescribeLocation(string ip)
        {
            if (_reader is null || !IPAddress.TryParse(ip, out var address) || !_reader.TryCity(address, out var city) || city is null)
            {
                return null;
            }

            var lang = Config.GeoLiteLanguage;
            var country = city.Country.Names.TryGetValue(lang, out var localized) ? localized : city.Country.Name;
            if (string.IsNullOrEmpty(country))
            {
                return null;
            }

            var cityName = city.City.Names.TryGetValue(lang, out var localizedCity) ? localizedCity : city.City.Name;
            return Config.CityIncluded && !string.IsNullOrEmpty(cityName) ? $"{country}, {cityName}" : country;
        }
    }
}
