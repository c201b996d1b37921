// expect: info Rust server plugin kicks connections whose country is on a list refreshed from another plugin's remote API at runtime; it is a real deny gate but no jurisdictions are visible in the code
// modelled-on: PRISM-Servers/plugins_public plugins/CountryBlock.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;

namespace Network
{
    public class Connection
    {
        public ulong userid;
        public string username = "";
        public string ipaddress = "";
        public int authLevel;
    }

    public class Server
    {
        public void Kick(Connection connection, string reason) { }
    }

    public static class Net
    {
        public static Server sv = new();
    }
}

namespace Oxide.Core.Plugins
{
    public class Plugin
    {
        public bool IsLoaded { get; set; }
        public T Call<T>(string hook, params object[] args) => default!;
    }

    [AttributeUsage(AttributeTargets.Field)]
    public sealed class PluginReferenceAttribute : Attribute { }
}

namespace Oxide.Plugins
{
    public class PluginTimers
    {
        public void Every(float seconds, Action callback) { }
        public void Once(float seconds, Action callback) { }
    }

    public abstract class RustPlugin
    {
        protected PluginTimers timer { get; } = new();
        protected void Puts(string message) { }
        protected void PrintWarning(string message) { }
        protected void NextTick(Action callback) => callback();
    }
}

namespace BlindCorpus.Case042
{
    using Oxide.Core.Plugins;
    using Oxide.Plugins;

    public class RegionLock : RustPlugin
    {
        [PluginReference]
        private readonly Plugin? CommunityApi = null;

        private List<string> _blocked = new();
        private readonly Dictionary<string, string> _ipCountryCache = new();

        private void Init()
        {
            timer.Once(4f, RefreshBlockedList);
            timer.Every(45f, RefreshBlockedList);
        }

        private void RefreshBlockedList()
        {
            if (CommunityApi == null || !CommunityApi.IsLoaded)
            {
                PrintWarning("CommunityApi not loaded; keeping previous list");
                return;
            }

            var fetched = CommunityApi.Call<List<string>>("GetRestrictedRegions");
            if (fetched == null) return;

            var fresh = new List<string>();
            for (int i = 0; i < fetched.Count; i++)
            {
                if (!string.IsNullOrWhiteSpace(fetched[i])) fresh.Add(fetched[i]);
            }
            _blocked = fresh;
            Puts($"Restricted region list now has {_blocked.Count} entries");
        }

        private void CanClientLogin(Network.Connection connection) => NextTick(() => Evaluate(connection));

        private void Evaluate(Network.Connection connection)
        {
            if (connection.authLevel != 0) return;

            var ip = connection.ipaddress.Split(':')[0];
            if (!_ipCountryCache.TryGetValue(ip, out var country))
            {
                country = CommunityApi?.Call<string>("LookupCountry", ip) ?? "";
                if (country.Length != 2) return;
                _ipCountryCache[ip] = country;
            }

            for (int i = 0; i < _blocked.Count; i++)
            {
                var entry = _blocked[i];
                if (!entry.Equals(country, StringComparison.OrdinalIgnoreCase)) continue;

                Network.Net.sv.Kick(connection, $"This server does not accept connections from {entry}");
                Puts($"Kicked {connection.username} ({connection.userid}) for region {entry}");
                break;
            }
        }
    }
}
