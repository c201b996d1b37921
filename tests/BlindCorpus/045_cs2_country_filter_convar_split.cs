// expect: warn CS2 server plugin splits a space-separated console-variable string ("IR CU") into country codes and disconnects matching players in blacklist mode; game servers are authorized e-gaming
// modelled-on: dvander/sourcepawn-corpus forums/K/n/a/Knagg0/country_filter_487013.sp (paraphrased into C#, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using MaxMind.GeoIP2;

namespace CounterStrikeSharp.API.Modules.Cvars
{
    public class FakeConVar<T>
    {
        public FakeConVar(string name, string description, T defaultValue) { Value = defaultValue; }
        public T Value { get; set; }
    }
}

namespace CounterStrikeSharp.API.Core
{
    public enum NetworkDisconnectionReason { NETWORK_DISCONNECT_KICKED = 39 }

    public class CCSPlayerController
    {
        public string PlayerName { get; set; } = "";
        public string? IpAddress { get; set; }
        public bool IsBot { get; set; }
        public void Disconnect(NetworkDisconnectionReason reason) { }
        public void PrintToConsole(string message) { }
    }

    public enum HookResult { Continue, Changed, Handled, Stop }

    public class EventPlayerConnectFull
    {
        public CCSPlayerController? Userid { get; set; }
    }

    public class GameEventInfo { }

    public abstract class BasePlugin
    {
        public abstract string ModuleName { get; }
        public abstract string ModuleVersion { get; }
        public string ModuleDirectory { get; } = "";
        public virtual void Load(bool hotReload) { }
        public void RegisterEventHandler<T>(Func<T, GameEventInfo, HookResult> handler) { }
    }
}

namespace BlindCorpus.Case045
{
    using CounterStrikeSharp.API.Core;
    using CounterStrikeSharp.API.Modules.Cvars;

    public class CountryFilter : BasePlugin
    {
        public override string ModuleName => "CountryFilter";
        public override string ModuleVersion => "1.1.0";

        // 1 = only listed countries may play, 2 = listed countries are rejected
        public readonly FakeConVar<int> Mode = new("cf_mode", "filter mode", 2);
        public readonly FakeConVar<string> Countries = new("cf_countries", "space separated ISO codes", "IR CU");
        public readonly FakeConVar<string> RejectMessage = new("cf_reject_msg", "", "Your country ({0}) is not allowed on this server");

        private DatabaseReader? _geo;

        public override void Load(bool hotReload)
        {
            _geo = new DatabaseReader(System.IO.Path.Combine(ModuleDirectory, "GeoLite2-Country.mmdb"));
            RegisterEventHandler<EventPlayerConnectFull>(OnConnectFull);
        }

        private HookResult OnConnectFull(EventPlayerConnectFull ev, GameEventInfo info)
        {
            var player = ev.Userid;
            if (player == null || player.IsBot || string.IsNullOrEmpty(player.IpAddress))
                return HookResult.Continue;

            var ip = player.IpAddress.Split(':')[0];
            string code2 = "";
            if (_geo != null && _geo.TryCountry(ip, out var resp) && resp?.Country.IsoCode != null)
                code2 = resp.Country.IsoCode;

            if (ShouldReject(code2))
            {
                player.PrintToConsole(string.Format(RejectMessage.Value, code2));
                player.Disconnect(NetworkDisconnectionReason.NETWORK_DISCONNECT_KICKED);
            }
            return HookResult.Continue;
        }

        private bool ShouldReject(string code2)
        {
            if (code2.Length == 0)
                return false;

            var parts = Countries.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (Mode.Value == 2)
            {
                foreach (var part in parts)
                {
                    if (part == code2)
                        return true;
                }
                return false;
            }

            bool reject = true;
            foreach (var part in parts)
            {
                if (part == code2)
                    reject = false;
            }
            return reject;
        }
    }
}
