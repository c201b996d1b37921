// expect: warn A game-server community manager handles the PlayerIpDetected event and, in "deny" mode with the configured list IR, SY, CU, KP, kicks or temporarily bans the player from the multiplayer server unless they hold the immunity permission; online gaming is among the services GL D-2 authorizes for Iran, so removing Iranian players is over-compliance.
// modelled-on: gettakaro/takaro packages/lib-modules/src/modules/geoBlock/hooks/IPDetected.js (paraphrased, not copied; kept the hook shape - country from the IP-detected event, allow/deny mode over a configured country list, immunity permission, ban-with-duration or kick - and rewrote it as a C# event handler with a sanctions-flavoured default list)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case316
{
    using Microsoft.Extensions.Logging;
    using Microsoft.Extensions.Options;

    public enum GeoBlockMode
    {
        Allow,
        Deny,
    }

    public sealed class GeoBlockModuleConfig
    {
        public GeoBlockMode Mode { get; set; } = GeoBlockMode.Deny;
        public List<string> Countries { get; set; } = new() { "IR", "SY", "CU", "KP" };
        public bool Ban { get; set; } = true;
        public int BanDurationSeconds { get; set; } = 86400;
        public string Message { get; set; } = "This server is not available in your country.";
    }

    public sealed record PlayerIpDetected(Guid GameServerId, Guid PlayerId, string Ip, string Country);

    public interface IGameServerAdmin
    {
        Task KickPlayerAsync(Guid gameServerId, Guid playerId, string reason, CancellationToken ct);
        Task BanPlayerAsync(Guid gameServerId, Guid playerId, DateTimeOffset until, string reason, CancellationToken ct);
        Task<bool> HasPermissionAsync(Guid gameServerId, Guid playerId, string permission, CancellationToken ct);
    }

    public interface IGameEventHandler<in TEvent>
    {
        Task HandleAsync(TEvent evt, CancellationToken ct);
    }

    public sealed class GeoBlockHook : IGameEventHandler<PlayerIpDetected>
    {
        private readonly IGameServerAdmin _admin;
        private readonly GeoBlockModuleConfig _config;
        private readonly ILogger<GeoBlockHook> _logger;

        public GeoBlockHook(IGameServerAdmin admin, IOptions<GeoBlockModuleConfig> config, ILogger<GeoBlockHook> logger)
        {
            _admin = admin;
            _config = config.Value;
            _logger = logger;
        }

        public async Task HandleAsync(PlayerIpDetected evt, CancellationToken ct)
        {
            if (await _admin.HasPermissionAsync(evt.GameServerId, evt.PlayerId, "GEOBLOCK_IMMUNITY", ct))
            {
                _logger.LogDebug("Player {Player} is immune to geo blocking", evt.PlayerId);
                return;
            }

            var listed = _config.Countries.Contains(evt.Country, StringComparer.OrdinalIgnoreCase);
            var blocked = _config.Mode == GeoBlockMode.Deny ? listed : !listed;
            if (!blocked)
                return;

            _logger.LogInformation("Removing player {Player} connecting from {Country}", evt.PlayerId, evt.Country);

            if (_config.Ban)
            {
                var until = DateTimeOffset.UtcNow.AddSeconds(_config.BanDurationSeconds);
                await _admin.BanPlayerAsync(evt.GameServerId, evt.PlayerId, until, _config.Message, ct);
            }
            else
            {
                await _admin.KickPlayerAsync(evt.GameServerId, evt.PlayerId, _config.Message, ct);
            }
        }
    }
}
