// expect: info A generic geo-blocking middleware, registered in front of the whole application, looks the caller's IP up through an HTTP geolocation client and returns 403 when the country is in an in-memory blocked store seeded from options bound to configuration (appsettings lists IR, KP and CU); Iran is blocked, but nothing in the code says what the application offers, so the block cannot be judged against D-2.
// modelled-on: xma7med/Geo-Information-Blocker GeoBlocker/_Controllers/ipController.cs and _Services/_IPCheckUp (paraphrased, not copied; the check-block endpoint that looked up the caller IP against an in-memory blocked-country store became app-wide middleware whose store is seeded from IOptions bound to a GeoBlocking section)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case352
{
    using System.Collections.Concurrent;
    using System.Net.Http.Json;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Configuration;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Options;

    public sealed class GeoBlockingOptions
    {
        public bool Enabled { get; set; } = true;
        public string LookupBaseUrl { get; set; } = string.Empty;
        public List<string> BlockedCountries { get; set; } = new();
    }

    public sealed record IpLookupResult(string? Ip, string? CountryCode2, string? CountryName);

    public interface IBlockedCountryStore
    {
        bool IsBlocked(string countryCode);
        bool Add(string countryCode);
        bool Remove(string countryCode);
    }

    public sealed class InMemoryBlockedCountryStore : IBlockedCountryStore
    {
        private readonly ConcurrentDictionary<string, DateTimeOffset> _blocked = new(StringComparer.OrdinalIgnoreCase);

        public InMemoryBlockedCountryStore(IOptions<GeoBlockingOptions> options)
        {
            foreach (var code in options.Value.BlockedCountries)
            {
                _blocked.TryAdd(code, DateTimeOffset.UtcNow);
            }
        }

        public bool IsBlocked(string countryCode) => _blocked.ContainsKey(countryCode);
        public bool Add(string countryCode) => _blocked.TryAdd(countryCode, DateTimeOffset.UtcNow);
        public bool Remove(string countryCode) => _blocked.TryRemove(countryCode, out _);
    }

    public interface IIpLookupClient
    {
        Task<IpLookupResult?> LookupAsync(string ip, CancellationToken ct);
    }

    public sealed class IpLookupClient : IIpLookupClient
    {
        private readonly HttpClient _http;
        private readonly GeoBlockingOptions _options;

        public IpLookupClient(HttpClient http, IOptions<GeoBlockingOptions> options)
        {
            _http = http;
            _options = options.Value;
        }

        public Task<IpLookupResult?> LookupAsync(string ip, CancellationToken ct) =>
            _http.GetFromJsonAsync<IpLookupResult>($"{_options.LookupBaseUrl}?ip={Uri.EscapeDataString(ip)}", ct);
    }

    public sealed class CountryGateMiddleware
    {
        private readonly RequestDelegate _next;

        public CountryGateMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext context, IIpLookupClient lookup, IBlockedCountryStore store, IOptionsSnapshot<GeoBlockingOptions> options)
        {
            if (!options.Value.Enabled)
            {
                await _next(context);
                return;
            }

            var ip = context.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim()
                     ?? context.Connection.RemoteIpAddress?.ToString();

            if (ip is not null)
            {
                var result = await lookup.LookupAsync(ip, context.RequestAborted);
                if (result?.CountryCode2 is { Length: 2 } code && store.IsBlocked(code))
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsJsonAsync(new { message = "Access from your country is blocked." });
                    return;
                }
            }

            await _next(context);
        }
    }

    public static class GeoBlockingSetup
    {
        public static IServiceCollection AddCountryGate(this IServiceCollection services, IConfiguration configuration)
        {
            services.Configure<GeoBlockingOptions>(configuration.GetSection("GeoBlocking"));
            services.AddSingleton<IBlockedCountryStore, InMemoryBlockedCountryStore>();
            services.AddHttpClient<IIpLookupClient, IpLookupClient>();
            return services;
        }

        public static WebApplication UseCountryGate(this WebApplication app)
        {
            app.UseMiddleware<CountryGateMiddleware>();
            return app;
        }
    }
}
