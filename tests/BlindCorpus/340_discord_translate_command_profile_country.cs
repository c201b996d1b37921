// expect: warn A Discord bot's translate command loads the invoking member's stored profile, and when the country they registered is Iran (or another entry of the bot's SanctionedCountries set) it answers "translation is not available in your country" instead of calling the translation backend; translation services are explicitly authorized for Iran under GL D-2, so this refusal is over-blocking.
// modelled-on: DSharpPlus/Example-Bots DSPlus.Examples.CSharp.Ex02/ExampleCommands.cs (paraphrased, not copied; kept the command-module shape - an attributed command method taking a context, triggering typing and responding - with DSharpPlus types stubbed, and added a profile store, a country gate and a translator service)
// packages: Microsoft.AspNetCore.App (framework reference), DSharpPlus.CommandsNext (stubbed in file)
// source: blind

namespace BlindCorpus.Case340
{
    using Microsoft.Extensions.Logging;

    // ---- stand-ins for the Discord library ----
    [AttributeUsage(AttributeTargets.Method)]
    public sealed class CommandAttribute : Attribute
    {
        public CommandAttribute(string name) => Name = name;
        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Parameter)]
    public sealed class DescriptionAttribute : Attribute
    {
        public DescriptionAttribute(string text) => Text = text;
        public string Text { get; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class RemainingTextAttribute : Attribute { }

    public sealed record DiscordUser(ulong Id, string Username);

    public abstract class CommandContext
    {
        public abstract DiscordUser User { get; }
        public abstract Task TriggerTypingAsync();
        public abstract Task RespondAsync(string content);
    }

    public abstract class BaseCommandModule { }

    // ---- bot services ----
    public sealed record MemberProfile(ulong DiscordId, string DisplayName, string CountryCode, string PreferredLanguage);

    public interface IProfileStore
    {
        Task<MemberProfile?> GetAsync(ulong discordId);
    }

    public interface ITextTranslator
    {
        Task<string> TranslateAsync(string text, string targetLanguage);
    }

    public static class ComplianceLists
    {
        public static readonly HashSet<string> SanctionedCountries = new(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "CU", "KP", "SY",
        };
    }

    public static class ProfileExtensions
    {
        public static bool IsFromSanctionedCountry(this MemberProfile? profile)
            => profile is not null && ComplianceLists.SanctionedCountries.Contains(profile.CountryCode);
    }

    public sealed class TranslationCommands : BaseCommandModule
    {
        private readonly IProfileStore _profiles;
        private readonly ITextTranslator _translator;
        private readonly ILogger<TranslationCommands> _logger;

        public TranslationCommands(IProfileStore profiles, ITextTranslator translator, ILogger<TranslationCommands> logger)
        {
            _profiles = profiles;
            _translator = translator;
            _logger = logger;
        }

        [Command("translate"), Description("Translates text into your preferred language.")]
        public async Task Translate(CommandContext ctx, [RemainingText, Description("Text to translate")] string text)
        {
            await ctx.TriggerTypingAsync();

            var profile = await _profiles.GetAsync(ctx.User.Id);
            if (profile.IsFromSanctionedCountry())
            {
                _logger.LogInformation("translate refused for {User}", ctx.User.Username);
                await ctx.RespondAsync("Sorry, translation is not available in your country.");
                return;
            }

            var target = profile?.PreferredLanguage ?? "en";
            var translated = await _translator.TranslateAsync(text, target);
            await ctx.RespondAsync($"**{target}:** {translated}");
        }

        [Command("ping"), Description("Replies with pong.")]
        public async Task Ping(CommandContext ctx)
        {
            await ctx.TriggerTypingAsync();
            await ctx.RespondAsync("pong");
        }
    }
}
