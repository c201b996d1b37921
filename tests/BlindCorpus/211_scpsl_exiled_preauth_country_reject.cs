// expect: warn An SCP: Secret Laboratory server plugin (EXILED) subscribes to PreAuthenticating and rejects players whose central-auth country is on a config list that ships with IR and SY; multiplayer online gaming is an authorized communication service for Iran.
// modelled-on: Exiled-Team/EXILED Exiled.Events/EventArgs/Player/PreAuthenticatingEventArgs.cs + Exiled.Events/Patches/Events/Player/PreAuthenticating.cs (paraphrased, not copied; the country-rejecting plugin is a realistic variation built on the event's Country property)
// packages: Microsoft.AspNetCore.App (framework reference), EXILED (stubbed in file)
// source: blind

namespace Exiled.API.Interfaces
{
    public interface IConfig
    {
        bool IsEnabled { get; set; }
        bool Debug { get; set; }
    }
}

namespace Exiled.API.Features
{
    using Exiled.API.Interfaces;

    public abstract class Plugin<TConfig> where TConfig : IConfig, new()
    {
        public TConfig Config { get; } = new();
        public virtual string Name => GetType().Name;
        public virtual string Author => "";
        public virtual void OnEnabled() { }
        public virtual void OnDisabled() { }
    }

    public static class Log
    {
        public static void Info(object message) => Console.WriteLine(message);
        public static void Debug(object message) => Console.WriteLine(message);
    }
}

namespace Exiled.Events.EventArgs.Player
{
    public sealed class PreAuthenticatingEventArgs
    {
        public PreAuthenticatingEventArgs(string userId, string ipAddress, string country)
        {
            UserId = userId;
            IpAddress = ipAddress;
            Country = country;
        }

        public string UserId { get; }
        public string IpAddress { get; }
        public string Country { get; }
        public bool IsAllowed { get; private set; } = true;
        public string? RejectReason { get; private set; }

        public void Reject(string customReason, bool isForced)
        {
            IsAllowed = false;
            RejectReason = customReason;
        }
    }
}

namespace Exiled.Events.Handlers
{
    using Exiled.Events.EventArgs.Player;

    public static class Player
    {
        public static event Action<PreAuthenticatingEventArgs>? PreAuthenticating;

        public static void OnPreAuthenticating(PreAuthenticatingEventArgs ev) => PreAuthenticating?.Invoke(ev);
    }
}

namespace BlindCorpus.Case211
{
    using System.ComponentModel;
    using Exiled.API.Features;
    using Exiled.API.Interfaces;
    using Exiled.Events.EventArgs.Player;
    using PlayerEvents = Exiled.Events.Handlers.Player;

    public sealed class RegionGuardConfig : IConfig
    {
        public bool IsEnabled { get; set; } = true;
        public bool Debug { get; set; }

        [Description("Two-letter country codes (as reported by central authentication) that may not join.")]
        public List<string> RejectedCountries { get; set; } = new() { "IR", "SY" };

        [Description("Message shown to rejected players.")]
        public string RejectMessage { get; set; } = "This server does not accept connections from your country.";

        [Description("Players whose user id is listed here are always let in.")]
        public List<string> Bypass { get; set; } = new();
    }

    public sealed class RegionGuard : Plugin<RegionGuardConfig>
    {
        public override string Name => "RegionGuard";
        public override string Author => "community";

        public override void OnEnabled()
        {
            PlayerEvents.PreAuthenticating += OnPreAuthenticating;
            base.OnEnabled();
        }

        public override void OnDisabled()
        {
            PlayerEvents.PreAuthenticating -= OnPreAuthenticating;
            base.OnDisabled();
        }

        private void OnPreAuthenticating(PreAuthenticatingEventArgs ev)
        {
            if (Config.Bypass.Contains(ev.UserId))
                return;

            if (Config.Debug)
                Log.Debug($"{ev.UserId} pre-authenticating from {ev.Country}");

            if (Config.RejectedCountries.Any(c => c.Equals(ev.Country, StringComparison.OrdinalIgnoreCase)))
            {
                Log.Info($"Rejecting {ev.UserId} ({ev.IpAddress}) from {ev.Country}");
                ev.Reject(Config.RejectMessage, true);
            }
        }
    }
}
