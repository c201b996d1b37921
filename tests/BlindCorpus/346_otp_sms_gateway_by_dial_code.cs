// expect: none A sign-in verification service sends one-time codes by SMS and chooses the gateway by the phone number's country: +98 (Iran, "IR") numbers go through a domestic Iranian SMS provider with a Persian template because the international provider does not deliver there, all others through the international provider; every country still gets its code, so the country check only routes delivery and picks the message language.
// modelled-on: elham722/DigiTekShop (ExternalServices Sms KavenegarSmsSender, paraphrased, not copied; kept the phone-sender interface with a provider name, settings and SendCodeAsync returning a result, and a Persian verification template, and added a dial-code based router between two stubbed providers)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case346
{
    using Microsoft.Extensions.Logging;
    using Microsoft.Extensions.Options;

    public sealed record SendResult(bool Succeeded, string? Error = null)
    {
        public static SendResult Ok() => new(true);
        public static SendResult Fail(string error) => new(false, error);
    }

    public interface IPhoneSender
    {
        string ProviderName { get; }
        Task<SendResult> SendCodeAsync(string e164Number, string code, CancellationToken ct);
    }

    public sealed class DomesticGatewayOptions
    {
        public string ApiKey { get; set; } = "";
        public string LineNumber { get; set; } = "";
    }

    public sealed class DomesticIranGatewaySender : IPhoneSender
    {
        private readonly HttpClient _http;
        private readonly DomesticGatewayOptions _options;

        public DomesticIranGatewaySender(HttpClient http, IOptions<DomesticGatewayOptions> options)
        {
            _http = http;
            _options = options.Value;
        }

        public string ProviderName => "domestic-ir";

        public async Task<SendResult> SendCodeAsync(string e164Number, string code, CancellationToken ct)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["receptor"] = "0" + e164Number[3..],
                ["sender"] = _options.LineNumber,
                ["message"] = $"کد تأیید شما: {code}",
            });
            using var response = await _http.PostAsync($"v1/{_options.ApiKey}/sms/send.json", form, ct);
            return response.IsSuccessStatusCode ? SendResult.Ok() : SendResult.Fail(response.StatusCode.ToString());
        }
    }

    public sealed class InternationalSmsSender : IPhoneSender
    {
        private readonly HttpClient _http;

        public InternationalSmsSender(HttpClient http) => _http = http;

        public string ProviderName => "international";

        public async Task<SendResult> SendCodeAsync(string e164Number, string code, CancellationToken ct)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["To"] = e164Number,
                ["Body"] = $"Your verification code is {code}",
            });
            using var response = await _http.PostAsync("Messages.json", form, ct);
            return response.IsSuccessStatusCode ? SendResult.Ok() : SendResult.Fail(response.StatusCode.ToString());
        }
    }

    public static class DialCodes
    {
        private static readonly (string Prefix, string Iso)[] Known =
        {
            ("+98", "IR"),
            ("+90", "TR"),
            ("+971", "AE"),
            ("+49", "DE"),
            ("+1", "US"),
        };

        public static string? CountryOf(string e164)
            => Known.Where(k => e164.StartsWith(k.Prefix, StringComparison.Ordinal))
                    .OrderByDescending(k => k.Prefix.Length)
                    .Select(k => k.Iso)
                    .FirstOrDefault();
    }

    public sealed class VerificationCodeDispatcher
    {
        private readonly DomesticIranGatewaySender _domestic;
        private readonly InternationalSmsSender _international;
        private readonly ILogger<VerificationCodeDispatcher> _logger;

        public VerificationCodeDispatcher(DomesticIranGatewaySender domestic, InternationalSmsSender international, ILogger<VerificationCodeDispatcher> logger)
        {
            _domestic = domestic;
            _international = international;
            _logger = logger;
        }

        public Task<SendResult> SendAsync(string e164Number, string code, CancellationToken ct = default)
        {
            IPhoneSender sender = DialCodes.CountryOf(e164Number) == "IR" ? _domestic : _international;
            _logger.LogInformation("Sending OTP via {Provider}", sender.ProviderName);
            return sender.SendCodeAsync(e164Number, code, ct);
        }
    }
}
