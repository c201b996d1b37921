// expect: none A Discord bot's guild-create handler stores the new guild and, when the guild's voice region is "russia", sets the bot's locale for that guild to ru_RU; the region only selects a translation, nothing is refused or degraded.
// modelled-on: monitoringSkat/muffin events/bot/guildCreate.js (paraphrased, not copied; the JavaScript event module became a C# event handler with a small region-to-locale dictionary; Discord client types are stubbed in file)
// packages: Microsoft.AspNetCore.App (framework reference), Discord.Net types (stubbed in file)
// source: blind

namespace BlindCorpus.Case284
{
    using Microsoft.Extensions.Logging;

    // --- minimal stand-ins for the Discord client library ---
    public interface IGuild
    {
        ulong Id { get; }
        string Name { get; }
        string VoiceRegionId { get; }
        string PreferredLocale { get; }
    }

    public interface IBotDatabase
    {
        Task AddGuildAsync(ulong guildId, CancellationToken ct = default);
        Task UpdateGuildAsync(ulong guildId, Action<GuildSettings> update, CancellationToken ct = default);
    }

    public sealed class GuildSettings
    {
        public string Locale { get; set; } = "en_US";
        public string Prefix { get; set; } = "!";
    }

    public sealed class GuildCreateHandler
    {
        private static readonly IReadOnlyDictionary<string, string> RegionLocales = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["russia"] = "ru_RU",
            ["brazil"] = "pt_BR",
            ["japan"] = "ja_JP",
        };

        private readonly IBotDatabase _db;
        private readonly ILogger<GuildCreateHandler> _logger;

        public GuildCreateHandler(IBotDatabase db, ILogger<GuildCreateHandler> logger)
        {
            _db = db;
            _logger = logger;
        }

        public string Name => "guildCreate";

        public async Task ExecuteAsync(IGuild guild, CancellationToken ct = default)
        {
            await _db.AddGuildAsync(guild.Id, ct);

            if (RegionLocales.TryGetValue(guild.VoiceRegionId, out var locale))
            {
                await _db.UpdateGuildAsync(guild.Id, s => s.Locale = locale, ct);
                _logger.LogInformation("Guild {Guild} joined from region {Region}; locale set to {Locale}", guild.Name, guild.VoiceRegionId, locale);
            }
            else if (guild.PreferredLocale.StartsWith("ru", StringComparison.OrdinalIgnoreCase))
            {
                await _db.UpdateGuildAsync(guild.Id, s => s.Locale = "ru_RU", ct);
            }
        }
    }
}
