// expect: warn BattleBit community-server module resolves the player's IP in an IP2Location CSV range table and kicks players from the configured deny list (IR, CU) on connect; game servers are authorized e-gaming
// modelled-on: RainOrigami/BattleBitBaseModules GeoLimiter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;

namespace BBRAPIModules
{
    public class ModuleLogger
    {
        public void Info(string message) { }
        public void Warn(string message) { }
    }

    public class RunnerPlayer
    {
        public ulong SteamID { get; set; }
        public IPAddress IP { get; set; } = IPAddress.Loopback;
        public void Kick(string reason) { }
    }

    public abstract class ModuleConfiguration { }

    public abstract class BattleBitModule
    {
        public ModuleLogger Logger { get; } = new();
        public virtual void OnModulesLoaded() { }
        public virtual Task OnPlayerConnected(RunnerPlayer player) => Task.CompletedTask;
        public void Unload() { }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class ModuleAttribute : Attribute
    {
        public ModuleAttribute(string description, string version) { }
    }
}

namespace BlindCorpus.Case044
{
    using BBRAPIModules;

    [Module("Deny players by origin country", "1.0.0")]
    public class OriginFilter : BattleBitModule
    {
        public OriginFilterSettings Settings { get; set; } = new();

        private static IpRange[] _ranges = Array.Empty<IpRange>();

        public override void OnModulesLoaded()
        {
            var file = Path.Combine(Settings.DataFolder, Settings.CsvName);
            if (!File.Exists(file))
            {
                Logger.Warn($"IP table missing at {file}");
                Unload();
                return;
            }

            _ranges = File.ReadLines(file)
                .Select(line => line.Split(','))
                .Select(cols => new IpRange
                {
                    Start = uint.Parse(cols[0].Trim('"')),
                    End = uint.Parse(cols[1].Trim('"')),
                    Iso = cols[2].Trim('"'),
                    Name = cols[3].Trim('"'),
                })
                .ToArray();
        }

        public override Task OnPlayerConnected(RunnerPlayer player)
        {
            var bytes = player.IP.GetAddressBytes();
            if (BitConverter.IsLittleEndian) Array.Reverse(bytes);
            uint number = BitConverter.ToUInt32(bytes, 0);

            var hit = _ranges.FirstOrDefault(r => r.Start <= number && r.End >= number);
            if (hit == null)
                return Task.CompletedTask;

            if (!Settings.DeniedCountryCodes.Contains(hit.Iso))
                return Task.CompletedTask;

            Logger.Info($"Removing {player.SteamID}: {hit.Iso} is on the deny list");
            player.Kick(string.Format(Settings.KickText, hit.Name));
            return Task.CompletedTask;
        }
    }

    public class OriginFilterSettings : ModuleConfiguration
    {
        public string DataFolder { get; set; } = "./data/OriginFilter";
        public string CsvName { get; set; } = "IP2LOCATION-LITE-DB1.CSV";
        public string[] DeniedCountryCodes { get; set; } = new[] { "IR", "CU" };
        public string KickText { get; set; } = "Connections from {0} are not accepted here.";
    }

    public class IpRange
    {
        public uint Start { get; set; }
        public uint End { get; set; }
        public string Iso { get; set; } = "";
        public string Name { get; set; } = "";
    }
}
