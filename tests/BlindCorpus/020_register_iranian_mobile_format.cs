// expect: none registration form only checks that the mobile number has the expected 09xxxxxxxxx shape before sending the activation SMS; phone-number validation, no country is blocked
// modelled-on: itz-Amethyst/Exclusive_OnlineShop 0_Framework/Application/MobileNumberValidator.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case020;

public static class MobileNumberValidator
{
    private static readonly Regex Pattern = new(@"^09[0-3][0-9]{8}$");

    public static bool IsMobileNumberValid(string input) => Pattern.IsMatch(input);
}

public interface ISmsSender
{
    Task SendActivationCodeAsync(string mobile, string code);
}

public sealed class RegisterAccount
{
    public string FullName { get; set; } = "";
    public string Mobile { get; set; } = "";
    public string Password { get; set; } = "";
}

[ApiController]
[Route("api/account")]
public sealed class AccountController : ControllerBase
{
    private readonly ISmsSender _sms;

    public AccountController(ISmsSender sms) => _sms = sms;

    [HttpPost("register")]
    public async Task<IActionResult> Register(RegisterAccount command)
    {
        if (!MobileNumberValidator.IsMobileNumberValid(command.Mobile))
            return BadRequest(new { field = "Mobile", message = "Mobile number format is not valid." });

        await _sms.SendActivationCodeAsync(command.Mobile, Random.Shared.Next(10000, 99999).ToString());
        return Ok(new { command.FullName, activation = "sent" });
    }
}
