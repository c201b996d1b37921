// expect: none matchmaking helper maps the player's country to the nearest game-server region (IR and other Middle East codes go to Frankfurt) and then refines by lowest ping; routing only, nobody is refused
// modelled-on: hathora/hathora-photon-fusion-dedicated-server src/Assets/HathoraPhoton/HathoraRegionUtility.cs (paraphrased, not copied; the country-to-region table is a realistic addition)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Collections.Generic;
using System.Net.NetworkInformation;
using System.Threading.Tasks;

namespace BlindCorpus.Case055
{
    public enum GameRegion { Seattle, WashingtonDC, Chicago, London, Frankfurt, Mumbai, Singapore, Tokyo, Sydney, SaoPaulo }

    public static class RegionPicker
    {
        private static readonly Dictionary<string, GameRegion> CountryToRegion = new(StringComparer.OrdinalIgnoreCase)
        {
            ["US"] = GameRegion.WashingtonDC,
            ["CA"] = GameRegion.Chicago,
            ["GB"] = GameRegion.London,
            ["DE"] = GameRegion.Frankfurt,
            ["TR"] = GameRegion.Frankfurt,
            ["IR"] = GameRegion.Frankfurt,
            ["AE"] = GameRegion.Frankfurt,
            ["IN"] = GameRegion.Mumbai,
            ["PK"] = GameRegion.Mumbai,
            ["SG"] = GameRegion.Singapore,
            ["JP"] = GameRegion.Tokyo,
            ["KR"] = GameRegion.Tokyo,
            ["AU"] = GameRegion.Sydney,
            ["BR"] = GameRegion.SaoPaulo,
            ["CU"] = GameRegion.WashingtonDC,
        };

        public static GameRegion GuessFromCountry(string? countryCode, GameRegion fallback = GameRegion.WashingtonDC)
        {
            if (countryCode != null && CountryToRegion.TryGetValue(countryCode, out var region))
                return region;
            return fallback;
        }

        public static async Task<(bool found, GameRegion region, double pingMs)> FindBestRegionAsync(
            IReadOnlyDictionary<GameRegion, string> endpoints, GameRegion fallback)
        {
            var best = fallback;
            double bestPing = double.MaxValue;
            bool found = false;

            foreach (var (region, host) in endpoints)
            {
                double total = 0;
                int ok = 0;
                using var pinger = new Ping();
                for (int i = 0; i < 4; i++)
                {
                    try
                    {
                        var reply = await pinger.SendPingAsync(host, 1000);
                        if (reply.Status == IPStatus.Success)
                        {
                            total += reply.RoundtripTime;
                            ok++;
                        }
                    }
                    catch (PingException)
                    {
                    }
                }

                if (ok == 0) continue;
                var avg = total / ok;
                if (avg < bestPing)
                {
                    best = region;
                    bestPing = avg;
                    found = true;
                }
            }

            return (found, best, bestPing);
        }
    }
}
