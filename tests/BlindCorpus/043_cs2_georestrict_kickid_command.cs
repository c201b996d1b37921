// expect: warn CounterStrikeSharp CS2 server plugin looks up the connecting IP in GeoLite2 and runs the "kickid" console command when the country is on a default blacklist containing IR and CU; game servers are authorized e-gaming
// modelled-on: Nereziel/cs2-GeoRestrict GeoRestrict.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using MaxMind.GeoIP2;

namespace CounterStrikeSharp.API
{
    public static class Server
    {
        public static void ExecuteCommand(string command) { }
    }
}

namespace CounterStrikeSharp.API.Core
{
    public static class Listeners
    {
        public delegate void OnClientConnect(int playerSlot, string name, string ipAddress);
    }

    public abstract class BasePlugin
    {
        public abstract string ModuleName { get; }
        public abstract string ModuleVersion { get; }
        public string ModuleDirectory { get; } = "";
        public virtual void Load(bool hotReload) { }
        public void RegisterListener<T>(T handler) where T : Delegate { }
    }
}

namespace BlindCorpus.Case043
{
    using CounterStrikeSharp.API;
    using CounterStrikeSharp.API.Core;

    public class CountryGuard : BasePlugin
    {
        public override string ModuleName => "CountryGuard";
        public override string ModuleVersion => "1.1";

        private GuardConfig _cfg = null!;

        public override void Load(bool hotReload)
        {
            _cfg = ReadConfig();
            RegisterListener<Listeners.OnClientConnect>(HandleConnect);
        }

        private void HandleConnect(int playerSlot, string name, string ipAddress)
        {
            var host = ipAddress.Split(':')[0];
            var iso = ResolveIso(host);

            if (iso == "UNKNOWN" && _cfg.LetUnknownIn)
                return;

            bool onList = _cfg.Countries!.Any(c => c.Equals(iso, StringComparison.OrdinalIgnoreCase));

            if (_cfg.IsAllowList ? !onList : onList)
            {
                Server.ExecuteCommand($"kickid {playerSlot}");
                Console.WriteLine($"[CountryGuard] {name} ({iso}) removed by country rule");
            }
        }

        private string ResolveIso(string ip)
        {
            var db = Path.Combine(ModuleDirectory, "GeoLite2-Country.mmdb");
            using var reader = new DatabaseReader(db);
            try
            {
                return reader.Country(ip).Country.IsoCode ?? "UNKNOWN";
            }
            catch (Exception)
            {
                return "UNKNOWN";
            }
        }

        private GuardConfig ReadConfig()
        {
            var path = Path.Combine(ModuleDirectory, "CountryGuard.json");
            if (!File.Exists(path))
            {
                var fresh = new GuardConfig
                {
                    Countries = new List<string> { "IR", "CU", "KP" },
                    IsAllowList = false,
                    LetUnknownIn = true,
                };
                File.WriteAllText(path, JsonSerializer.Serialize(fresh));
                return fresh;
            }
            return JsonSerializer.Deserialize<GuardConfig>(File.ReadAllText(path))!;
        }

        internal sealed class GuardConfig
        {
            public List<string>? Countries { get; set; }
            public bool IsAllowList { get; set; }
            public bool LetUnknownIn { get; set; }
        }
    }
}
