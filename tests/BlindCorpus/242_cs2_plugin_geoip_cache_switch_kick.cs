// expect: warn A CS2 game-server plugin looks up each connecting player's country in a GeoLite2 database (cached per IP as a short/long name tuple) and a switch statement with stacked case labels for IR, SY, CU and KP kicks the player, so people in Iran, Syria, Cuba and North Korea cannot play online (e-gaming is an authorized communication service).
// modelled-on: hoan111/K4-Zenith GeoIP.cs (paraphrased, not copied; the country lookup helper that only displayed a flag/name now drives a kick decision in a connect handler with a stacked-label switch)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case242
{
    using System.Collections.Concurrent;
    using MaxMind.GeoIP2;

    public sealed class GamePlayer
    {
        public GamePlayer(int slot, string name, string ip)
        {
            Slot = slot;
            Name = name;
            IpAddress = ip;
        }

        public int Slot { get; }
        public string Name { get; }
        public string IpAddress { get; }
        public string? KickReason { get; private set; }

        public void Kick(string reason) => KickReason = reason;
    }

    public abstract class GamePluginBase
    {
        public abstract string ModuleName { get; }
        public string ModuleDirectory { get; init; } = AppContext.BaseDirectory;
        public virtual void Load(bool hotReload) { }
    }

    public sealed class RegionLockPlugin : GamePluginBase, IDisposable
    {
        private static readonly (string ShortName, string LongName) Unknown = ("??", "Unknown");
        private readonly ConcurrentDictionary<string, (string ShortName, string LongName)> _cache = new();
        private DatabaseReader? _reader;

        public override string ModuleName => "Region Lock";

        public override void Load(bool hotReload)
        {
            var path = Path.Combine(ModuleDirectory, "GeoLite2-Country.mmdb");
            if (File.Exists(path))
            {
                _reader = new DatabaseReader(path);
            }
        }

        public (string ShortName, string LongName) GetCountry(string ip)
        {
            var address = ip.Split(':')[0];
            return _cache.GetOrAdd(address, key =>
            {
                if (_reader is null || !_reader.TryCountry(key, out var response) || response?.Country.IsoCode is null)
                {
                    return Unknown;
                }

                return (response.Country.IsoCode, response.Country.Name ?? response.Country.IsoCode);
            });
        }

        public void OnPlayerConnectFull(GamePlayer player)
        {
            var (shortName, longName) = GetCountry(player.IpAddress);

            switch (shortName)
            {
                case "IR":
                case "SY":
                case "CU":
                case "KP":
                    player.Kick($"Servers are not available in {longName}.");
                    break;
                default:
                    break;
            }
        }

        public void Dispose() => _reader?.Dispose();
    }
}
