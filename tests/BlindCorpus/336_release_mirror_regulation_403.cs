// expect: info A generic release download mirror (/dl/{channel}/{**path}) serves whatever files sit under its releases directory and returns 403 "downloads are not available in your country due to U.S. regulations" to visitors whose GeoIP country is in DownloadMirror:RestrictedCountries (IR, CU, SY, KP in appsettings.json); Iran is blocked, but nothing in the code says what software the artifacts are (a communication tool, a server product, something export-controlled), so the block cannot be judged against GL D-2.
// modelled-on: minio/minio issue #8575 "dl.minio.io not accessible from Iran" (paraphrased, not copied; the download host that refused Iranian addresses "on purpose ... needed by US regulations" became a product-neutral C# download mirror whose restricted-country list is bound from JSON configuration)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case336
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Options;

    public sealed class DownloadMirrorOptions
    {
        public string ReleaseRoot { get; set; } = "/srv/releases";
        public string GeoDatabase { get; set; } = "GeoLite2-Country.mmdb";
        public string[] RestrictedCountries { get; set; } = Array.Empty<string>();
        public string[] Channels { get; set; } = { "release", "edge" };
    }

    public static class DownloadMirror
    {
        public static void AddDownloadMirror(this IServiceCollection services, IConfiguration config)
        {
            services.Configure<DownloadMirrorOptions>(config.GetSection("DownloadMirror"));
            services.AddSingleton(sp => new DatabaseReader(sp.GetRequiredService<IOptions<DownloadMirrorOptions>>().Value.GeoDatabase));
        }

        public static void MapDownloadMirror(this WebApplication app)
        {
            app.MapGet("/dl/{channel}/{**path}", (string channel, string path, HttpContext http,
                IOptionsSnapshot<DownloadMirrorOptions> options, DatabaseReader geo) =>
            {
                var opts = options.Value;
                if (!opts.Channels.Contains(channel, StringComparer.OrdinalIgnoreCase))
                    return Results.NotFound();

                var ip = http.Connection.RemoteIpAddress;
                if (ip is not null && geo.TryCountry(ip, out var c) && c?.Country.IsoCode is { } iso
                    && opts.RestrictedCountries.Contains(iso, StringComparer.OrdinalIgnoreCase))
                {
                    return Results.Text("Downloads are not available in your country due to U.S. regulations.",
                        statusCode: StatusCodes.Status403Forbidden);
                }

                var root = Path.GetFullPath(Path.Combine(opts.ReleaseRoot, channel));
                var full = Path.GetFullPath(Path.Combine(root, path));
                if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
                    return Results.NotFound();

                return Results.File(full, "application/octet-stream", Path.GetFileName(full), enableRangeProcessing: true);
            });
        }
    }
}
