// expect: warn A self-hosted mirror for an anti-virus engine's signature databases (main.cvd, daily.cvd, bytecode.cvd) loads per-country CIDR zone files for Iran, Cuba, Syria and North Korea at start-up and answers 403 to any freshclam-style client whose address falls inside one of those ranges, so scanners in Iran stop receiving virus definitions; anti-virus software and its updates are authorized for Iran under GL D-2.
// modelled-on: Cisco-Talos/clamav-faq issue #158 "Update server is not available for iranian users" (paraphrased, not copied; the 403 returned to Iranian freshclam clients by the definitions CDN became an ASP.NET endpoint filter driven by country IP-range zone files)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case326
{
    using System.Net;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;
    using Microsoft.Extensions.Logging;

    public sealed class ZoneRangeTable
    {
        private readonly List<(string Zone, IPNetwork Network)> _ranges = new();

        public static ZoneRangeTable Load(string directory, params string[] zones)
        {
            var table = new ZoneRangeTable();
            foreach (var zone in zones)
            {
                var file = Path.Combine(directory, zone + ".zone");
                if (!File.Exists(file)) continue;
                foreach (var line in File.ReadLines(file))
                {
                    var trimmed = line.Trim();
                    if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
                    if (IPNetwork.TryParse(trimmed, out var net))
                        table._ranges.Add((zone, net));
                }
            }
            return table;
        }

        public string? Match(IPAddress address)
        {
            if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
            foreach (var (zone, net) in _ranges)
                if (net.Contains(address)) return zone;
            return null;
        }
    }

    public sealed class ZoneDenyFilter : IEndpointFilter
    {
        private readonly ZoneRangeTable _table;
        private readonly ILogger<ZoneDenyFilter> _log;

        public ZoneDenyFilter(ZoneRangeTable table, ILogger<ZoneDenyFilter> log)
        {
            _table = table;
            _log = log;
        }

        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var remote = context.HttpContext.Connection.RemoteIpAddress;
            if (remote is not null && _table.Match(remote) is { } zone)
            {
                _log.LogInformation("definitions request from {Ip} refused (zone {Zone})", remote, zone);
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }
            return await next(context);
        }
    }

    public static class SignatureMirror
    {
        private static readonly string[] Databases = { "main.cvd", "daily.cvd", "bytecode.cvd", "main.cld", "daily.cld" };

        public static void Map(WebApplication app, string dataRoot)
        {
            var table = ZoneRangeTable.Load(Path.Combine(dataRoot, "geo-zones"), "ir", "cu", "sy", "kp");
            var filter = new ZoneDenyFilter(table, app.Services.GetRequiredService<ILogger<ZoneDenyFilter>>());

            app.MapGet("/{file}", (string file) =>
                {
                    if (!Databases.Contains(file, StringComparer.OrdinalIgnoreCase))
                        return Results.NotFound();
                    var path = Path.Combine(dataRoot, "db", file);
                    return File.Exists(path)
                        ? Results.File(path, "application/octet-stream", file)
                        : Results.NotFound();
                })
                .AddEndpointFilter(filter);

            app.MapGet("/dns/version", () => Results.Text("0.103.12:62:27412:1718000000:1:90:49192:335"));
        }
    }
}
