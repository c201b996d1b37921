// expect: warn A VPN service's peer-provisioning controller reads the Cloudflare country header and answers 451 instead of issuing a WireGuard peer config when the country is in a static OFAC list of CU, IR, KP and SY, so people in Iran and Cuba cannot get the VPN (VPN software and service is authorized for Iran).
// modelled-on: HotCakeX/Harden-Windows-Security CountryIPBlocking.cs (paraphrased, not copied; the firewall rule that drops OFAC-sanctioned IP ranges became an in-app refusal to provision VPN peers, using a static helper class and Array.Exists)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case241
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public static class OfacRegionList
    {
        // Countries on the OFAC comprehensive sanctions list.
        public static readonly string[] Codes = { "CU", "IR", "KP", "SY" };

        public static bool Covers(string? isoCode) =>
            isoCode is not null && Array.Exists(Codes, c => string.Equals(c, isoCode, StringComparison.OrdinalIgnoreCase));
    }

    public sealed record PeerRequest(string PublicKey, string DeviceName);

    public sealed record PeerConfig(string Address, string Endpoint, string ServerPublicKey, string AllowedIps);

    public interface IPeerAllocator
    {
        Task<PeerConfig> AllocateAsync(string userId, PeerRequest request, CancellationToken ct);
    }

    [ApiController]
    [Route("api/tunnel")]
    public sealed class TunnelPeersController : ControllerBase
    {
        private const string CountryHeader = "CF-IPCountry";
        private readonly IPeerAllocator _allocator;

        public TunnelPeersController(IPeerAllocator allocator) => _allocator = allocator;

        [HttpPost("peers")]
        public async Task<IActionResult> CreatePeer([FromBody] PeerRequest request, CancellationToken ct)
        {
            var country = Request.Headers[CountryHeader].ToString();
            if (OfacRegionList.Covers(country))
            {
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons,
                    new { error = "region_unavailable", message = "Tunnel provisioning is not offered in your region." });
            }

            var userId = User.Identity?.Name ?? "anonymous";
            var config = await _allocator.AllocateAsync(userId, request, ct);
            return Ok(config);
        }
    }
}
