// expect: none An ASP.NET Core health check probes the MaxMind GeoLite2 database with canary addresses whose expected countries are IR and DE and reports HealthStatus.Degraded (stale or missing database) when a lookup disagrees; the "IR" comparison and the "degraded" status concern the service's own health endpoint, no user is denied anything.
// modelled-on: ZubiDev22/GeoCore GeoCore/HealthChecks/GeoCoreHealthCheck.cs (paraphrased, not copied; the MaxMind canary probes are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case224
{
    using System.Net;
    using MaxMind.GeoIP2;
    using MaxMind.GeoIP2.Exceptions;
    using Microsoft.Extensions.Diagnostics.HealthChecks;

    public sealed class GeoDatabaseOptions
    {
        public string CountryDbPath { get; set; } = "GeoLite2-Country.mmdb";
        public int MaxAgeDays { get; set; } = 35;
    }

    public sealed record GeoCanary(string Address, string ExpectedIso);

    public sealed class GeoDatabaseHealthCheck : IHealthCheck
    {
        // well-known allocations used as canaries: TCI (Iran) and Hetzner (Germany)
        private static readonly GeoCanary[] Canaries =
        {
            new("2.176.0.1", "IR"),
            new("46.4.0.1", "DE"),
        };

        private readonly GeoDatabaseOptions _options;

        public GeoDatabaseHealthCheck(Microsoft.Extensions.Options.IOptions<GeoDatabaseOptions> options) => _options = options.Value;

        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            if (!File.Exists(_options.CountryDbPath))
                return Task.FromResult(HealthCheckResult.Unhealthy($"GeoIP database not found at {_options.CountryDbPath}"));

            var data = new Dictionary<string, object>();
            var mismatches = new List<string>();
            try
            {
                using var reader = new DatabaseReader(_options.CountryDbPath);
                var built = reader.Metadata.BuildDate;
                data["buildDate"] = built;

                foreach (var canary in Canaries)
                {
                    string? iso;
                    try
                    {
                        iso = reader.Country(IPAddress.Parse(canary.Address)).Country.IsoCode;
                    }
                    catch (AddressNotFoundException)
                    {
                        iso = null;
                    }

                    data[canary.Address] = iso ?? "(none)";
                    if (iso != canary.ExpectedIso)
                        mismatches.Add($"{canary.Address}: expected {canary.ExpectedIso}, got {iso ?? "nothing"}");
                }

                if (mismatches.Count > 0)
                    return Task.FromResult(HealthCheckResult.Degraded("GeoIP canary lookups disagree: " + string.Join("; ", mismatches), data: data));

                if (DateTime.UtcNow - built > TimeSpan.FromDays(_options.MaxAgeDays))
                    return Task.FromResult(HealthCheckResult.Degraded($"GeoIP database is older than {_options.MaxAgeDays} days", data: data));

                return Task.FromResult(HealthCheckResult.Healthy("GeoIP database is current", data));
            }
            catch (Exception ex)
            {
                return Task.FromResult(HealthCheckResult.Unhealthy("GeoIP database could not be read", ex, data));
            }
        }
    }

    public static class GeoHealthRegistration
    {
        public static IServiceCollection AddGeoDatabaseHealth(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<GeoDatabaseOptions>(configuration.GetSection("GeoIp"));
            services.AddHealthChecks().AddCheck<GeoDatabaseHealthCheck>("geoip", failureStatus: HealthStatus.Unhealthy, tags: new[] { "ready" });
            return services;
        }

        public static IEndpointRouteBuilder MapGeoHealth(this IEndpointRouteBuilder app)
        {
            app.MapHealthChecks("/health/ready", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
            {
                Predicate = r => r.Tags.Contains("ready"),
            });
            return app;
        }
    }
}
