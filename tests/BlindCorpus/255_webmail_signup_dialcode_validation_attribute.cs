// expect: warn A webmail sign-up model carries a custom ValidationAttribute that fails the recovery phone when it starts with the dialing codes of Iran (+98/0098), Cuba (+53), Syria (+963) or North Korea (+850), so people in Iran and Cuba cannot open an e-mail account (e-mail and user authentication are authorized communication services).
// modelled-on: mobinhassani9374/Chargoon.Core Chargoon.DomainModels/ValidationAttributes/PhoneNumberAttribute.cs (paraphrased, not copied; the attribute that required a valid Iranian mobile number was inverted into one that rejects sanctioned dialing codes on a mailbox sign-up form)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case255
{
    using System.ComponentModel.DataAnnotations;
    using Microsoft.AspNetCore.Mvc;

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class SupportedDialCodeAttribute : ValidationAttribute
    {
        private static readonly string[] UnsupportedPrefixes = { "+98", "0098", "+53", "0053", "+963", "+850" };

        public SupportedDialCodeAttribute()
            : base("Sign-up is not available for phone numbers from this country.")
        {
        }

        public override bool IsValid(object? value)
        {
            if (value is not string phone || string.IsNullOrWhiteSpace(phone))
            {
                return false;
            }

            var compact = phone.Replace(" ", string.Empty).Replace("-", string.Empty);
            foreach (var prefix in UnsupportedPrefixes)
            {
                if (compact.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public sealed class MailboxSignupModel
    {
        [Required, StringLength(64, MinimumLength = 3)]
        public string LocalPart { get; set; } = "";

        [Required, MinLength(12)]
        public string Password { get; set; } = "";

        [Required, SupportedDialCode]
        public string RecoveryPhone { get; set; } = "";
    }

    public interface IMailboxProvisioner
    {
        Task<string> CreateAsync(string localPart, string password, string phone, CancellationToken ct);
    }

    [ApiController]
    [Route("api/signup")]
    public sealed class MailboxSignupController : ControllerBase
    {
        private readonly IMailboxProvisioner _provisioner;

        public MailboxSignupController(IMailboxProvisioner provisioner) => _provisioner = provisioner;

        [HttpPost]
        public async Task<IActionResult> Create([FromBody] MailboxSignupModel model, CancellationToken ct)
        {
            if (!ModelState.IsValid)
            {
                return ValidationProblem(ModelState);
            }

            var address = await _provisioner.CreateAsync(model.LocalPart, model.Password, model.RecoveryPhone, ct);
            return Created($"/api/mailboxes/{address}", new { address });
        }
    }
}
