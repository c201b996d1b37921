// expect: info Steam OpenID sign-in is refused when the edge X-Country-Code is in the "auth.banned_countries" system setting read from the database; login is an authorized feature but the banned list is only known at runtime
// modelled-on: turkerurganci/Skinora backend/src/Modules/Skinora.Auth/Application/SteamAuthentication/SettingsBasedGeoBlockCheck.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case111;

using Microsoft.AspNetCore.Mvc;

public interface ISystemSettings
{
    Task<string?> GetConfiguredValueAsync(string key, CancellationToken ct);
}

public interface ICountryResolver
{
    string? ResolveCountry(HttpContext? httpContext, string? ipAddress);
}

public sealed class EdgeHeaderCountryResolver : ICountryResolver
{
    public const string HeaderName = "X-Country-Code";

    public string? ResolveCountry(HttpContext? httpContext, string? ipAddress)
    {
        if (httpContext is null || !httpContext.Request.Headers.TryGetValue(HeaderName, out var values))
            return null;

        var first = values.ToString().Split(',', 2)[0].Trim();
        return first.Length == 2 ? first.ToUpperInvariant() : null;
    }
}

public sealed record GeoDecision(bool IsBlocked, string? CountryCode)
{
    public static GeoDecision Allowed() => new(false, null);
    public static GeoDecision Blocked(string code) => new(true, code);
}

public sealed class SettingsGeoBlockCheck
{
    public const string SettingKey = "auth.banned_countries";

    private readonly ISystemSettings _settings;
    private readonly IHttpContextAccessor _accessor;
    private readonly ICountryResolver _resolver;

    public SettingsGeoBlockCheck(ISystemSettings settings, IHttpContextAccessor accessor, ICountryResolver resolver)
    {
        _settings = settings;
        _accessor = accessor;
        _resolver = resolver;
    }

    public async Task<GeoDecision> EvaluateAsync(string? ipAddress, CancellationToken ct)
    {
        var country = _resolver.ResolveCountry(_accessor.HttpContext, ipAddress);
        if (country is null)
            return GeoDecision.Allowed(); // fail open

        var raw = await _settings.GetConfiguredValueAsync(SettingKey, ct);
        if (string.IsNullOrWhiteSpace(raw) || string.Equals(raw.Trim(), "NONE", StringComparison.OrdinalIgnoreCase))
            return GeoDecision.Allowed();

        var banned = raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(c => c.Length == 2)
            .Select(c => c.ToUpperInvariant())
            .ToHashSet();

        return banned.Contains(country) ? GeoDecision.Blocked(country) : GeoDecision.Allowed();
    }
}

[ApiController]
[Route("auth/steam")]
public sealed class SteamSignInController : ControllerBase
{
    private readonly SettingsGeoBlockCheck _geo;

    public SteamSignInController(SettingsGeoBlockCheck geo) => _geo = geo;

    [HttpGet("callback")]
    public async Task<IActionResult> Callback([FromQuery(Name = "openid.claimed_id")] string claimedId, CancellationToken ct)
    {
        var decision = await _geo.EvaluateAsync(HttpContext.Connection.RemoteIpAddress?.ToString(), ct);
        if (decision.IsBlocked)
            return Redirect($"/login?error=geo_blocked&country={decision.CountryCode}");

        var steamId = claimedId.Split('/').LastOrDefault();
        // ... verify the OpenID assertion, create the session, issue tokens ...
        return Redirect($"/welcome?steam={steamId}");
    }
}
