// expect: warn ASP.NET Core Identity registration page refuses e-mail addresses whose domain ends in .ir (country-code TLD proxy that also hits people outside Iran), next to a disposable-domain list; sign-up is authorized
// modelled-on: tossnet/Temporary-Email-Blocklist README.md (paraphrased, not copied; its IsDisposableEmail domain split, extended with a realistic .ir TLD rule)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case066;

using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

public static class EmailDomainRules
{
    private static readonly HashSet<string> DisposableDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "mailinator.com", "yopmail.com", "10minutemail.com", "guerrillamail.com",
    };

    private static readonly Regex IranianTld = new(@"\.ir$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static bool IsRejected(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var parts = email.Split('@');
        if (parts.Length != 2)
        {
            return false;
        }

        var domain = parts[1].Trim().TrimEnd('.');
        return DisposableDomains.Contains(domain) || IranianTld.IsMatch(domain);
    }
}

public class RegisterModel : PageModel
{
    private readonly UserManager<IdentityUser> _userManager;
    private readonly SignInManager<IdentityUser> _signInManager;

    public RegisterModel(UserManager<IdentityUser> userManager, SignInManager<IdentityUser> signInManager)
    {
        _userManager = userManager;
        _signInManager = signInManager;
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        [Required, EmailAddress]
        public string Email { get; set; } = string.Empty;

        [Required, DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (EmailDomainRules.IsRejected(Input.Email))
        {
            ModelState.AddModelError(nameof(Input.Email), "Registrations from this e-mail domain are not accepted.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new IdentityUser { UserName = Input.Email, Email = Input.Email };
        var result = await _userManager.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
            return Page();
        }

        await _signInManager.SignInAsync(user, isPersistent: false);
        return LocalRedirect(returnUrl ?? "~/");
    }
}
