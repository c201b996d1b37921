using GeoBlockedChat.Models;
using Microsoft.AspNetCore.Mvc;

namespace GeoBlockedChat.Controllers;

/// <summary>Creates accounts; a phone number is required for two-factor sign-in.</summary>
[ApiController]
[Route("api/signup")]
public sealed class SignupController : ControllerBase
{
    [HttpPost]
    public IActionResult Register(SignupRequest request)
    {
        // PROXY (SANC1003): a +98 number says where the SIM card was issued, not where its owner is.
        // This refuses Iranians living abroad and lets in people in Iran with foreign numbers.
        if (request.PhoneNumber.StartsWith("+98", StringComparison.Ordinal))
        {
            return Forbid();
        }

        return Ok(new { request.UserName });
    }
}
