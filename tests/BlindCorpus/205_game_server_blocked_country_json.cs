// expect: info An MMORPG game server closes incoming sockets whose IP range maps to a country in BlockedCountry.json; online gaming is a communication service but the blocked list comes from a file not provided, so the jurisdictions are unknown.
// modelled-on: DragonicK/Dragon-Engine Crystalshire.Core/GeoIpCountry/GeoIpAddress.cs + BlockedCountry.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case205
{
    using System.IO;
    using System.Net;
    using System.Net.Sockets;
    using System.Text.Json;
    using Microsoft.Extensions.Hosting;

    public sealed class IpRange
    {
        public long Low { get; init; }
        public long High { get; init; }
        public string Code { get; init; } = "";
    }

    public sealed class DeniedCountries
    {
        public List<string> Codes { get; set; } = new();

        public bool Contains(string code) => Codes.Any(c => string.CompareOrdinal(c, code) == 0);
    }

    public interface IIpCountryTable
    {
        bool IsDenied(string ipAddress);
    }

    public sealed class IpCountryTable : IIpCountryTable
    {
        private readonly List<IpRange> _ranges = new(200_000);
        private readonly DeniedCountries _denied;

        public IpCountryTable(DeniedCountries denied) => _denied = denied;

        public void Load(IEnumerable<IpRange> ranges) => _ranges.AddRange(ranges);

        public bool IsDenied(string ipAddress)
        {
            var n = ToNumber(ipAddress);
            var hit = _ranges.FirstOrDefault(r => r.Low <= n && r.High >= n);
            return hit is not null && _denied.Contains(hit.Code);
        }

        private static long ToNumber(string ip)
        {
            if (ip == "::1") ip = "127.0.0.1";
            var p = ip.Split('.');
            return long.Parse(p[0]) * 16777216 + long.Parse(p[1]) * 65536 + long.Parse(p[2]) * 256 + long.Parse(p[3]);
        }
    }

    public static class GeoFilesLoader
    {
        public static DeniedCountries ReadDenied(string folder)
        {
            var file = Path.Combine(folder, "BlockedCountry.json");
            if (!File.Exists(file)) return new DeniedCountries();
            return JsonSerializer.Deserialize<DeniedCountries>(File.ReadAllText(file)) ?? new DeniedCountries();
        }

        public static IEnumerable<IpRange> ReadRanges(string folder)
        {
            var file = Path.Combine(folder, "IpToCountry.csv");
            if (!File.Exists(file)) yield break;
            foreach (var line in File.ReadLines(file))
            {
                var f = line.Split(',');
                yield return new IpRange { Low = long.Parse(f[0]), High = long.Parse(f[1]), Code = f[2].Trim('"') };
            }
        }
    }

    // Accepts game client connections for the world server.
    public sealed class WorldConnectionListener : BackgroundService
    {
        private readonly IIpCountryTable _geo;
        private readonly ILogger<WorldConnectionListener> _log;

        public WorldConnectionListener(IIpCountryTable geo, ILogger<WorldConnectionListener> log)
        {
            _geo = geo;
            _log = log;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var listener = new TcpListener(IPAddress.Any, 7001);
            listener.Start();
            while (!stoppingToken.IsCancellationRequested)
            {
                var socket = await listener.AcceptSocketAsync(stoppingToken);
                var ip = ((IPEndPoint)socket.RemoteEndPoint!).Address.ToString();
                if (_geo.IsDenied(ip))
                {
                    _log.LogInformation("Dropping game client from blocked country: {Ip}", ip);
                    socket.Close();
                    continue;
                }

                _ = Task.Run(() => ServePlayerAsync(socket, stoppingToken), stoppingToken);
            }
        }

        private static Task ServePlayerAsync(Socket socket, CancellationToken ct) => Task.CompletedTask;
    }

    public static class WorldServerRegistration
    {
        public static IServiceCollection AddWorldServer(this IServiceCollection services, string dataFolder)
        {
            var table = new IpCountryTable(GeoFilesLoader.ReadDenied(dataFolder));
            table.Load(GeoFilesLoader.ReadRanges(dataFolder));
            services.AddSingleton<IIpCountryTable>(table);
            services.AddHostedService<WorldConnectionListener>();
            return services;
        }
    }
}
