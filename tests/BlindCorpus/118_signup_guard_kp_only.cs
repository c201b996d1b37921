// expect: ok sign-up bot/geo guard hard-blocks only North Korea (KP) and merely scores hosting IPs; North Korea has no communications general license, so a KP-only block is permitted
// modelled-on: scottgal/stylobot Mostlylucid.GeoDetection.Contributor/GeoContributor.cs (paraphrased, not copied; the suspicious-country score becomes a hard block for a single hard-coded country)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case118;

using Microsoft.AspNetCore.Mvc;

public sealed record GeoLocation(string CountryCode, string CountryName, bool IsHosting, bool IsVpn);

public interface IGeoLocationService
{
    Task<GeoLocation?> GetLocationAsync(string ip, CancellationToken ct);
}

public sealed record GuardVerdict(bool Block, double BotScore, string Reason);

public sealed class SignupGeoGuard
{
    private static readonly HashSet<string> HardBlocked = new(StringComparer.OrdinalIgnoreCase) { "KP" };

    private readonly IGeoLocationService _geo;

    public SignupGeoGuard(IGeoLocationService geo) => _geo = geo;

    public async Task<GuardVerdict> EvaluateAsync(string? ip, CancellationToken ct)
    {
        if (ip is null)
            return new GuardVerdict(false, 0, "no ip");

        var location = await _geo.GetLocationAsync(ip, ct);
        if (location is null)
            return new GuardVerdict(false, 0, "unknown location");

        if (HardBlocked.Contains(location.CountryCode))
            return new GuardVerdict(true, 1.0, $"Sign-up from {location.CountryName} is not permitted");

        var score = 0.0;
        if (location.IsHosting) score += 0.3;
        if (location.IsVpn) score += 0.1;
        return new GuardVerdict(false, score, $"Location: {location.CountryName}");
    }
}

public sealed record SignupRequest(string Email, string Password, string DisplayName);

[ApiController]
[Route("api/account")]
public sealed class SignupController : ControllerBase
{
    private readonly SignupGeoGuard _guard;

    public SignupController(SignupGeoGuard guard) => _guard = guard;

    [HttpPost("register")]
    public async Task<IActionResult> Register(SignupRequest request, CancellationToken ct)
    {
        var verdict = await _guard.EvaluateAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (verdict.Block)
            return StatusCode(StatusCodes.Status403Forbidden, new { error = verdict.Reason });

        if (verdict.BotScore >= 0.5)
            return BadRequest(new { error = "captcha_required" });

        // ... create the account ...
        return Created($"/api/account/{Uri.EscapeDataString(request.Email)}", new { request.DisplayName });
    }
}
