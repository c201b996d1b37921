// expect: warn A messenger's registration service refuses to send the activation SMS when the phone number starts with +98, +53, +850 or +963 (Iran, Cuba, North Korea, Syria), so people with Iranian numbers cannot register for the chat service; instant messaging and its user authentication are authorized for Iran.
// modelled-on: kontalk/androidclient issue #1246 "No SMS send to Iran (+98) users." (paraphrased, not copied; the reported failure to deliver the activation SMS to +98 numbers became an explicit calling-code filter in a C# registration endpoint)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case290
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record RegistrationRequest(string PhoneNumber, string DisplayName, string PublicKeyFingerprint);

    public sealed record VerificationStarted(string SenderId, string ChallengeType, int ExpiresInSeconds);

    public interface ISmsGateway
    {
        Task SendAsync(string e164Number, string text, CancellationToken ct);
    }

    public interface IVerificationStore
    {
        Task<string> IssueCodeAsync(string e164Number, string fingerprint, CancellationToken ct);
    }

    public static class NumberPolicy
    {
        private static readonly string[] UnsupportedPrefixes = { "+98", "+53", "+850", "+963" };

        public static string Normalize(string raw)
        {
            var digits = new string(raw.Where(c => char.IsDigit(c) || c == '+').ToArray());
            if (digits.StartsWith("00")) digits = "+" + digits[2..];
            return digits;
        }

        public static bool IsSupported(string e164) =>
            !UnsupportedPrefixes.Any(p => e164.StartsWith(p, StringComparison.Ordinal));
    }

    [ApiController]
    [Route("v1/register")]
    public sealed class RegistrationController : ControllerBase
    {
        private readonly ISmsGateway _sms;
        private readonly IVerificationStore _codes;

        public RegistrationController(ISmsGateway sms, IVerificationStore codes)
        {
            _sms = sms;
            _codes = codes;
        }

        [HttpPost]
        public async Task<ActionResult<VerificationStarted>> Register([FromBody] RegistrationRequest request, CancellationToken ct)
        {
            var number = NumberPolicy.Normalize(request.PhoneNumber);
            if (number.Length < 8)
                return BadRequest(new { error = "invalid_number" });

            if (!NumberPolicy.IsSupported(number))
            {
                return StatusCode(StatusCodes.Status403Forbidden,
                    new { error = "unsupported_country", message = "Verification is not available for numbers from your country." });
            }

            var code = await _codes.IssueCodeAsync(number, request.PublicKeyFingerprint, ct);
            await _sms.SendAsync(number, $"Your activation code is {code}", ct);
            return Accepted(new VerificationStarted("Kontalk", "sms", 600));
        }
    }
}
