// expect: none A Discord.Net slash-command module lets each player store an IANA/Windows time zone; when the zone is Asia/Tehran (Iran Standard Time) the next game session is shown with an extra Solar Hijri date, and Havana/Pyongyang zones are just converted; the zone only formats times, nothing is refused.
// modelled-on: BlueishLeaf/GameMasterBot Modules/TimezoneModule.cs (paraphrased, not copied; the Tehran calendar display and the next-session command are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Discord.Net.Interactions (stubbed in file)
// source: blind

namespace Discord
{
    public interface IUser
    {
        ulong Id { get; }
        string Username { get; }
    }
}

namespace Discord.Interactions
{
    public enum ContextType { Guild = 1, DM = 2 }

    public enum InteractionCommandError { UnknownCommand, ParseFailed, BadArgs, Exception, Unsuccessful, UnmetPrecondition }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class RequireContextAttribute : Attribute
    {
        public RequireContextAttribute(ContextType contexts) => Contexts = contexts;
        public ContextType Contexts { get; }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class GroupAttribute : Attribute
    {
        public GroupAttribute(string name, string description) => (Name, Description) = (name, description);
        public string Name { get; }
        public string Description { get; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class SlashCommandAttribute : Attribute
    {
        public SlashCommandAttribute(string name, string description) => (Name, Description) = (name, description);
        public string Name { get; }
        public string Description { get; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class SummaryAttribute : Attribute
    {
        public SummaryAttribute(string? name = null, string? description = null) => (Name, Description) = (name, description);
        public string? Name { get; }
        public string? Description { get; }
    }

    public abstract class RuntimeResult
    {
        protected RuntimeResult(InteractionCommandError? error, string reason) => (Error, ErrorReason) = (error, reason);
        public InteractionCommandError? Error { get; }
        public string ErrorReason { get; }
        public bool IsSuccess => !Error.HasValue;
    }

    public class SocketInteractionContext
    {
        public Discord.IUser User { get; set; } = null!;
    }

    public abstract class InteractionModuleBase<T> where T : class
    {
        public T Context { get; set; } = null!;
        protected virtual Task RespondAsync(string? text = null, bool ephemeral = false) => Task.CompletedTask;
    }
}

namespace BlindCorpus.Case223
{
    using System.Globalization;
    using Discord.Interactions;

    public sealed class CommandResult : RuntimeResult
    {
        private CommandResult(InteractionCommandError? error, string reason) : base(error, reason) { }
        public static CommandResult AsSuccess() => new(null, "");
        public static CommandResult FromError(string reason) => new(InteractionCommandError.Unsuccessful, reason);
    }

    public sealed class PlayerProfile
    {
        public ulong DiscordId { get; set; }
        public string TimeZoneId { get; set; } = "Etc/UTC";
    }

    public interface IUserService
    {
        Task<PlayerProfile> GetByDiscordUserId(ulong id);
        Task UpdateTimezone(ulong id, string timeZoneId);
    }

    public interface ISessionService
    {
        Task<DateTime?> NextSessionUtcAsync(ulong discordUserId);
    }

    public static class TimezoneFormatting
    {
        private static readonly HashSet<string> IranZones = new(StringComparer.OrdinalIgnoreCase) { "Asia/Tehran", "Iran Standard Time" };

        public static bool TryFind(string id, out TimeZoneInfo zone)
        {
            try
            {
                zone = TimeZoneInfo.FindSystemTimeZoneById(id);
                return true;
            }
            catch (TimeZoneNotFoundException)
            {
                zone = TimeZoneInfo.Utc;
                return false;
            }
        }

        public static string Describe(DateTime utc, TimeZoneInfo zone)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(utc, zone);
            var text = local.ToString("dddd d MMMM yyyy HH:mm", CultureInfo.InvariantCulture) + $" ({zone.Id})";
            if (IranZones.Contains(zone.Id))
            {
                var pc = new PersianCalendar();
                text += $" / {pc.GetYear(local)}-{pc.GetMonth(local):00}-{pc.GetDayOfMonth(local):00} SH";
            }
            return text;
        }
    }

    [RequireContext(ContextType.Guild)]
    [Group("timezone", "View or change your time zone")]
    public class TimezoneModule : InteractionModuleBase<SocketInteractionContext>
    {
        private readonly IUserService _users;
        private readonly ISessionService _sessions;

        public TimezoneModule(IUserService users, ISessionService sessions)
        {
            _users = users;
            _sessions = sessions;
        }

        [SlashCommand("view", "Show the time zone you have set")]
        public async Task<RuntimeResult> TimezoneAsync()
        {
            var user = await _users.GetByDiscordUserId(Context.User.Id);
            TimezoneFormatting.TryFind(user.TimeZoneId, out var zone);
            await RespondAsync($"Your time zone is {zone.Id}.", ephemeral: true);
            return CommandResult.AsSuccess();
        }

        [SlashCommand("set", "Set your time zone (IANA name, e.g. Asia/Tehran)")]
        public async Task<RuntimeResult> SetTimezoneAsync([Summary("iana-timezone", "IANA time zone name")] string ianaTimezone)
        {
            if (!TimezoneFormatting.TryFind(ianaTimezone, out var zone))
                return CommandResult.FromError($"'{ianaTimezone}' is not a known time zone.");

            await _users.UpdateTimezone(Context.User.Id, zone.Id);
            await RespondAsync($"Time zone set to {zone.Id}.", ephemeral: true);
            return CommandResult.AsSuccess();
        }

        [SlashCommand("next-session", "When is the next session in your time?")]
        public async Task<RuntimeResult> NextSessionAsync()
        {
            var user = await _users.GetByDiscordUserId(Context.User.Id);
            var next = await _sessions.NextSessionUtcAsync(Context.User.Id);
            if (next is null)
                return CommandResult.FromError("No session is scheduled.");

            TimezoneFormatting.TryFind(user.TimeZoneId, out var zone);
            await RespondAsync($"Next session: {TimezoneFormatting.Describe(next.Value, zone)}", ephemeral: true);
            return CommandResult.AsSuccess();
        }
    }
}
