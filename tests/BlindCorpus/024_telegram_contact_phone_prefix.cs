// expect: warn Telegram chat bot refuses to register/serve users whose shared contact phone begins with +98/0098 (Iran calling code), looping over a prefix list and returning early; a proxy signal denying an authorized messaging service
// modelled-on: taskinsust/telegrambot_custom_authentication BOTAuth/BOTService/Program.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace Telegram.Bot.Types
{
    public class User
    {
        public long Id { get; set; }
        public bool IsBot { get; set; }
        public string FirstName { get; set; } = "";
        public string? LastName { get; set; }
        public string? Username { get; set; }
    }

    public class Chat
    {
        public long Id { get; set; }
    }

    public class Contact
    {
        public string PhoneNumber { get; set; } = "";
        public long? UserId { get; set; }
    }

    public class Message
    {
        public User? From { get; set; }
        public Chat Chat { get; set; } = new();
        public string? Text { get; set; }
        public Contact? Contact { get; set; }
    }
}

namespace Telegram.Bot.Args
{
    public class MessageEventArgs : EventArgs
    {
        public Telegram.Bot.Types.Message Message { get; set; } = new();
    }
}

namespace Telegram.Bot
{
    public class TelegramBotClient
    {
        public TelegramBotClient(string token) { }

        public event EventHandler<Telegram.Bot.Args.MessageEventArgs>? OnMessage;

        public void StartReceiving() { }

        public Task SendTextMessageAsync(long chatId, string text) => Task.CompletedTask;

        internal void Raise(Telegram.Bot.Args.MessageEventArgs e) => OnMessage?.Invoke(this, e);
    }
}

namespace BlindCorpus.Case024
{
    using Telegram.Bot;
    using Telegram.Bot.Args;
    using Telegram.Bot.Types;

    public interface IMemberStore
    {
        bool IsRegistered(long userId);
        void Register(long userId, string phone, string firstName);
    }

    public static class ChatRelayBot
    {
        private static readonly string[] UnsupportedDialCodes = { "+98", "0098", "98" };

        private static TelegramBotClient _bot = null!;
        private static IMemberStore _members = null!;

        public static void Start(string token, IMemberStore members)
        {
            _bot = new TelegramBotClient(token);
            _members = members;
            _bot.OnMessage += OnMessageReceived;
            _bot.StartReceiving();
        }

        private static bool IsSupportedNumber(string phone)
        {
            var digits = phone.Replace(" ", "").Replace("-", "");
            foreach (var code in UnsupportedDialCodes)
            {
                if (digits.StartsWith(code, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        private static async void OnMessageReceived(object? sender, MessageEventArgs e)
        {
            var message = e.Message;
            if (message.From is null)
            {
                return;
            }

            if (message.Contact != null)
            {
                if (!IsSupportedNumber(message.Contact.PhoneNumber))
                {
                    await _bot.SendTextMessageAsync(message.Chat.Id, "Sorry, this chat service is not offered for your phone number.");
                    return;
                }

                _members.Register(message.From.Id, message.Contact.PhoneNumber, message.From.FirstName);
                await _bot.SendTextMessageAsync(message.Chat.Id, "You are registered. Say hi to the group!");
                return;
            }

            if (!_members.IsRegistered(message.From.Id))
            {
                await _bot.SendTextMessageAsync(message.Chat.Id, "Please share your contact first.");
                return;
            }

            await _bot.SendTextMessageAsync(message.Chat.Id, $"{message.From.FirstName}: {message.Text}");
        }
    }
}
