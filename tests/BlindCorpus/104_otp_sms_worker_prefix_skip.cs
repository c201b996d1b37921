// expect: warn background worker that sends login/MFA one-time codes by SMS silently drops recipients whose number starts with +98/0098 (Iran) or +53/0053 (Cuba): user authentication/MFA is authorized, and a phone prefix also hits non-residents
// modelled-on: mgefvert/DotNetCommons src/DotNetCommons.Services/Sms/SmsConfiguration.cs (paraphrased, not copied; allowed-prefix StartsWith check turned into a deny list inside a queue loop)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case104;

using System.Threading.Channels;

public sealed record OneTimeCodeMessage(string UserId, string PhoneNumber, string Code, DateTimeOffset ExpiresAt);

public interface ISmsGateway
{
    Task<bool> SendAsync(string ituNumber, string body, CancellationToken ct);
}

public sealed class OneTimeCodeQueue
{
    private readonly Channel<OneTimeCodeMessage> _channel = Channel.CreateUnbounded<OneTimeCodeMessage>();

    public ValueTask EnqueueAsync(OneTimeCodeMessage message) => _channel.Writer.WriteAsync(message);

    public IAsyncEnumerable<OneTimeCodeMessage> ReadAllAsync(CancellationToken ct) => _channel.Reader.ReadAllAsync(ct);
}

public static class PhoneNumbers
{
    public static string ToItu(string raw, string defaultCountryCode = "+44")
    {
        var digits = new string(raw.Where(ch => char.IsDigit(ch) || ch == '+').ToArray());
        if (digits.StartsWith('0') && !digits.StartsWith("00"))
            digits = defaultCountryCode + digits[1..];
        return digits;
    }
}

/// <summary>Delivers second-factor sign-in codes.</summary>
public sealed class SignInCodeSmsWorker : BackgroundService
{
    // Carrier routes we do not deliver to.
    private static readonly string[] UndeliverablePrefixes = { "+98", "0098", "+53", "0053" };

    private readonly OneTimeCodeQueue _queue;
    private readonly ISmsGateway _gateway;
    private readonly ILogger<SignInCodeSmsWorker> _logger;

    public SignInCodeSmsWorker(OneTimeCodeQueue queue, ISmsGateway gateway, ILogger<SignInCodeSmsWorker> logger)
    {
        _queue = queue;
        _gateway = gateway;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _queue.ReadAllAsync(stoppingToken))
        {
            if (message.ExpiresAt <= DateTimeOffset.UtcNow)
                continue;

            var number = PhoneNumbers.ToItu(message.PhoneNumber);
            if (number.Length < 9)
                continue;

            if (UndeliverablePrefixes.Any(number.StartsWith))
            {
                _logger.LogInformation("Skipping sign-in code for user {User}: destination not served", message.UserId);
                continue;
            }

            var ok = await _gateway.SendAsync(number, $"Your sign-in code is {message.Code}", stoppingToken);
            if (!ok)
                _logger.LogWarning("SMS gateway refused code for user {User}", message.UserId);
        }
    }
}
