// expect: none A match-making service picks the server pool from the player's GeoIP country with a switch expression (IR, IQ, AE and nearby countries go to the Middle East pool, European countries to EU West, and so on) and widens the search when a pool is thin; Iran only chooses the nearest servers and every player still gets a match.
// modelled-on: ValveSoftware/Dota2-Gameplay issue #16260 (paraphrased, not copied; the complaint asking to confine Iranian players to their own region became a latency-oriented pool selector that routes by country and falls back to neighbouring pools instead of refusing anyone)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case354
{
    using Microsoft.AspNetCore.Mvc;

    public enum ServerPool
    {
        EuWest,
        EuEast,
        MiddleEast,
        India,
        UsEast,
        SouthAmerica,
    }

    public sealed record QueueTicket(Guid PlayerId, ServerPool Pool, IReadOnlyList<ServerPool> Fallbacks, DateTimeOffset QueuedAt);

    public interface IPlayerGeo
    {
        ValueTask<string?> CountryAsync(Guid playerId, CancellationToken ct);
    }

    public interface IQueueBackend
    {
        Task EnqueueAsync(QueueTicket ticket, CancellationToken ct);
        int WaitingIn(ServerPool pool);
    }

    public static class PoolSelector
    {
        public static ServerPool ForCountry(string? country) => country?.ToUpperInvariant() switch
        {
            "IR" or "IQ" or "AE" or "SA" or "KW" or "QA" or "BH" or "OM" or "JO" => ServerPool.MiddleEast,
            "TR" or "RO" or "BG" or "GR" or "UA" or "PL" => ServerPool.EuEast,
            "IN" or "PK" or "BD" or "LK" => ServerPool.India,
            "US" or "CA" or "MX" => ServerPool.UsEast,
            "BR" or "AR" or "CL" or "PE" => ServerPool.SouthAmerica,
            _ => ServerPool.EuWest,
        };

        public static IReadOnlyList<ServerPool> Neighbours(ServerPool pool) => pool switch
        {
            ServerPool.MiddleEast => new[] { ServerPool.EuEast, ServerPool.India, ServerPool.EuWest },
            ServerPool.EuEast => new[] { ServerPool.EuWest, ServerPool.MiddleEast },
            ServerPool.India => new[] { ServerPool.MiddleEast, ServerPool.EuEast },
            ServerPool.SouthAmerica => new[] { ServerPool.UsEast },
            ServerPool.UsEast => new[] { ServerPool.EuWest },
            _ => new[] { ServerPool.EuEast },
        };
    }

    [ApiController]
    [Route("api/matchmaking")]
    public sealed class MatchmakingController : ControllerBase
    {
        private const int ThinPool = 10;
        private readonly IPlayerGeo _geo;
        private readonly IQueueBackend _queue;

        public MatchmakingController(IPlayerGeo geo, IQueueBackend queue)
        {
            _geo = geo;
            _queue = queue;
        }

        [HttpPost("{playerId:guid}/queue")]
        public async Task<IActionResult> Queue(Guid playerId, CancellationToken ct)
        {
            var pool = PoolSelector.ForCountry(await _geo.CountryAsync(playerId, ct));
            var fallbacks = _queue.WaitingIn(pool) < ThinPool
                ? PoolSelector.Neighbours(pool)
                : Array.Empty<ServerPool>();

            var ticket = new QueueTicket(playerId, pool, fallbacks, DateTimeOffset.UtcNow);
            await _queue.EnqueueAsync(ticket, ct);
            return Accepted(ticket);
        }
    }
}
