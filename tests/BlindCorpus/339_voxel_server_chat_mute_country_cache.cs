// expect: warn A block-game server plugin resolves each player's country from a GeoLite2 database when they join, caches it per player, and later cancels every chat message from players whose cached country parses to a RestrictedRegion enum value (IR, CU, SY, KP) and tells them chat is unavailable; in-game chat is a communication service that GL D-2 authorizes for Iran, so muting Iranian players is over-blocking.
// modelled-on: ObsidianMC/Obsidian Obsidian.API/Events/IncomingChatMessageEventArgs.cs + Obsidian.API/Events/PlayerJoinEventArgs.cs (paraphrased, not copied; kept the join/chat event-args shapes and a cancellable chat event with the Obsidian API stubbed, and added a GeoIP country cache and chat mute that the real server does not have)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Obsidian.API (stubbed in file)
// source: blind

namespace BlindCorpus.Case339
{
    using System.Collections.Concurrent;
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    // ---- minimal stand-ins for the server plugin API ----
    public interface IPlayer
    {
        Guid Uuid { get; }
        string Username { get; }
        IPEndPoint? ClientEndPoint { get; }
        Task SendMessageAsync(string message);
    }

    public abstract class PlayerEventArgs : EventArgs
    {
        protected PlayerEventArgs(IPlayer player) => Player = player;
        public IPlayer Player { get; }
    }

    public sealed class PlayerJoinEventArgs : PlayerEventArgs
    {
        public PlayerJoinEventArgs(IPlayer player, DateTimeOffset joinDate) : base(player) => JoinDate = joinDate;
        public DateTimeOffset JoinDate { get; }
    }

    public sealed class PlayerLeaveEventArgs : PlayerEventArgs
    {
        public PlayerLeaveEventArgs(IPlayer player) : base(player) { }
    }

    public sealed class IncomingChatMessageEventArgs : PlayerEventArgs
    {
        public IncomingChatMessageEventArgs(IPlayer player, string message) : base(player) => Message = message;
        public string Message { get; }
        public bool IsCancelled { get; set; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class EventPriorityAttribute : Attribute
    {
        public int Priority { get; init; }
    }

    // ---- the plugin ----
    public enum RestrictedRegion
    {
        IR,
        CU,
        SY,
        KP,
    }

    public sealed class RegionalChatPlugin
    {
        private readonly DatabaseReader _geo;
        private readonly ILogger<RegionalChatPlugin> _logger;
        private readonly ConcurrentDictionary<Guid, string> _countryByPlayer = new();

        public RegionalChatPlugin(ILogger<RegionalChatPlugin> logger, string databasePath = "plugins/regional-chat/GeoLite2-Country.mmdb")
        {
            _logger = logger;
            _geo = new DatabaseReader(databasePath);
        }

        [EventPriority(Priority = 10)]
        public ValueTask OnPlayerJoin(PlayerJoinEventArgs e)
        {
            var address = e.Player.ClientEndPoint?.Address;
            if (address is not null && _geo.TryCountry(address, out var response) && response?.Country.IsoCode is { } iso)
            {
                _countryByPlayer[e.Player.Uuid] = iso;
            }
            return ValueTask.CompletedTask;
        }

        public ValueTask OnPlayerLeave(PlayerLeaveEventArgs e)
        {
            _countryByPlayer.TryRemove(e.Player.Uuid, out _);
            return ValueTask.CompletedTask;
        }

        [EventPriority(Priority = 100)]
        public async ValueTask OnIncomingChatMessage(IncomingChatMessageEventArgs e)
        {
            if (!IsChatRestricted(e.Player.Uuid))
                return;

            e.IsCancelled = true;
            _logger.LogDebug("Dropped chat from {Player}", e.Player.Username);
            await e.Player.SendMessageAsync("§cChat is not available in your region.");
        }

        private bool IsChatRestricted(Guid playerId)
            => _countryByPlayer.TryGetValue(playerId, out var iso)
               && Enum.TryParse<RestrictedRegion>(iso, ignoreCase: true, out _);
    }
}
