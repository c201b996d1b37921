// expect: warn A self-hosted VPN management API refuses to create new access keys (returns 403) when the CF-IPCountry header is in a hard-coded restricted set of CU, IR, KP and SY, so users in Iran cannot obtain a VPN key; VPN services are authorized for Iran under GL D-2.
// modelled-on: OutlineFoundation/outline-server pull request #358 "Remove Iran from restricted list" (paraphrased, not copied; the server's restricted-country list that still contained Iran became a C# access-key controller that checks the Cloudflare country header before issuing a shadowsocks key)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case289
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record AccessKey(string Id, string Name, string Password, int Port, string Method, string AccessUrl);

    public sealed record CreateKeyRequest(string? Name, long? DataLimitBytes);

    public interface IAccessKeyRepository
    {
        Task<AccessKey> CreateNewAccessKeyAsync(string? name, long? dataLimitBytes, CancellationToken ct);
        Task<IReadOnlyList<AccessKey>> ListAccessKeysAsync(CancellationToken ct);
        Task<bool> RemoveAccessKeyAsync(string id, CancellationToken ct);
    }

    [ApiController]
    [Route("access-keys")]
    public sealed class AccessKeysController : ControllerBase
    {
        // Countries we are not allowed to serve.
        private static readonly HashSet<string> RestrictedCountries =
            new(StringComparer.OrdinalIgnoreCase) { "CU", "IR", "KP", "SY" };

        private readonly IAccessKeyRepository _keys;
        private readonly ILogger<AccessKeysController> _logger;

        public AccessKeysController(IAccessKeyRepository keys, ILogger<AccessKeysController> logger)
        {
            _keys = keys;
            _logger = logger;
        }

        [HttpGet]
        public async Task<IActionResult> List(CancellationToken ct) => Ok(new { accessKeys = await _keys.ListAccessKeysAsync(ct) });

        [HttpPost]
        public async Task<IActionResult> Create([FromBody] CreateKeyRequest body, CancellationToken ct)
        {
            var clientCountry = Request.Headers["CF-IPCountry"].FirstOrDefault();
            if (clientCountry is not null && RestrictedCountries.Contains(clientCountry))
            {
                _logger.LogInformation("Rejected access key creation from restricted country {Country}", clientCountry);
                return StatusCode(StatusCodes.Status403Forbidden, new { code = "RestrictedRegion" });
            }

            var key = await _keys.CreateNewAccessKeyAsync(body.Name, body.DataLimitBytes, ct);
            return Created($"/access-keys/{key.Id}", key);
        }

        [HttpDelete("{id}")]
        public async Task<IActionResult> Delete(string id, CancellationToken ct) =>
            await _keys.RemoveAccessKeyAsync(id, ct) ? NoContent() : NotFound();
    }
}
