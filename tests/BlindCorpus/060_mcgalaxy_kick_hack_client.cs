// expect: none MCGalaxy (ClassiCube) server plugin disconnects players whose client application name identifies a known hack client; an anti-cheat ban with nothing to do with countries
// modelled-on: ClassiCube/MCGalaxy-Plugins KickJini.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;

namespace MCGalaxy
{
    public enum Priority { Low, Normal, High }

    public class Player
    {
        public string name = "";
        public string? appName;
        public bool cancellogin;
        public void Leave(string discMsg, bool sync = false) { }
    }

    public abstract class Plugin
    {
        public abstract string name { get; }
        public virtual string creator => "";
        public virtual string MCGalaxy_Version => "1.9.1.4";
        public abstract void Load(bool startup);
        public abstract void Unload(bool shutdown);
    }

    public static class StringExts
    {
        public static bool CaselessContains(this string value, string part) =>
            value.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
    }
}

namespace MCGalaxy.Events.PlayerEvents
{
    public delegate void OnPlayerConnect(Player p);

    public static class OnPlayerConnectEvent
    {
        public static void Register(OnPlayerConnect method, Priority priority) { }
        public static void Unregister(OnPlayerConnect method) { }
    }
}

namespace BlindCorpus.Case060
{
    using MCGalaxy;
    using MCGalaxy.Events.PlayerEvents;

    public sealed class BlockCheatClients : Plugin
    {
        private static readonly string[] BannedClients = { "jini", "hacked-cc", "cheatcube" };

        public override string name => "BlockCheatClients";
        public override string creator => "server staff";

        public override void Load(bool startup) => OnPlayerConnectEvent.Register(CheckClient, Priority.High);

        public override void Unload(bool shutdown) => OnPlayerConnectEvent.Unregister(CheckClient);

        private void CheckClient(Player p)
        {
            var app = p.appName;
            if (app == null) return;

            foreach (var banned in BannedClients)
            {
                if (!app.CaselessContains(banned)) continue;
                p.Leave("Do not use hack clients.", true);
                p.cancellogin = true;
                return;
            }
        }
    }
}
