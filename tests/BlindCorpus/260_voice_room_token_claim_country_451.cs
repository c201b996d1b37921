// expect: warn A Discord-style chat backend refuses to mint a LiveKit voice/video room token (HTTP 451) when the signed-in user's "country" claim maps to Iran, Cuba, North Korea or Syria, so people in Iran cannot join voice and video calls; video conferencing is authorized for Iran.
// modelled-on: justdawee/Dumcsi-Project src/Dumcsi.Backend/Controllers/LiveKitController.cs (paraphrased, not copied; a country-claim check against a dictionary of regions was added in front of token generation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case260
{
    using Microsoft.AspNetCore.Authorization;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record GenerateTokenRequest(string RoomName, string ParticipantName, string Role, int TokenExpirationMinutes = 60);

    public sealed record RoomTokenResult(string Token, string ServerUrl, DateTimeOffset ExpiresAt);

    public interface IRoomTokenService
    {
        Task<RoomTokenResult> GenerateTokenAsync(string identity, GenerateTokenRequest request, CancellationToken cancellationToken);
    }

    internal static class UnsupportedRegions
    {
        public static readonly IReadOnlyDictionary<string, string> ByIsoCode = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["IR"] = "Iran",
            ["CU"] = "Cuba",
            ["KP"] = "North Korea",
            ["SY"] = "Syria",
        };
    }

    [ApiController]
    [Route("api/[controller]")]
    [Authorize]
    public sealed class LiveKitController(IRoomTokenService tokenService, ILogger<LiveKitController> logger) : ControllerBase
    {
        /// <summary>Issues an access token for joining a voice or video room.</summary>
        [HttpPost("token")]
        public async Task<IActionResult> GenerateToken([FromBody] GenerateTokenRequest request, CancellationToken cancellationToken)
        {
            var country = User.FindFirst("country")?.Value;
            if (country is not null && UnsupportedRegions.ByIsoCode.TryGetValue(country, out var regionName))
            {
                logger.LogInformation("Voice token refused for {User} in {Region}", User.Identity?.Name, regionName);
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons, new
                {
                    code = "voice_unavailable_in_region",
                    message = $"Voice and video channels are not available in {regionName}.",
                });
            }

            try
            {
                var identity = User.FindFirst("sub")?.Value ?? User.Identity?.Name ?? "unknown";
                var result = await tokenService.GenerateTokenAsync(identity, request, cancellationToken);
                return Ok(result);
            }
            catch (InvalidOperationException ex)
            {
                logger.LogError(ex, "Failed to generate room token for {Room}", request.RoomName);
                return Problem("Could not create a room token.");
            }
        }
    }
}
