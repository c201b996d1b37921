// expect: warn A Counter-Strike 2 server plugin kicks connecting players whose MaxMind country is on a default blacklist containing IR; online gaming is an authorized communication service for Iran (31 CFR 560.540), so the kick is over-compliance.
// modelled-on: Nereziel/cs2-GeoRestrict GeoRestrict.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace CounterStrikeSharp.API.Core
{
    public abstract class BasePlugin
    {
        public abstract string ModuleName { get; }
        public abstract string ModuleVersion { get; }
        public virtual string ModuleAuthor => "";
        public virtual string ModuleDescription => "";
        public string ModuleDirectory { get; set; } = "";
        public virtual void Load(bool hotReload) { }
        public void RegisterListener<T>(T handler) where T : System.Delegate { }
    }

    public static class Listeners
    {
        public delegate void OnClientConnect(int playerSlot, string name, string ipAddress);
    }
}

namespace CounterStrikeSharp.API
{
    public static class Server
    {
        public static void ExecuteCommand(string command) { }
    }
}

namespace BlindCorpus.Case201
{
    using System.IO;
    using System.Text.Json;
    using CounterStrikeSharp.API;
    using CounterStrikeSharp.API.Core;
    using MaxMind.GeoIP2;

    public sealed class RegionLockSettings
    {
        public List<string> Countries { get; set; } = new();
        public bool AllowListMode { get; set; }
        public bool LetUnknownIn { get; set; } = true;
    }

    public class RegionLockPlugin : BasePlugin
    {
        public override string ModuleName => "RegionLock";
        public override string ModuleVersion => "1.2";
        public override string ModuleDescription => "Restricts which countries may join the server.";

        private const string Unknown = "??";
        private RegionLockSettings _settings = new();

        public override void Load(bool hotReload)
        {
            _settings = ReadSettings();
            RegisterListener<Listeners.OnClientConnect>(HandleConnect);
        }

        private void HandleConnect(int playerSlot, string name, string ipAddress)
        {
            var host = ipAddress.Split(':')[0];
            var iso = ResolveIso(host);

            if (iso == Unknown && _settings.LetUnknownIn)
            {
                Console.WriteLine($"[RegionLock] {name} joined from an unknown location");
                return;
            }

            var listed = _settings.Countries.Any(c => string.Equals(c, iso, StringComparison.OrdinalIgnoreCase));
            var reject = _settings.AllowListMode ? !listed : listed;
            if (reject)
            {
                Server.ExecuteCommand($"kickid {playerSlot} \"Your region is not permitted on this server\"");
                Console.WriteLine($"[RegionLock] kicked {name} ({iso})");
            }
        }

        private string ResolveIso(string host)
        {
            var dbFile = Path.Combine(ModuleDirectory, "GeoLite2-Country.mmdb");
            try
            {
                using var reader = new DatabaseReader(dbFile);
                return reader.Country(host).Country.IsoCode ?? Unknown;
            }
            catch (Exception)
            {
                return Unknown;
            }
        }

        private RegionLockSettings ReadSettings()
        {
            var path = Path.Combine(ModuleDirectory, "RegionLock.json");
            if (File.Exists(path))
            {
                return JsonSerializer.Deserialize<RegionLockSettings>(File.ReadAllText(path)) ?? Defaults();
            }

            var created = Defaults();
            File.WriteAllText(path, JsonSerializer.Serialize(created));
            return created;
        }

        // Shipped defaults: "sanctioned" regions are refused.
        private static RegionLockSettings Defaults() => new()
        {
            Countries = new List<string> { "IR", "KP", "SY" },
            AllowListMode = false,
            LetUnknownIn = true,
        };
    }
}
