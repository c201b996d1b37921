// expect: info SMS sending refuses recipients whose number does not start with a prefix from SmsOptions.AllowedNumbers; the prefixes come from configuration and no appsettings is given, so the jurisdictions cannot be known statically
// modelled-on: mgefvert/DotNetCommons src/DotNetCommons.Services/Sms/AbstractSmsIntegration.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case109;

using Microsoft.Extensions.Options;

public sealed class SmsOptions
{
    /// <summary>Destination prefixes we are allowed to text, e.g. "+45", "+46". Empty = everything.</summary>
    public List<string> AllowedNumbers { get; set; } = new();

    public string? DefaultCountryCode { get; set; }

    public string? SenderNumber { get; set; }

    public string? RecipientOverride { get; set; }
}

public enum SmsResult
{
    Sent,
    MissingRecipient,
    MissingContent,
    RecipientNotAllowed,
    ProviderError
}

public sealed class SmsMessage
{
    public string? From { get; set; }
    public string? Recipient { get; set; }
    public string? Content { get; set; }
}

public abstract class SmsIntegrationBase
{
    protected SmsIntegrationBase(IOptions<SmsOptions> options) => Options = options.Value;

    protected SmsOptions Options { get; }

    protected string? Normalize(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
            return null;

        var cleaned = new string(number.Where(c => char.IsDigit(c) || c == '+').ToArray());
        if (cleaned.StartsWith("00"))
            cleaned = "+" + cleaned[2..];
        else if (cleaned.StartsWith('0') && Options.DefaultCountryCode is { } cc)
            cleaned = cc + cleaned[1..];
        return cleaned;
    }

    protected bool IsAllowedNumber(string ituNumber)
        => Options.AllowedNumbers.Count == 0 || Options.AllowedNumbers.Any(ituNumber.StartsWith);

    public async Task<SmsResult> SendAsync(SmsMessage message, CancellationToken ct = default)
    {
        message.From ??= Options.SenderNumber;
        message.Recipient = string.IsNullOrEmpty(Options.RecipientOverride) ? Normalize(message.Recipient) : Options.RecipientOverride;

        if (string.IsNullOrEmpty(message.Recipient))
            return SmsResult.MissingRecipient;
        if (string.IsNullOrEmpty(message.Content))
            return SmsResult.MissingContent;
        if (!IsAllowedNumber(message.Recipient))
            return SmsResult.RecipientNotAllowed;

        return await DeliverAsync(message, ct) ? SmsResult.Sent : SmsResult.ProviderError;
    }

    protected abstract Task<bool> DeliverAsync(SmsMessage message, CancellationToken ct);
}

public sealed class HttpSmsIntegration : SmsIntegrationBase
{
    private readonly HttpClient _http;

    public HttpSmsIntegration(IOptions<SmsOptions> options, HttpClient http) : base(options) => _http = http;

    protected override async Task<bool> DeliverAsync(SmsMessage message, CancellationToken ct)
    {
        using var response = await _http.PostAsJsonAsync("/v1/messages", new { to = message.Recipient, from = message.From, text = message.Content }, ct);
        return response.IsSuccessStatusCode;
    }
}
