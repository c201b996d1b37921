// expect: warn game matchmaking controller resolves the player's country with MaxMind GeoLite2 and refuses to queue or join matches (IsAllowed false -> Forbid) when Array.IndexOf finds it among IR, CU, KP; online games are authorized e-gaming
// modelled-on: immisterio/Lampac Shared/Services/Utilities/GeoIP2.cs (paraphrased, not copied; the static MaxMind wrapper is kept, the deny list and game endpoints are a realistic variation of its WAF country check)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
using MaxMind.Db;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case008;

public static class GeoLookup
{
    private static readonly Lazy<DatabaseReader?> CountryReader = new(() =>
        File.Exists("data/GeoLite2-Country.mmdb")
            ? new DatabaseReader("data/GeoLite2-Country.mmdb", FileAccessMode.Memory)
            : null);

    /// <returns>ISO code in upper case, or null when unknown.</returns>
    public static string? Country(string? ip)
    {
        if (string.IsNullOrWhiteSpace(ip)) return null;
        try
        {
            var reader = CountryReader.Value;
            if (reader is null) return null;
            var code = reader.Country(ip).Country.IsoCode;
            return string.IsNullOrEmpty(code) ? null : code.ToUpperInvariant();
        }
        catch
        {
            return null;
        }
    }
}

public static class RegionRules
{
    private static readonly string[] DeniedCountries = { "IR", "CU", "KP" };

    public static bool IsAllowed(string? country)
    {
        if (country is null) return true;
        return Array.IndexOf(DeniedCountries, country) < 0;
    }
}

public sealed record QueueTicket(string PlayerId, string Mode);

[ApiController]
[Route("api/matchmaking")]
public sealed class MatchmakingController : ControllerBase
{
    [HttpPost("queue")]
    public IActionResult Enqueue(QueueTicket ticket)
    {
        var country = GeoLookup.Country(HttpContext.Connection.RemoteIpAddress?.ToString());
        if (!RegionRules.IsAllowed(country))
            return Forbid();

        return Accepted(new { ticket.PlayerId, ticket.Mode, etaSeconds = 30 });
    }

    [HttpPost("matches/{matchId}/join")]
    public IActionResult Join(string matchId)
    {
        var country = GeoLookup.Country(HttpContext.Connection.RemoteIpAddress?.ToString());
        if (!RegionRules.IsAllowed(country))
            return Forbid();

        return Ok(new { matchId, server = "eu-1.game.example:7777" });
    }
}
