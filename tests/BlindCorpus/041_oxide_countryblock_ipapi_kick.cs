// expect: warn Oxide/uMod game-server plugin kicks or bans players whose ip-api.com country is on a default block list containing IR and CU; online game servers are authorized e-gaming for Iran/Cuba
// modelled-on: john-clark/rust-oxide-umod plugins/CountryBlock.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace Oxide.Core.Libraries.Covalence
{
    public interface IPlayer
    {
        string Id { get; }
        string Name { get; }
        string Address { get; }
        void Kick(string reason);
        void Ban(string reason, TimeSpan duration);
    }
}

namespace Oxide.Core.Libraries
{
    public class WebRequests
    {
        public void EnqueueGet(string url, Action<int, string> callback, object owner) { }
    }

    public class Lang
    {
        public void RegisterMessages(Dictionary<string, string> messages, object plugin) { }
        public string GetMessage(string key, object plugin, string? userId = null) => key;
    }

    public class Permission
    {
        public void RegisterPermission(string name, object owner) { }
        public bool UserHasPermission(string id, string perm) => false;
        public bool UserHasGroup(string id, string group) => false;
    }
}

namespace Oxide.Plugins
{
    using Oxide.Core.Libraries;

    public class DynamicConfigFile
    {
        private readonly Dictionary<string, object?> _values = new();
        public object? this[string key]
        {
            get => _values.TryGetValue(key, out var v) ? v : null;
            set => _values[key] = value;
        }
    }

    public abstract class CovalencePlugin
    {
        protected DynamicConfigFile Config { get; } = new();
        protected WebRequests webrequest { get; } = new();
        protected Lang lang { get; } = new();
        protected Permission permission { get; } = new();
        protected void SaveConfig() { }
        protected void PrintWarning(string message) { }
        protected virtual void LoadDefaultConfig() { }
    }
}

namespace BlindCorpus.Case041
{
    using Oxide.Core.Libraries.Covalence;
    using Oxide.Plugins;

    public class GeoGate : CovalencePlugin
    {
        private const string BypassPerm = "geogate.bypass";

        private bool _skipAdmins;
        private bool _banOnSight;
        private List<object> _countries = new();
        private bool _allowListMode;

        private void Init()
        {
            LoadDefaultConfig();
            permission.RegisterPermission(BypassPerm, this);
            lang.RegisterMessages(new Dictionary<string, string> { ["Rejected"] = "Players from {0} cannot join this server" }, this);
        }

        protected override void LoadDefaultConfig()
        {
            Config["SkipAdmins"] = _skipAdmins = Read("SkipAdmins", true);
            Config["BanOnSight"] = _banOnSight = Read("BanOnSight", false);
            Config["Countries"] = _countries = Read("Countries", new List<object> { "IR", "CU", "CN" });
            Config["AllowListMode"] = _allowListMode = Read("AllowListMode", false);
            SaveConfig();
        }

        private void OnUserConnected(IPlayer player) => LookupAndFilter(player);

        private void LookupAndFilter(IPlayer player)
        {
            var ip = StripPort(player.Address);
            if (IsPrivate(ip) || (_skipAdmins && permission.UserHasGroup(player.Id, "admin")) || permission.UserHasPermission(player.Id, BypassPerm))
                return;

            var url = $"http://ip-api.com/line/{ip}?fields=countryCode";
            webrequest.EnqueueGet(url, (code, body) =>
            {
                if (code != 200 || string.IsNullOrEmpty(body))
                {
                    PrintWarning($"Country lookup failed for {player.Name} ({code})");
                    return;
                }

                var country = Regex.Replace(body, @"\s", "");
                var listed = _countries.Contains(country);
                if ((listed && !_allowListMode) || (!listed && _allowListMode))
                    Reject(player, country);
            }, this);
        }

        private void Reject(IPlayer player, string country)
        {
            var msg = string.Format(lang.GetMessage("Rejected", this, player.Id), country);
            if (_banOnSight)
                player.Ban(msg, TimeSpan.Zero);
            else
                player.Kick(msg);
        }

        private T Read<T>(string key, T fallback) => Config[key] == null ? fallback : (T)Convert.ChangeType(Config[key]!, typeof(T));

        private static string StripPort(string address) => Regex.Replace(address, @":\d+$", "");

        private static bool IsPrivate(string ip)
        {
            var parts = ip.Split('.');
            if (parts.Length != 4) return false;
            int a = int.Parse(parts[0]), b = int.Parse(parts[1]);
            return a == 10 || a == 127 || (a == 192 && b == 168) || (a == 172 && b >= 16 && b <= 31);
        }
    }
}
