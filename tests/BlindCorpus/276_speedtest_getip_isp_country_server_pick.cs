// expect: none A speed-test backend looks up the client's ISP and country (ipinfo-style) only to print "ISP (country), distance" and to pick the closest test server; no country is refused, Iranian test servers are simply part of the list.
// modelled-on: librespeed/speedtest backend/getIP.php and issue #468 "New server in Iran" (paraphrased, not copied; the PHP ISP/distance lookup became an ASP.NET Core controller plus a nearest-server selector)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case276
{
    using System.Net;
    using Microsoft.AspNetCore.Mvc;

    public sealed record IpInfo(string Ip, string? Org, string? Country, double? Latitude, double? Longitude);

    public sealed record TestServer(string Name, string Country, string Url, double Latitude, double Longitude);

    public interface IIpInfoClient
    {
        Task<IpInfo?> LookupAsync(IPAddress address, CancellationToken ct);
    }

    public static class ServerList
    {
        public static readonly IReadOnlyList<TestServer> All = new[]
        {
            new TestServer("Amsterdam, Netherlands", "NL", "https://ams.speedtest.example/", 52.37, 4.90),
            new TestServer("Frankfurt, Germany", "DE", "https://fra.speedtest.example/", 50.11, 8.68),
            new TestServer("Tehran, Iran (Faraso)", "IR", "https://st.thr.example/", 35.69, 51.39),
            new TestServer("Qom, Iran", "IR", "https://st.qom.example/", 34.64, 50.88),
            new TestServer("Havana, Cuba", "CU", "https://hav.speedtest.example/", 23.11, -82.37),
        };

        public static TestServer Closest(double lat, double lon, string? preferCountry) =>
            All.OrderBy(s => s.Country == preferCountry ? 0 : 1)
               .ThenBy(s => Haversine(lat, lon, s.Latitude, s.Longitude))
               .First();

        public static double Haversine(double lat1, double lon1, double lat2, double lon2)
        {
            const double R = 6371;
            double dLat = (lat2 - lat1) * Math.PI / 180, dLon = (lon2 - lon1) * Math.PI / 180;
            double a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                       Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
            return R * 2 * Math.Atan2(Math.Sqrt(a), Math.Sqrt(1 - a));
        }
    }

    [ApiController]
    [Route("backend")]
    public sealed class GetIpController : ControllerBase
    {
        private readonly IIpInfoClient _ipInfo;

        public GetIpController(IIpInfoClient ipInfo) => _ipInfo = ipInfo;

        [HttpGet("getIP")]
        public async Task<IActionResult> GetIp([FromQuery] bool isp, [FromQuery] string? distance, CancellationToken ct)
        {
            var address = HttpContext.Connection.RemoteIpAddress ?? IPAddress.Loopback;
            var processed = address.ToString();
            if (!isp)
            {
                return Ok(new { processedString = processed });
            }

            var info = await _ipInfo.LookupAsync(address, ct);
            if (info is null)
            {
                return Ok(new { processedString = processed });
            }

            var ispName = string.IsNullOrEmpty(info.Org) ? "Unknown ISP" : info.Org;
            var label = $"{processed} - {ispName}, {info.Country ?? "??"}";

            if (distance is "km" or "mi" && info.Latitude is double lat && info.Longitude is double lon)
            {
                var server = ServerList.Closest(lat, lon, info.Country);
                var km = ServerList.Haversine(lat, lon, server.Latitude, server.Longitude);
                var shown = distance == "mi" ? km * 0.621371 : km;
                label += $" ({Math.Round(shown, -1)} {distance} to {server.Name})";
            }

            return Ok(new { processedString = label, rawIspInfo = info });
        }
    }
}
