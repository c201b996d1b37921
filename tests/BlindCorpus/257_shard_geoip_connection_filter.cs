// expect: warn A game-shard connection filter resolves every incoming socket to a country with GeoLite2 and refuses the connection when it is IR, SY, CU or KP, so players in Iran cannot reach the online game at all (online gaming is an authorized communication service for Iran).
// modelled-on: modernuo/ModernUO Projects/UOContent/Misc/Firewall/FirewallConnectionFilter.cs (paraphrased, not copied; the admin-curated firewall adapter became a GeoLite2-backed IConnectionFilter with a hard-coded country set and a small registry that closes denied sockets)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case257
{
    using System.Net;
    using System.Net.Sockets;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    public interface IConnectionFilter
    {
        string Name { get; }
        void Configure();
        bool ShouldDeny(IPAddress address);
    }

    public static class ConnectionFilterRegistry
    {
        private static readonly List<IConnectionFilter> _filters = new();

        public static void Register(IConnectionFilter filter)
        {
            filter.Configure();
            _filters.Add(filter);
        }

        // Called from the accept loop before the socket is handed to the packet pipeline.
        public static bool TryAccept(Socket socket)
        {
            if (socket.RemoteEndPoint is not IPEndPoint remote)
            {
                return true;
            }

            foreach (var filter in _filters)
            {
                if (filter.ShouldDeny(remote.Address))
                {
                    socket.Close();
                    return false;
                }
            }

            return true;
        }
    }

    internal sealed class GeoConnectionFilter : IConnectionFilter, IDisposable
    {
        // Shard is hosted in the US; the hosting agreement forbids traffic from these.
        private static readonly HashSet<string> RestrictedIsoCodes = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "SY", "CU", "KP",
        };

        private readonly string _databasePath;
        private readonly ILogger<GeoConnectionFilter> _logger;
        private DatabaseReader? _reader;
        private long _denied;

        public GeoConnectionFilter(string databasePath, ILogger<GeoConnectionFilter> logger)
        {
            _databasePath = databasePath;
            _logger = logger;
        }

        public string Name => "geo";

        public long DeniedCount => Interlocked.Read(ref _denied);

        public void Configure()
        {
            if (File.Exists(_databasePath))
            {
                _reader = new DatabaseReader(_databasePath);
            }
            else
            {
                _logger.LogWarning("GeoLite2 database not found at {Path}; geo filter disabled", _databasePath);
            }
        }

        public bool ShouldDeny(IPAddress address)
        {
            if (_reader is null || IPAddress.IsLoopback(address))
            {
                return false;
            }

            if (!_reader.TryCountry(address, out var response) || response?.Country.IsoCode is not { } iso)
            {
                return false;
            }

            if (!RestrictedIsoCodes.Contains(iso))
            {
                return false;
            }

            Interlocked.Increment(ref _denied);
            _logger.LogInformation("Refusing shard connection from {Address} ({Country})", address, iso);
            return true;
        }

        public void Dispose() => _reader?.Dispose();
    }
}
