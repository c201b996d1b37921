// expect: none game server looks up each client's country with GeoLite2 only to print a "Location:" line in the lobby/server report; nobody is denied anything
// modelled-on: OpenRA/OpenRA OpenRA.Game/Network/GeoIP.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System;
using System.IO;
using System.IO.Compression;
using System.Net;
using System.Text;
using MaxMind.Db;

namespace BlindCorpus.Case054
{
    public static class GeoLookup
    {
        public class CountryRecord
        {
            [Constructor]
            public CountryRecord(CountryPart country) { Country = country; }
            public CountryPart Country { get; }
        }

        public class CountryPart
        {
            [Constructor]
            public CountryPart(CountryNames names) { Names = names; }
            public CountryNames Names { get; }
        }

        public class CountryNames
        {
            [Constructor]
            public CountryNames(string en) { English = en; }
            public string English { get; }
        }

        private static Reader? _db;

        public static void Initialize(string path = "GeoLite2-Country.mmdb.gz")
        {
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read);
                using var gzip = new GZipStream(file, CompressionMode.Decompress);
                _db = new Reader(gzip);
            }
            catch (Exception e)
            {
                Console.Error.WriteLine($"geoip: database load failed: {e.Message}");
            }
        }

        public static string LookupCountry(string ip)
        {
            const string Unknown = "Unknown Location";
            try
            {
                var record = _db?.Find<CountryRecord>(IPAddress.Parse(ip));
                return record?.Country.Names.English ?? Unknown;
            }
            catch (Exception)
            {
                return Unknown;
            }
        }
    }

    public sealed class LobbyClient
    {
        public string Name { get; init; } = "";
        public string IpAddress { get; init; } = "";
        public int LatencyMs { get; init; }
    }

    public static class LobbyReport
    {
        public static string Describe(LobbyClient client)
        {
            var text = new StringBuilder();
            text.AppendLine("Player:      " + client.Name);
            text.AppendLine("\tLatency:     " + client.LatencyMs + " ms");
            text.AppendLine("\tIP Address:  " + client.IpAddress);
            text.AppendLine("\tLocation:    " + GeoLookup.LookupCountry(client.IpAddress));
            return text.ToString();
        }
    }
}
