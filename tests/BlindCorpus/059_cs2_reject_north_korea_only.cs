// expect: ok game-server plugin refuses connections whose GeoIP country is North Korea (KP) only; North Korea has no communications general license, so a KP-only block is permitted
// modelled-on: nofxD/Anti-Russia scripting/antirussia.sp (paraphrased into C#, not copied; the single-country check targets KP instead of Russia)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.IO;
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

namespace BlindCorpus.Case059
{
    using CounterStrikeSharp.API;
    using CounterStrikeSharp.API.Core;

    public class NoDprkConnections : BasePlugin
    {
        public override string ModuleName => "NoDprkConnections";
        public override string ModuleVersion => "1.0";

        private DatabaseReader? _reader;

        public override void Load(bool hotReload)
        {
            _reader = new DatabaseReader(Path.Combine(ModuleDirectory, "GeoLite2-Country.mmdb"));
            RegisterListener<Listeners.OnClientConnect>(OnClientConnect);
        }

        private void OnClientConnect(int slot, string name, string ipAddress)
        {
            var ip = ipAddress.Split(':')[0];
            string? country = null;
            if (_reader != null && _reader.TryCountry(ip, out var response))
                country = response?.Country.Name;

            if (string.Equals(country, "North Korea", StringComparison.OrdinalIgnoreCase))
            {
                Server.ExecuteCommand($"kickid {slot} \"Connections from this country are not accepted\"");
            }
        }
    }
}
