// expect: none Telegram bot only picks the greeting language from the sender's language_code ("fa" gets a Persian welcome, "ru" Russian, else English); everyone is served, so it is localization, not a block
// modelled-on: mentorAC/GRLessons 01TelegramBot/Program.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace Telegram.Bot.Types
{
    public class User
    {
        public long Id { get; set; }
        public string FirstName { get; set; } = "";
        public string? LanguageCode { get; set; }
    }

    public class Chat
    {
        public long Id { get; set; }
    }

    public class Message
    {
        public string? Text { get; set; }
        public User? From { get; set; }
        public Chat Chat { get; set; } = new();
    }

    public class Update
    {
        public Message? Message { get; set; }
    }
}

namespace Telegram.Bot
{
    using Telegram.Bot.Types;

    public interface ITelegramBotClient
    {
        Task SendTextMessageAsync(long chatId, string text, CancellationToken cancellationToken = default);
    }
}

namespace BlindCorpus.Case036
{
    using Telegram.Bot;
    using Telegram.Bot.Types;

    public static class GreeterHandlers
    {
        private static readonly Dictionary<string, string> Greetings = new()
        {
            ["fa"] = "سلام {0}! به گروه گفتگو خوش آمدید.",
            ["ru"] = "Привет, {0}! Добро пожаловать в чат.",
            ["en"] = "Hi {0}! Welcome to the chat.",
        };

        private static string GreetingFor(User user)
        {
            var lang = (user.LanguageCode ?? "en").Split('-')[0].ToLowerInvariant();
            var template = Greetings.TryGetValue(lang, out var t) ? t : Greetings["en"];
            return string.Format(template, user.FirstName);
        }

        public static async Task UpdateHandler(ITelegramBotClient bot, Update update, CancellationToken ct)
        {
            var message = update.Message;
            if (message?.From is null)
            {
                return;
            }

            if (message.Text == "/start")
            {
                await bot.SendTextMessageAsync(message.Chat.Id, GreetingFor(message.From), ct);
                return;
            }

            Console.WriteLine($"User: {message.From.FirstName} text: {message.Text}");
            await bot.SendTextMessageAsync(message.Chat.Id, $"{message.From.FirstName}: {message.Text}", ct);
        }

        public static Task ErrorHandler(ITelegramBotClient bot, Exception ex, CancellationToken ct)
        {
            Console.WriteLine($"Error: {ex.Message}");
            return Task.CompletedTask;
        }
    }
}
