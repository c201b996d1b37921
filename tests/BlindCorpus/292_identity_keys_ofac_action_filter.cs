// expect: warn The key server of a wallet-to-wallet chat protocol decorates its identity-key and invite-key registration actions with an action filter that returns 403 when the request's country (CF-IPCountry) is one of the OFAC program countries KP, IR, CU, SY, so Iranian users cannot register chat identity keys and therefore cannot message; personal messaging and its authentication are authorized for Iran.
// modelled-on: reown-com/keys-server issue #140 "feat: Add OFAC blocking" (paraphrased, not copied; the request to block North Korea, Iran, Cuba and Syria in the Rust keys server became an ASP.NET Core action filter attribute on the identity and invite key endpoints)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case292
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.Filters;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
    public sealed class OfacBlockAttribute : Attribute, IAsyncActionFilter
    {
        // Countries under the OFAC sanctions programs
        private static readonly string[] OfacCountries = { "KP", "IR", "CU", "SY" };

        public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
        {
            var country = context.HttpContext.Request.Headers["CF-IPCountry"].ToString();
            if (OfacCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
            {
                context.Result = new ObjectResult(new { status = "FAILURE", reasons = new[] { "Unavailable in your region" } })
                {
                    StatusCode = StatusCodes.Status403Forbidden,
                };
                return;
            }

            await next();
        }
    }

    public sealed record RegisterIdentityPayload(string Account, string IdentityKey, string CacaoSignature);
    public sealed record RegisterInvitePayload(string Account, string InviteKey, string IdAuthJwt);

    public interface IKeysStore
    {
        Task UpsertIdentityAsync(string account, string identityKey, CancellationToken ct);
        Task UpsertInviteAsync(string account, string inviteKey, CancellationToken ct);
        Task<string?> ResolveIdentityAsync(string publicKey, CancellationToken ct);
    }

    [ApiController]
    [Route("")]
    public sealed class KeysController : ControllerBase
    {
        private readonly IKeysStore _store;

        public KeysController(IKeysStore store) => _store = store;

        [HttpPost("identity")]
        [OfacBlock]
        public async Task<IActionResult> RegisterIdentity([FromBody] RegisterIdentityPayload payload, CancellationToken ct)
        {
            await _store.UpsertIdentityAsync(payload.Account, payload.IdentityKey, ct);
            return Ok(new { status = "SUCCESS" });
        }

        [HttpPost("invite")]
        [OfacBlock]
        public async Task<IActionResult> RegisterInvite([FromBody] RegisterInvitePayload payload, CancellationToken ct)
        {
            await _store.UpsertInviteAsync(payload.Account, payload.InviteKey, ct);
            return Ok(new { status = "SUCCESS" });
        }

        [HttpGet("identity")]
        public async Task<IActionResult> ResolveIdentity([FromQuery] string publicKey, CancellationToken ct)
        {
            var account = await _store.ResolveIdentityAsync(publicKey, ct);
            return account is null ? NotFound() : Ok(new { value = new { account } });
        }
    }
}
