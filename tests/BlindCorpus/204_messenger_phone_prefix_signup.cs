// expect: warn A messenger's phone-verification sign-up endpoint refuses numbers with the Iranian (+98/0098) or Cuban (+53) calling code, a proxy for the user's country that denies an authorized messaging service to Iran and Cuba.
// modelled-on: RezaHajizade/Website.reza EndPoint.Site/Models/ViewModels/SMS/SetPhoneNumberViewModel.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case204
{
    using System.ComponentModel.DataAnnotations;
    using Microsoft.AspNetCore.Mvc;

    public class RequestCodeViewModel
    {
        [Required]
        [RegularExpression(@"^(\+|00)\d{8,15}$")]
        public string PhoneNumber { get; set; } = "";
    }

    public interface ISmsSender
    {
        Task SendAsync(string to, string body);
    }

    public static class DialCodePolicy
    {
        private static readonly string[] UnsupportedPrefixes = { "+98", "0098", "+53", "0053" };

        public static bool IsSupported(string phone)
        {
            var normalized = phone.Replace(" ", "").Replace("-", "");
            return !UnsupportedPrefixes.Any(p => normalized.StartsWith(p, StringComparison.Ordinal));
        }
    }

    [ApiController]
    [Route("api/account/phone")]
    public class PhoneSignupController : ControllerBase
    {
        private readonly ISmsSender _sms;
        private readonly ILogger<PhoneSignupController> _logger;

        public PhoneSignupController(ISmsSender sms, ILogger<PhoneSignupController> logger)
        {
            _sms = sms;
            _logger = logger;
        }

        [HttpPost("request-code")]
        public async Task<IActionResult> RequestCode([FromBody] RequestCodeViewModel model)
        {
            if (!DialCodePolicy.IsSupported(model.PhoneNumber))
            {
                _logger.LogWarning("Sign-up attempt with unsupported dial code");
                return StatusCode(StatusCodes.Status403Forbidden, "Messenger accounts are not available for this phone region.");
            }

            var code = Random.Shared.Next(100000, 999999).ToString();
            await _sms.SendAsync(model.PhoneNumber, $"Your chat verification code is {code}");
            return Accepted();
        }
    }
}
