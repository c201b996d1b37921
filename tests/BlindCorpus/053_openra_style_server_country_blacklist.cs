// expect: info dedicated game server rejects joining clients whose GeoIP country appears in a comma-separated CountryBlacklist server setting loaded from the server's settings file; a real deny gate, but the jurisdictions come only from runtime configuration
// modelled-on: OpenRA/OpenRA OpenRA.Game/Settings.cs (paraphrased, not copied; the real ServerSettings has ProfileIDBlacklist/EnableGeoIP, the country blacklist is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.Linq;
using System.Net;
using MaxMind.GeoIP2;

namespace BlindCorpus.Case053
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class ParameterPrefixAttribute : Attribute
    {
        public ParameterPrefixAttribute(string prefix) { Prefix = prefix; }
        public string Prefix { get; }
    }

    public class ServerSettings
    {
        [ParameterPrefix("Server")]
        public string Name { get; set; } = "Dedicated Server";

        [ParameterPrefix("Server")]
        public string ProfileIDBlacklist { get; set; } = string.Empty;

        [ParameterPrefix("Server")]
        public string CountryBlacklist { get; set; } = string.Empty;

        [ParameterPrefix("Server")]
        public bool EnableGeoIP { get; set; } = true;
    }

    public class Client
    {
        public int Index { get; set; }
        public string Name { get; set; } = "";
        public string IpAddress { get; set; } = "";
    }

    public class HandshakeValidator
    {
        private readonly ServerSettings _settings;
        private readonly DatabaseReader? _geo;

        public HandshakeValidator(ServerSettings settings, DatabaseReader? geo)
        {
            _settings = settings;
            _geo = geo;
        }

        public bool ValidateClient(Client client, out string rejectReason)
        {
            rejectReason = string.Empty;

            var blockedProfiles = _settings.ProfileIDBlacklist.Split(',', StringSplitOptions.RemoveEmptyEntries);
            if (blockedProfiles.Contains(client.Name))
            {
                rejectReason = "You are banned from this server.";
                return false;
            }

            if (!_settings.EnableGeoIP || _geo == null)
                return true;

            string? iso = null;
            if (_geo.TryCountry(IPAddress.Parse(client.IpAddress), out var response))
                iso = response?.Country.IsoCode;

            var blockedCountries = _settings.CountryBlacklist
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            if (iso != null && blockedCountries.Any(c => string.Equals(c, iso, StringComparison.OrdinalIgnoreCase)))
            {
                rejectReason = "Connections from your location are not accepted by this server.";
                return false;
            }

            return true;
        }
    }
}
