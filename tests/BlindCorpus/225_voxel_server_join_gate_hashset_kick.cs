// expect: warn A voxel-sandbox game server's join listener resolves each connecting player's country and kicks anyone whose ISO code is in a hard-coded HashSet of IR, KP, SY and CU, so players in Iran and Cuba cannot use the online game (e-gaming is an authorized communication service).
// modelled-on: tomas293/IPBlock---PaperMC README.md (paraphrased, not copied; the Java allowed-countries list became a C# deny HashSet in a plugin class with a pattern-matched lookup result)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case225
{
    using System.Collections.Generic;
    using System.Net;

    public sealed class PlayerSession
    {
        public PlayerSession(string name, IPAddress address)
        {
            Name = name;
            Address = address;
        }

        public string Name { get; }
        public IPAddress Address { get; }
        public string? DisconnectReason { get; private set; }
        public bool Connected { get; private set; } = true;

        public void Kick(string reason)
        {
            DisconnectReason = reason;
            Connected = false;
        }
    }

    public sealed class JoinEvent
    {
        public JoinEvent(PlayerSession player) => Player = player;
        public PlayerSession Player { get; }
    }

    public abstract record LocateResult;
    public sealed record Located(string IsoCode) : LocateResult;
    public sealed record NotLocated : LocateResult;

    public interface IIpLocator
    {
        LocateResult Locate(IPAddress address);
    }

    public abstract class ServerPlugin
    {
        public abstract string Name { get; }
        public virtual void OnEnable() { }
    }

    public sealed class RegionGuardPlugin : ServerPlugin
    {
        private readonly HashSet<string> _deniedRegions = new(StringComparer.OrdinalIgnoreCase) { "IR", "KP", "SY", "CU" };
        private readonly HashSet<string> _exemptAddresses = new() { "127.0.0.1" };
        private readonly IIpLocator _locator;

        public RegionGuardPlugin(IIpLocator locator) => _locator = locator;

        public override string Name => "RegionGuard";

        public void OnPlayerJoin(JoinEvent e)
        {
            var player = e.Player;
            if (_exemptAddresses.Contains(player.Address.ToString()))
                return;

            if (_locator.Locate(player.Address) is Located { IsoCode: var iso } && _deniedRegions.Contains(iso))
            {
                player.Kick("This server does not accept connections from your country.");
            }
        }
    }
}
