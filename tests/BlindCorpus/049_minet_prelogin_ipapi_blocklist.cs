// expect: warn C# Minecraft Bedrock server plugin looks up each joining player's IP at ip-api.com and disconnects players whose country is in a hard-coded HashSet with IR and CU (IP allow-exceptions aside); game servers are authorized e-gaming
// modelled-on: saladbowl77/LocateFilter src/main/java/work/saladbowl/mc/locatefilter/LocateFilter.java (paraphrased into C#, not copied; the original allow-list of JP/US became a deny set here)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;

namespace MiNET
{
    public class Player
    {
        public string Username { get; set; } = "";
        public IPEndPoint EndPoint { get; set; } = new(IPAddress.Loopback, 19132);
        public virtual void Disconnect(string reason, bool sendDisconnect = true) { }
    }

    public class PlayerEventArgs : EventArgs
    {
        public Player Player { get; }
        public PlayerEventArgs(Player player) { Player = player; }
    }

    public class PlayerFactory
    {
        public event EventHandler<PlayerEventArgs>? PlayerCreated;
    }

    public class MiNetServer
    {
        public PlayerFactory PlayerFactory { get; } = new();
    }
}

namespace MiNET.Plugins
{
    public class PluginContext
    {
        public MiNetServer Server { get; } = new();
    }

    public abstract class Plugin
    {
        protected PluginContext Context { get; } = new();
        protected virtual void OnEnable() { }
    }
}

namespace BlindCorpus.Case049
{
    using MiNET;
    using MiNET.Plugins;

    public class LocateFilterPlugin : Plugin
    {
        private static readonly HttpClient Http = new();

        private readonly HashSet<string> _blockedCountries = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU" };
        private readonly HashSet<string> _alwaysBlockIps = new() { "192.168.0.10" };
        private readonly HashSet<string> _alwaysAllowIps = new() { "127.0.0.1" };

        private const string KickMessage = "You don't have permission to access this server.";

        protected override void OnEnable()
        {
            Context.Server.PlayerFactory.PlayerCreated += OnPlayerCreated;
        }

        private async void OnPlayerCreated(object? sender, PlayerEventArgs e)
        {
            var ip = e.Player.EndPoint.Address.ToString();
            Console.WriteLine($"Player {e.Player.Username} has IP address: {ip}");

            if (!await IsAllowedAsync(ip))
                e.Player.Disconnect(KickMessage);
        }

        private async Task<bool> IsAllowedAsync(string ip)
        {
            if (_alwaysAllowIps.Contains(ip)) return true;
            if (_alwaysBlockIps.Contains(ip)) return false;

            var geo = await Http.GetFromJsonAsync<IpApiResult>($"http://ip-api.com/json/{ip}?fields=status,countryCode");
            if (geo == null || geo.status != "success") return true;

            return !_blockedCountries.Contains(geo.countryCode ?? "");
        }

        private sealed class IpApiResult
        {
            public string? status { get; set; }
            public string? countryCode { get; set; }
        }
    }
}
