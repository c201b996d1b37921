// expect: info An API's middleware geolocates the caller and returns 403 when the country is present in an in-memory blocked-country repository that administrators fill at run time (permanent and temporal blocks); neither the blocked countries nor the protected feature can be determined from the code, so it needs review.
// modelled-on: MohamedGhonemii/BlockCountriesApi Controllers/IpController.cs and Services/Service/InMemoryBlockedCountryRepository.cs (paraphrased, not copied; the check-block endpoint logic became a middleware in front of every route, with the attempt log kept)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case282
{
    using System.Collections.Concurrent;
    using Microsoft.AspNetCore.Http;

    public sealed record BlockedCountry(string Code, DateTimeOffset? ExpiresAt);

    public sealed record BlockAttempt(string Ip, string CountryCode, DateTimeOffset At, bool Blocked, string UserAgent);

    public sealed record GeoLookupResult(bool Success, string? CountryCode, string? CountryName, string? Error);

    public interface IGeoIpService
    {
        Task<GeoLookupResult> LookupAsync(string ip, CancellationToken ct);
    }

    public interface IBlockedCountryRepository
    {
        bool TryAdd(BlockedCountry country);
        bool Remove(string code);
        BlockedCountry? Get(string code);
    }

    public sealed class InMemoryBlockedCountryRepository : IBlockedCountryRepository
    {
        private readonly ConcurrentDictionary<string, BlockedCountry> _items = new(StringComparer.OrdinalIgnoreCase);

        public bool TryAdd(BlockedCountry country) => _items.TryAdd(country.Code, country);

        public bool Remove(string code) => _items.TryRemove(code, out _);

        public BlockedCountry? Get(string code) =>
            _items.TryGetValue(code, out var c) && (c.ExpiresAt is null || c.ExpiresAt > DateTimeOffset.UtcNow) ? c : null;
    }

    public sealed class CountryBlockMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly ConcurrentQueue<BlockAttempt> _attempts;

        public CountryBlockMiddleware(RequestDelegate next, ConcurrentQueue<BlockAttempt> attempts)
        {
            _next = next;
            _attempts = attempts;
        }

        public async Task InvokeAsync(HttpContext context, IGeoIpService geo, IBlockedCountryRepository repo)
        {
            if (context.Request.Path.StartsWithSegments("/api/countries"))
            {
                await _next(context); // admin endpoints that manage the list
                return;
            }

            var ip = context.Request.Headers.TryGetValue("X-Forwarded-For", out var fwd)
                ? fwd.ToString().Split(',')[0].Trim()
                : context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";

            var res = await geo.LookupAsync(ip, context.RequestAborted);
            var blocked = res.Success && !string.IsNullOrWhiteSpace(res.CountryCode) && repo.Get(res.CountryCode) is not null;

            _attempts.Enqueue(new BlockAttempt(ip, res.CountryCode ?? string.Empty, DateTimeOffset.UtcNow, blocked,
                context.Request.Headers.UserAgent.ToString()));

            if (blocked)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { error = "Access from your country is blocked.", country = res.CountryCode });
                return;
            }

            await _next(context);
        }
    }
}
