// expect: warn A Telegram study-group bot's contact handler reads the phone number the user shares and, when its calling code is Iran (98), Cuba (53) or North Korea (850), replies that the service is unavailable and never registers the user or sends the group-chat invite; the calling code is a proxy for the user's country and the denied feature is group messaging, authorized for Iran and Cuba.
// modelled-on: ravshanbeek/TelegramBot TelegramBot/Services/UpdateHandler.cs + UpdateHandler.Message.cs + UpdateHandler.Message.Contact.cs (paraphrased, not copied; the calling-code gate is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference), Telegram.Bot (stubbed in file)
// source: blind

namespace Telegram.Bot.Types.Enums
{
    public enum UpdateType { Unknown, Message, CallbackQuery }
    public enum MessageType { Unknown, Text, Contact, Video, Photo }
}

namespace Telegram.Bot.Types.ReplyMarkups
{
    public interface IReplyMarkup { }

    public sealed class ReplyKeyboardRemove : IReplyMarkup { }

    public sealed class KeyboardButton
    {
        public KeyboardButton(string text) => Text = text;
        public string Text { get; }
        public bool RequestContact { get; set; }
    }

    public sealed class ReplyKeyboardMarkup : IReplyMarkup
    {
        public ReplyKeyboardMarkup(KeyboardButton button) => Buttons = new[] { button };
        public KeyboardButton[] Buttons { get; }
        public bool ResizeKeyboard { get; set; }
    }
}

namespace Telegram.Bot.Types
{
    using Telegram.Bot.Types.Enums;

    public sealed class User
    {
        public long Id { get; set; }
        public string FirstName { get; set; } = "";
        public string? LanguageCode { get; set; }
    }

    public sealed class Chat
    {
        public long Id { get; set; }
    }

    public sealed class Contact
    {
        public string PhoneNumber { get; set; } = "";
        public long? UserId { get; set; }
    }

    public sealed class Message
    {
        public User? From { get; set; }
        public Chat Chat { get; set; } = new();
        public string? Text { get; set; }
        public Contact? Contact { get; set; }
        public MessageType Type => Contact != null ? MessageType.Contact : Text != null ? MessageType.Text : MessageType.Unknown;
    }

    public sealed class Update
    {
        public Message? Message { get; set; }
        public UpdateType Type => Message != null ? UpdateType.Message : UpdateType.Unknown;
    }

    public readonly struct ChatId
    {
        public ChatId(long id) => Identifier = id;
        public long Identifier { get; }
        public static implicit operator ChatId(long id) => new(id);
    }
}

namespace Telegram.Bot
{
    using Telegram.Bot.Types;
    using Telegram.Bot.Types.ReplyMarkups;

    public interface ITelegramBotClient
    {
        Task<Message> SendTextMessageAsync(ChatId chatId, string text, IReplyMarkup? replyMarkup = null, CancellationToken cancellationToken = default);
        Task<string> CreateChatInviteLinkAsync(ChatId chatId, int memberLimit, CancellationToken cancellationToken = default);
    }
}

namespace BlindCorpus.Case219
{
    using Telegram.Bot;
    using Telegram.Bot.Types;
    using Telegram.Bot.Types.Enums;
    using Telegram.Bot.Types.ReplyMarkups;

    public sealed class StudyBotOptions
    {
        public long GroupChatId { get; set; }
    }

    public sealed class Member
    {
        public long ChatId { get; set; }
        public string Name { get; set; } = "";
        public string? PhoneNumber { get; set; }
        public bool Verified { get; set; }
    }

    public interface IMemberStore
    {
        Task<Member?> FindAsync(long chatId, CancellationToken ct);
        Task SaveAsync(Member member, CancellationToken ct);
    }

    public static class DialCodes
    {
        // international calling codes the bot "does not serve"
        public static readonly string[] NotServed = { "98", "53", "850" };

        public static string Digits(string phone)
        {
            var digits = new string(phone.Where(char.IsDigit).ToArray());
            return digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits;
        }

        public static bool IsNotServed(string phone)
        {
            var digits = Digits(phone);
            return NotServed.Any(code => digits.StartsWith(code, StringComparison.Ordinal));
        }
    }

    public partial class UpdateHandler
    {
        private readonly ITelegramBotClient _client;
        private readonly IMemberStore _members;
        private readonly StudyBotOptions _options;

        public UpdateHandler(ITelegramBotClient client, IMemberStore members, Microsoft.Extensions.Options.IOptions<StudyBotOptions> options)
        {
            _client = client;
            _members = members;
            _options = options.Value;
        }

        public async Task HandleUpdateAsync(Update update, CancellationToken ct)
        {
            switch (update.Type)
            {
                case UpdateType.Message:
                    await HandleMessage(update.Message!, ct);
                    break;
            }
        }

        private Task HandleNotAvailableCommandAsync(Message message, CancellationToken ct) =>
            _client.SendTextMessageAsync(message.Chat.Id, "Unknown command. Send /start to begin.", cancellationToken: ct);
    }

    public partial class UpdateHandler
    {
        public async Task HandleMessage(Message message, CancellationToken ct)
        {
            var handler = message.Type switch
            {
                MessageType.Text when message.Text == "/start" => HandleStartAsync(message, ct),
                MessageType.Contact => HandleMessageContactAsync(message, ct),
                _ => HandleNotAvailableCommandAsync(message, ct),
            };
            await handler;
        }

        private Task HandleStartAsync(Message message, CancellationToken ct) =>
            _client.SendTextMessageAsync(message.Chat.Id, "Share your phone number to join the study group.",
                new ReplyKeyboardMarkup(new KeyboardButton("Share phone number") { RequestContact = true }) { ResizeKeyboard = true }, ct);
    }

    public partial class UpdateHandler
    {
        private async Task HandleMessageContactAsync(Message message, CancellationToken ct)
        {
            var phone = message.Contact!.PhoneNumber;

            if (DialCodes.IsNotServed(phone))
            {
                await _client.SendTextMessageAsync(message.Chat.Id,
                    "Sorry, the study group is not available for numbers from your country.",
                    new ReplyKeyboardRemove(), ct);
                return;
            }

            var member = await _members.FindAsync(message.Chat.Id, ct) ?? new Member { ChatId = message.Chat.Id, Name = message.From?.FirstName ?? "" };
            member.PhoneNumber = phone;
            member.Verified = true;
            await _members.SaveAsync(member, ct);

            var invite = await _client.CreateChatInviteLinkAsync(_options.GroupChatId, memberLimit: 1, ct);
            await _client.SendTextMessageAsync(message.Chat.Id, $"Welcome, {member.Name}! Join the group chat: {invite}", new ReplyKeyboardRemove(), ct);
        }
    }
}
