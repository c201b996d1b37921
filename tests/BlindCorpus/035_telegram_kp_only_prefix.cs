// expect: ok Telegram community bot refuses users whose shared contact number carries the North Korean calling code +850 only; North Korea has no communications general license, so a KP-only block is still required
// modelled-on: nickdermenjivr/GagauziaChatBot Program.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace Telegram.Bot.Types
{
    public class Contact
    {
        public string PhoneNumber { get; set; } = "";
    }

    public class Chat
    {
        public long Id { get; set; }
        public override string ToString() => Id.ToString();
    }

    public class User
    {
        public long Id { get; set; }
        public string FirstName { get; set; } = "";
        public override string ToString() => FirstName;
    }

    public class Message
    {
        public string? Text { get; set; }
        public Chat Chat { get; set; } = new();
        public User? From { get; set; }
        public Contact? Contact { get; set; }
    }
}

namespace Telegram.Bot.Types.Enums
{
    public enum UpdateType
    {
        Unknown,
        Message,
    }
}

namespace Telegram.Bot
{
    using Telegram.Bot.Types;
    using Telegram.Bot.Types.Enums;

    public class TelegramBotClient
    {
        public TelegramBotClient(string token, CancellationToken cancellationToken = default) { }

        public event Func<Message, UpdateType, Task>? OnMessage;

        public Task<Message> SendMessage(Chat chat, string text) => Task.FromResult(new Message { Text = text, Chat = chat });

        public Task BanChatMember(long chatId, long userId) => Task.CompletedTask;

        internal Task Raise(Message m) => OnMessage?.Invoke(m, UpdateType.Message) ?? Task.CompletedTask;
    }
}

namespace BlindCorpus.Case035
{
    using Telegram.Bot;
    using Telegram.Bot.Types;
    using Telegram.Bot.Types.Enums;

    public sealed class CommunityGroupBot
    {
        private const string DprkDialCode = "+850";
        private readonly TelegramBotClient _bot;

        public CommunityGroupBot(string token, CancellationToken ct)
        {
            _bot = new TelegramBotClient(token, cancellationToken: ct);
            _bot.OnMessage += OnMessage;
        }

        private async Task OnMessage(Message msg, UpdateType type)
        {
            if (msg.Contact is { } contact && msg.From is { } from)
            {
                var phone = contact.PhoneNumber.StartsWith('+') ? contact.PhoneNumber : "+" + contact.PhoneNumber;
                if (phone.StartsWith(DprkDialCode, StringComparison.Ordinal))
                {
                    await _bot.BanChatMember(msg.Chat.Id, from.Id);
                    return;
                }

                await _bot.SendMessage(msg.Chat, $"Welcome, {from.FirstName}!");
                return;
            }

            if (msg.Text is null)
            {
                return;
            }

            await _bot.SendMessage(msg.Chat, $"{msg.From} said: {msg.Text}");
        }
    }
}
