// expect: warn online rhythm-game leaderboard refuses score/replay uploads when the player's country (CF-IPCountry or an ipinfo JSON record) is IR, CU or KP: online gaming is authorized for Iran and Cuba
// modelled-on: BeatLeader/beatleader-server Utils/WebUtils.cs (paraphrased, not copied; combined with the upload flow of Controllers/ReplayController.cs, the country refusal is a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case105;

using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

public sealed record IpInfoReply(
    [property: JsonPropertyName("ip")] string? Ip,
    [property: JsonPropertyName("country")] string? Country,
    [property: JsonPropertyName("region")] string? Region);

public enum ScoreUploadStatus
{
    Uploaded,
    NonPersonalBest,
    Error
}

public sealed record ScoreUploadResult(ScoreUploadStatus Status, string? Description = null);

public sealed class GeoLookup
{
    private readonly HttpClient _http;

    public GeoLookup(HttpClient http) => _http = http;

    public async Task<string?> CountryOfAsync(string ip, CancellationToken ct)
    {
        try
        {
            var reply = await _http.GetFromJsonAsync<IpInfoReply>($"https://ipinfo.io/{ip}/json", ct);
            return reply?.Country;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}

[ApiController]
public sealed class ReplayUploadController : ControllerBase
{
    private static readonly ImmutableHashSet<string> EmbargoedRegions =
        ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase, "IR", "CU", "KP");

    private readonly GeoLookup _geo;

    public ReplayUploadController(GeoLookup geo) => _geo = geo;

    [HttpPut("/replayoculus")]
    public async Task<ActionResult<ScoreUploadResult>> UploadReplay([FromQuery] string playerId, CancellationToken ct)
    {
        if (await IsEmbargoedAsync(ct))
        {
            return new ScoreUploadResult(ScoreUploadStatus.Error, "Score submission is not available in your region.");
        }

        using var buffer = new MemoryStream();
        await Request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0)
            return BadRequest(new ScoreUploadResult(ScoreUploadStatus.Error, "Empty replay"));

        // ... decode replay, rank it, update the leaderboard for playerId ...
        return new ScoreUploadResult(ScoreUploadStatus.Uploaded);
    }

    private async Task<bool> IsEmbargoedAsync(CancellationToken ct)
    {
        var country = Request.Headers["cf-ipcountry"].FirstOrDefault();
        var ip = HttpContext.Connection.RemoteIpAddress?.ToString();

        country ??= ip is null ? null : await _geo.CountryOfAsync(ip, ct);

        return country is not null && EmbargoedRegions.Contains(country);
    }
}
