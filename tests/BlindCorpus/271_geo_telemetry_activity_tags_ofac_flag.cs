// expect: none A middleware resolves each request's country, stores it in HttpContext.Items and tags the current Activity (country, continent, and a compliance.ofac_jurisdiction flag for IR/CU/KP/SY dashboards) before always calling the next middleware; the country is only recorded for telemetry, nothing is denied or degraded.
// modelled-on: scottgal/mostlylucid.nugetpackages Mostlylucid.GeoDetection/Telemetry/GeoDetectionTelemetry.cs (paraphrased, not copied; the ActivitySource helpers were folded into a small middleware and an extra reporting tag for sanctioned jurisdictions was added)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case271
{
    using System.Diagnostics;
    using System.Diagnostics.Metrics;
    using System.Net;
    using Microsoft.AspNetCore.Http;

    public sealed record GeoLocation(string CountryCode, string CountryName, string? ContinentCode, bool IsHosting);

    public interface IGeoLocationService
    {
        Task<GeoLocation?> GetLocationAsync(IPAddress address, CancellationToken ct);
    }

    public static class GeoTelemetry
    {
        public const string SourceName = "Contoso.GeoDetection";
        public static readonly ActivitySource Source = new(SourceName);
        private static readonly Meter Meter = new(SourceName);
        public static readonly Counter<long> RequestsByCountry = Meter.CreateCounter<long>("geo.requests");

        // Used only to split dashboards for the compliance team.
        private static readonly string[] OfacJurisdictions = { "IR", "CU", "KP", "SY" };

        public static void Record(Activity? activity, GeoLocation location)
        {
            var ofac = OfacJurisdictions.Contains(location.CountryCode);
            RequestsByCountry.Add(1,
                new KeyValuePair<string, object?>("country", location.CountryCode),
                new KeyValuePair<string, object?>("ofac", ofac));

            if (activity is null)
            {
                return;
            }

            activity.SetTag("geo.country_code", location.CountryCode);
            activity.SetTag("geo.country_name", location.CountryName);
            if (!string.IsNullOrEmpty(location.ContinentCode))
            {
                activity.SetTag("geo.continent_code", location.ContinentCode);
            }

            activity.SetTag("geo.is_hosting", location.IsHosting);
            activity.SetTag("compliance.ofac_jurisdiction", ofac);
        }
    }

    public sealed class GeoTaggingMiddleware
    {
        public const string ItemKey = "GeoLocation";
        private readonly RequestDelegate _next;

        public GeoTaggingMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext context, IGeoLocationService geo)
        {
            if (context.Connection.RemoteIpAddress is { } ip)
            {
                using var activity = GeoTelemetry.Source.StartActivity("GeoDetection.GetLocation");
                var location = await geo.GetLocationAsync(ip, context.RequestAborted);
                if (location is not null)
                {
                    context.Items[ItemKey] = location;
                    GeoTelemetry.Record(activity, location);
                }
            }

            await _next(context);
        }
    }
}
