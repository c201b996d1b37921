// expect: warn Discord community bot kicks new guild members whose client locale is Persian ("fa"/"fa-IR") instead of welcoming them; a language proxy that denies an authorized chat/social service to Iranians and Persian speakers elsewhere
// modelled-on: folospior/PixelBot src/Program.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace DSharpPlus.Entities
{
    public class DiscordUser
    {
        public ulong Id { get; set; }
        public string Username { get; set; } = "";
        public string? Locale { get; set; }
    }

    public class DiscordMember : DiscordUser
    {
        public string DisplayName { get; set; } = "";
        public string Mention => $"<@{Id}>";
        public Task RemoveAsync(string? reason = null) => Task.CompletedTask;
    }

    public class DiscordGuild
    {
        public string Name { get; set; } = "";
        public int MemberCount { get; set; }
    }

    public class DiscordChannel
    {
        public ulong Id { get; set; }
    }
}

namespace DSharpPlus.EventArgs
{
    using DSharpPlus.Entities;

    public class GuildMemberAddEventArgs : System.EventArgs
    {
        public DiscordMember Member { get; set; } = new();
        public DiscordGuild Guild { get; set; } = new();
    }
}

namespace DSharpPlus
{
    using DSharpPlus.Entities;
    using DSharpPlus.EventArgs;

    public delegate Task AsyncEventHandler<TSender, TArgs>(TSender sender, TArgs args);

    public class DiscordConfiguration
    {
        public string? Token { get; set; }
    }

    public class DiscordClient
    {
        public DiscordClient(DiscordConfiguration config) { }

        public event AsyncEventHandler<DiscordClient, GuildMemberAddEventArgs>? GuildMemberAdded;

        public Task ConnectAsync() => Task.CompletedTask;

        public Task<DiscordChannel> GetChannelAsync(ulong id) => Task.FromResult(new DiscordChannel { Id = id });

        public Task SendMessageAsync(DiscordChannel channel, string content) => Task.CompletedTask;

        internal Task Raise(GuildMemberAddEventArgs e) => GuildMemberAdded?.Invoke(this, e) ?? Task.CompletedTask;
    }
}

namespace BlindCorpus.Case025
{
    using DSharpPlus;
    using DSharpPlus.EventArgs;

    public static class CommunityBot
    {
        private const ulong WelcomeChannelId = 1155216445211422794;

        public static async Task RunAsync()
        {
            var discord = new DiscordClient(new DiscordConfiguration
            {
                Token = Environment.GetEnvironmentVariable("DISCORD_TOKEN"),
            });
            discord.GuildMemberAdded += OnMemberAdded;
            await discord.ConnectAsync();
            await Task.Delay(-1);
        }

        private static bool IsPersianLocale(string? locale) =>
            locale is not null &&
            (locale.Equals("fa", StringComparison.OrdinalIgnoreCase) ||
             locale.StartsWith("fa-", StringComparison.OrdinalIgnoreCase));

        private static async Task OnMemberAdded(DiscordClient client, GuildMemberAddEventArgs e)
        {
            if (IsPersianLocale(e.Member.Locale))
            {
                await e.Member.RemoveAsync("Region not supported by this server");
                return;
            }

            var channel = await client.GetChannelAsync(WelcomeChannelId);
            await client.SendMessageAsync(channel,
                $"{e.Member.Mention} welcome to {e.Guild.Name}! You are member #{e.Guild.MemberCount}.");
        }
    }
}
