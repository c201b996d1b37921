// expect: warn The sign-in one-time-code service refuses to send the verification SMS when the user's phone number carries the Iranian prefix (+98, 0098 or a bare 09 mobile number), returning "not supported", so Iranian users cannot complete login (user authentication is authorized by 31 CFR 560.540).
// modelled-on: mohsenr2040/eshop-core eshop.Application/Services/Authentication/VerifyPhoneNumber.cs (paraphrased, not copied; the Iranian-mobile regex that validated the number is turned into a refusal in the OTP sender)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case230
{
    using System.Text.RegularExpressions;

    public interface ISmsTransport
    {
        Task SendAsync(string to, string body, CancellationToken ct);
    }

    public interface IOtpStore
    {
        Task SaveAsync(string phone, string code, TimeSpan ttl, CancellationToken ct);
    }

    public enum OtpDispatch
    {
        Sent,
        InvalidNumber,
        DestinationNotSupported,
    }

    public sealed partial class LoginCodeSender
    {
        private readonly ISmsTransport _sms;
        private readonly IOtpStore _store;

        public LoginCodeSender(ISmsTransport sms, IOtpStore store)
        {
            _sms = sms;
            _store = store;
        }

        [GeneratedRegex(@"^(\+98|0098|0)?9\d{9}$")]
        private static partial Regex IranianMobile();

        public async Task<OtpDispatch> SendLoginCodeAsync(string phone, CancellationToken ct)
        {
            var normalized = phone.Replace(" ", string.Empty).Replace("-", string.Empty);
            if (normalized.Length < 8)
                return OtpDispatch.InvalidNumber;

            if (normalized.StartsWith("+98", StringComparison.Ordinal) || IranianMobile().IsMatch(normalized))
                return OtpDispatch.DestinationNotSupported;

            var code = Random.Shared.Next(100000, 999999).ToString();
            await _store.SaveAsync(normalized, code, TimeSpan.FromMinutes(5), ct);
            await _sms.SendAsync(normalized, $"Your sign-in code is {code}", ct);
            return OtpDispatch.Sent;
        }
    }
}
