// expect: none Oxide ban-system plugin denies connection to players whose SteamID or wildcard IP range was banned by an admin for abuse or ban evasion; game-moderation bans, no country involved
// modelled-on: strykes/Oxide2Plugins CSharp/EnhancedBanSystem.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.Linq;

namespace BlindCorpus.Case057
{
    public sealed class BanEntry
    {
        public int Id { get; set; }
        public string SteamId { get; set; } = "";
        public string Ip { get; set; } = "";
        public string Reason { get; set; } = "";
        public double ExpireAt { get; set; }
    }

    public class BanRegistry
    {
        private static readonly DateTime Epoch = new(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        private static readonly char[] Dot = { '.' };
        private readonly List<BanEntry> _bans = new();
        private int _nextId;

        public string EvadeReason { get; set; } = "Ban Evade";
        public bool BanEvaders { get; set; } = true;

        private static double Now() => DateTime.UtcNow.Subtract(Epoch).TotalSeconds;

        public void Add(string steamId, string ip, string reason, double durationSeconds)
        {
            _bans.Add(new BanEntry
            {
                Id = ++_nextId,
                SteamId = steamId,
                Ip = ip,
                Reason = reason,
                ExpireAt = durationSeconds > 0 ? Now() + durationSeconds : 0,
            });
        }

        public static bool MatchesRange(string pattern, string ip)
        {
            var p = pattern.Split(Dot);
            var t = ip.Split(Dot);
            if (p.Length != 4 || t.Length != 4) return false;
            for (int i = 0; i < 4; i++)
            {
                if (p[i] != "*" && p[i] != t[i]) return false;
            }
            return true;
        }

        // Oxide hook: a non-null string rejects the connection with that message.
        public object? CanUserLogin(string name, string steamId, string ip)
        {
            var active = _bans.Where(b => b.ExpireAt == 0 || b.ExpireAt > Now()).ToList();

            var byId = active.FirstOrDefault(b => b.SteamId == steamId);
            if (byId != null)
                return $"You are banned from this server ({byId.Reason}).";

            var byIp = active.FirstOrDefault(b => b.Ip.Length > 0 && MatchesRange(b.Ip, ip));
            if (byIp != null)
            {
                if (BanEvaders)
                    Add(steamId, ip, EvadeReason, 0);
                return $"You are banned from this server ({byIp.Reason}).";
            }

            return null;
        }
    }
}
