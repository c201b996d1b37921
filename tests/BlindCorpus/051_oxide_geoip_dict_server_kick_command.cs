// expect: warn Rust server plugin gets the country from the Geo IP plugin and, if the lowercase code is flagged true in its config dictionary (cn, ir, cu...), kicks via the server "kick" console command; game servers are authorized e-gaming
// modelled-on: musaichi/CountryBlocker src/CountryBlocker/CountryBlocker.php (paraphrased into C#, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;

namespace Oxide.Core.Plugins
{
    public class Plugin
    {
        public bool IsLoaded { get; set; }
        public object? Call(string hook, params object[] args) => null;
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class PluginReferenceAttribute : Attribute { }
}

namespace Oxide.Core.Libraries.Covalence
{
    public interface IPlayer
    {
        string Id { get; }
        string Name { get; }
        string Address { get; }
    }

    public interface IServer
    {
        void Command(string command, params object[] args);
    }
}

namespace Oxide.Plugins
{
    using Oxide.Core.Libraries.Covalence;

    public abstract class CovalencePlugin
    {
        protected IServer server { get; } = null!;
        protected void Puts(string message) { }
    }
}

namespace BlindCorpus.Case051
{
    using Oxide.Core.Libraries.Covalence;
    using Oxide.Core.Plugins;
    using Oxide.Plugins;

    public class CountryBlocker : CovalencePlugin
    {
        [PluginReference]
        private readonly Plugin? GeoIP = null;

        private Dictionary<string, bool> _countryToggles = new()
        {
            ["cn"] = true,
            ["in"] = true,
            ["ir"] = true,
            ["cu"] = true,
            ["so"] = false,
        };

        private void OnUserConnected(IPlayer player)
        {
            if (GeoIP == null || !GeoIP.IsLoaded) return;

            var ip = player.Address.Split(':')[0];
            var code = (GeoIP.Call("GetCountryCode", ip) as string)?.ToLowerInvariant();
            if (string.IsNullOrEmpty(code)) return;

            if (_countryToggles.TryGetValue(code, out var blocked) && blocked)
            {
                server.Command($"kick {player.Id} \"Your region is blocked on this server\"");
                Puts($"{player.Name} kicked (country {code})");
            }
        }
    }
}
