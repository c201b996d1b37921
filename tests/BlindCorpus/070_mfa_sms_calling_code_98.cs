// expect: warn enabling SMS two-factor authentication is refused when the phone calling code is 98 (Iran) or the number starts with 0098, a phone-prefix proxy; MFA/authentication is authorized
// modelled-on: indice-co/Indice.Platform src/Indice.Features.Identity.UI/Models/EnableMfaSmsInputModel.cs (paraphrased, not copied; the calling-code check in the enable-MFA action is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case070;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

public class EnableMfaSmsInputModel
{
    public string? PhoneCallingCode { get; set; }
    public string? PhoneNumber { get; set; }
    public string? ReturnUrl { get; set; }
}

public interface ISmsSender
{
    Task SendAsync(string destination, string body);
}

[Authorize]
[Route("manage/mfa/sms")]
public class MfaSmsController : Controller
{
    private const string UnsupportedCallingCode = "98";
    private readonly UserManager<IdentityUser> _userManager;
    private readonly ISmsSender _sms;

    public MfaSmsController(UserManager<IdentityUser> userManager, ISmsSender sms)
    {
        _userManager = userManager;
        _sms = sms;
    }

    [HttpPost("enable")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Enable(EnableMfaSmsInputModel input)
    {
        var callingCode = (input.PhoneCallingCode ?? string.Empty).Trim().TrimStart('+');
        var number = input.PhoneNumber?.Trim() ?? string.Empty;

        if (callingCode == UnsupportedCallingCode || number.StartsWith("0098", StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(input.PhoneNumber), "SMS verification is not supported for this country.");
            return View(input);
        }

        var user = await _userManager.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var e164 = $"+{callingCode}{number.TrimStart('0')}";
        var token = await _userManager.GenerateChangePhoneNumberTokenAsync(user, e164);
        await _sms.SendAsync(e164, $"Your security code is {token}");
        return RedirectToAction("Verify", new { phoneNumber = e164, input.ReturnUrl });
    }
}
