// expect: warn A Terraria server's connect hook looks the joining client's IP up in the bundled GeoIP country database and, besides the stock anonymous-proxy kick, disconnects players whose country code is in the configured DeniedCountries list (defaults IR, SY, CU); online multiplayer gaming and its in-game chat are authorized for Iran under GL D-2, so kicking Iranian players is over-blocking.
// modelled-on: Pryaxis/TShock TShockAPI/TShock.cs (paraphrased, not copied; kept the OnConnect shape - whitelist check, Geo.TryGetCountryCode, set player.Country, kick "A1" proxies - with TShock/TerrariaApi types stubbed, and added a config-driven country deny list that the real server does not have)
// packages: Microsoft.AspNetCore.App (framework reference), TShockAPI/TerrariaServerAPI (stubbed in file)
// source: blind

namespace BlindCorpus.Case337
{
    using System.Net;
    using System.Text.Json;

    // ---- minimal stand-ins for the server API ----
    public sealed class ConnectEventArgs
    {
        public int Who { get; init; }
        public bool Handled { get; set; }
    }

    public interface ICountryDatabase
    {
        /// <summary>Returns a two-letter code, "A1" for anonymous proxies, or null when unknown.</summary>
        string? TryGetCountryCode(IPAddress address);
        string? GetCountryName(string code);
    }

    public sealed class ServerPlayer
    {
        public ServerPlayer(int index, string ip)
        {
            Index = index;
            IP = ip;
        }

        public int Index { get; }
        public string IP { get; }
        public string Name { get; set; } = "";
        public string Country { get; set; } = "N/A";
        public bool Kicked { get; private set; }

        public void Kick(string reason, bool force, bool silent)
        {
            Kicked = true;
            Console.WriteLine($"[kick] {Name} ({IP}): {reason}");
        }
    }

    public sealed class ServerSettings
    {
        public bool KickProxyUsers { get; set; } = true;
        public bool EnableGeoIP { get; set; } = true;
        public string[] DeniedCountries { get; set; } = { "IR", "SY", "CU" };
        public string DeniedCountryKickReason { get; set; } = "Players from your region cannot join this server.";

        public static ServerSettings Load(string path)
            => File.Exists(path)
                ? JsonSerializer.Deserialize<ServerSettings>(File.ReadAllText(path)) ?? new ServerSettings()
                : new ServerSettings();
    }

    // ---- the server core piece ----
    public sealed class ConnectionGate
    {
        private readonly ServerSettings _config;
        private readonly ICountryDatabase? _geo;
        private readonly ServerPlayer?[] _players = new ServerPlayer?[256];
        private readonly Func<int, string> _remoteAddressOf;
        private readonly HashSet<string> _whitelist;

        public ConnectionGate(ServerSettings config, ICountryDatabase? geo, Func<int, string> remoteAddressOf, IEnumerable<string> whitelist)
        {
            _config = config;
            _geo = config.EnableGeoIP ? geo : null;
            _remoteAddressOf = remoteAddressOf;
            _whitelist = new HashSet<string>(whitelist);
        }

        public void OnConnect(ConnectEventArgs args)
        {
            var player = new ServerPlayer(args.Who, _remoteAddressOf(args.Who));

            if (_whitelist.Count > 0 && !_whitelist.Contains(player.IP))
            {
                player.Kick("You are not on the whitelist.", true, true);
                args.Handled = true;
                return;
            }

            if (_geo != null)
            {
                string? code = _geo.TryGetCountryCode(IPAddress.Parse(player.IP));
                player.Country = code == null ? "N/A" : _geo.GetCountryName(code) ?? code;

                if (code == "A1" && _config.KickProxyUsers)
                {
                    player.Kick("Connecting via a proxy is not allowed.", true, true);
                    args.Handled = true;
                    return;
                }

                if (code != null && IsDenied(code))
                {
                    player.Kick(_config.DeniedCountryKickReason, true, true);
                    args.Handled = true;
                    return;
                }
            }

            _players[args.Who] = player;
        }

        private bool IsDenied(string code)
            => Array.Exists(_config.DeniedCountries, c => string.Equals(c, code, StringComparison.OrdinalIgnoreCase));
    }
}
