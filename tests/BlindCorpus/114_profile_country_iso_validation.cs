// expect: none profile-edit endpoint validates the chosen country against the full ISO 3166 list (which includes IR, CU, KP) and rate-limits changes; it is a country picker validation, not a block
// modelled-on: BeatLeader/beatleader-server Controllers/CurrentUserController.cs (paraphrased, not copied; list from Utils/PlayerUtils.cs AllowedCountries)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case114;

using Microsoft.AspNetCore.Mvc;

public sealed class PlayerRecord
{
    public string Id { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Country { get; set; } = "not set";
    public long? LastCountryChange { get; set; }
}

public interface IPlayerStore
{
    Task<PlayerRecord?> FindAsync(string id);
    Task<bool> HasCountryChangeBanAsync(string id);
    Task SaveAsync(PlayerRecord player);
}

public static class CountryCodes
{
    public static readonly string[] Iso3166 =
    {
        "AD", "AE", "AF", "AG", "AL", "AM", "AO", "AR", "AT", "AU", "AZ", "BA", "BD", "BE", "BG", "BH", "BR", "BY",
        "CA", "CH", "CL", "CN", "CO", "CU", "CY", "CZ", "DE", "DK", "DZ", "EE", "EG", "ES", "FI", "FR", "GB", "GE",
        "GR", "HK", "HR", "HU", "ID", "IE", "IL", "IN", "IQ", "IR", "IS", "IT", "JO", "JP", "KE", "KP", "KR", "KW",
        "KZ", "LB", "LT", "LU", "LV", "MA", "MX", "MY", "NG", "NL", "NO", "NZ", "PE", "PH", "PK", "PL", "PT", "QA",
        "RO", "RS", "RU", "SA", "SE", "SG", "SI", "SK", "SY", "TH", "TN", "TR", "TW", "UA", "US", "UY", "UZ", "VE",
        "VN", "ZA"
    };
}

[ApiController]
[Route("user")]
public sealed class CurrentUserController : ControllerBase
{
    private const long ThirtyDays = 60L * 60 * 24 * 30;
    private readonly IPlayerStore _players;

    public CurrentUserController(IPlayerStore players) => _players = players;

    [HttpPatch("{playerId}/country")]
    public async Task<IActionResult> ChangeCountry(string playerId, [FromQuery] string country)
    {
        var player = await _players.FindAsync(playerId);
        if (player is null)
            return NotFound();

        if (await _players.HasCountryChangeBanAsync(playerId))
            return BadRequest("Country change is banned for you!");

        if (!CountryCodes.Iso3166.Contains(country))
            return BadRequest("This country code is not allowed.");

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (player.LastCountryChange is { } last && now - last < ThirtyDays)
            return BadRequest($"You can change country after {(int)(30 - (now - last) / 86400)} day(s)");

        player.Country = country;
        player.LastCountryChange = now;
        await _players.SaveAsync(player);
        return Ok(player);
    }
}
