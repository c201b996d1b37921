// expect: info A chat-messaging API's middleware rejects requests whose geolocated country is in a blocked-country set that an admin manages at run time (stored in a repository and refreshed by a background service, with temporary blocks that expire); which jurisdictions are blocked cannot be known from the code, and the gated feature is chat.
// modelled-on: Mo7hamedHany/IPCountryBlocker README.md (paraphrased, not copied; the admin-managed permanent/temporal block lists are consumed by middleware in front of chat endpoints, with a hosted refresher instead of Hangfire)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case233
{
    using System.Collections.Concurrent;
    using Microsoft.Extensions.Hosting;

    public sealed record CountryBlock(string Code, DateTimeOffset? ExpiresAt);

    public interface ICountryBlockRepository
    {
        Task<IReadOnlyList<CountryBlock>> ListAsync(CancellationToken ct);
    }

    public interface IIpGeolocation
    {
        Task<string?> CountryCodeAsync(string ip, CancellationToken ct);
    }

    public sealed class BlockedCountryCache
    {
        private volatile IReadOnlyDictionary<string, DateTimeOffset?> _current = new Dictionary<string, DateTimeOffset?>();

        public void Replace(IEnumerable<CountryBlock> blocks)
            => _current = blocks.GroupBy(b => b.Code.ToUpperInvariant())
                .ToDictionary(g => g.Key, g => g.Max(b => b.ExpiresAt));

        public bool IsBlocked(string code, DateTimeOffset now)
            => _current.TryGetValue(code.ToUpperInvariant(), out var until) && (until is null || until > now);
    }

    public sealed class BlockListRefresher : BackgroundService
    {
        private readonly ICountryBlockRepository _repo;
        private readonly BlockedCountryCache _cache;

        public BlockListRefresher(ICountryBlockRepository repo, BlockedCountryCache cache)
        {
            _repo = repo;
            _cache = cache;
        }

        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                _cache.Replace(await _repo.ListAsync(stoppingToken));
                await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
            }
        }
    }

    public sealed class ChatCountryGateMiddleware
    {
        private static readonly ConcurrentDictionary<string, string?> Lookups = new();
        private readonly RequestDelegate _next;

        public ChatCountryGateMiddleware(RequestDelegate next) => _next = next;

        public async Task InvokeAsync(HttpContext ctx, IIpGeolocation geo, BlockedCountryCache cache)
        {
            if (!ctx.Request.Path.StartsWithSegments("/api/chat"))
            {
                await _next(ctx);
                return;
            }

            var ip = ctx.Request.Headers["X-Forwarded-For"].FirstOrDefault()?.Split(',')[0].Trim()
                     ?? ctx.Connection.RemoteIpAddress?.ToString();
            if (ip is not null)
            {
                var code = Lookups.TryGetValue(ip, out var cached) ? cached : Lookups[ip] = await geo.CountryCodeAsync(ip, ctx.RequestAborted);
                if (code is not null && cache.IsBlocked(code, DateTimeOffset.UtcNow))
                {
                    ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await ctx.Response.WriteAsJsonAsync(new { error = "Messaging is blocked for your country." });
                    return;
                }
            }

            await _next(ctx);
        }
    }
}
