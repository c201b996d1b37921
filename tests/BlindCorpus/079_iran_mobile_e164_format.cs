// expect: none Iranian mobile numbers (09xx / +98 / 0098) are recognised by regex and normalised to E.164 before storing the phone number; formatting/validation, nothing is denied by country
// modelled-on: jafarpoor/Identity IdentityPro/Models/Dto/SetPhoneNumberDto.cs (paraphrased, not copied; its (\+98|0)?9\d{9} pattern reused in a realistic normaliser)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case079;

using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

public static class PhoneFormatting
{
    private static readonly Regex IranianMobilePattern = new(@"^(?:\+98|0098|98|0)?(9\d{9})$", RegexOptions.Compiled);

    public static string Normalize(string raw)
    {
        var compact = Regex.Replace(raw ?? string.Empty, @"[\s\-\(\)\.]", string.Empty);
        var match = IranianMobilePattern.Match(compact);
        if (match.Success)
        {
            return "+98" + match.Groups[1].Value;
        }

        return compact.StartsWith("00", StringComparison.Ordinal) ? "+" + compact[2..] : compact;
    }

    public static string Display(string e164) =>
        e164.StartsWith("+98", StringComparison.Ordinal) && e164.Length == 13
            ? $"+98 {e164[3..6]} {e164[6..9]} {e164[9..]}"
            : e164;
}

public class SetPhoneNumberDto
{
    [Required]
    [Phone]
    public string PhoneNumber { get; set; } = string.Empty;
}

[ApiController]
[Route("api/profile/phone")]
public class ProfilePhoneController : ControllerBase
{
    [HttpPut]
    public IActionResult Set(SetPhoneNumberDto dto)
    {
        var e164 = PhoneFormatting.Normalize(dto.PhoneNumber);
        return Ok(new { phoneNumber = e164, display = PhoneFormatting.Display(e164) });
    }
}
