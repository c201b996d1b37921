// expect: ok A yield/lending protocol's deposit service refuses deposits into its stablecoin pools when the investor's residence or connecting country is a restricted jurisdiction (Iran, Cuba, North Korea, Syria, Russia, Belarus, Venezuela, Crimea and others) and the controller answers 451; depositing funds into an investment pool is a financial transaction, not a communication service, so the block is permitted.
// modelled-on: maple-labs/maple-docs legal/syrupusdc-and-syrupusdt-available-jurisdictions.md (paraphrased, not copied; the published restricted-jurisdiction list became a frozen set plus a helper with an out reason used by a deposit controller)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case286
{
    using System.Collections.Frozen;
    using Microsoft.AspNetCore.Mvc;

    public sealed record DepositRequest(string PoolId, string WalletAddress, decimal Amount, string ResidenceCountry);

    public sealed record DepositReceipt(string PoolId, string TxHash, decimal SharesMinted);

    public interface IPoolContract
    {
        Task<DepositReceipt> DepositAsync(string poolId, string wallet, decimal amount, CancellationToken ct);
    }

    public static class RestrictedJurisdictions
    {
        private static readonly FrozenSet<string> Countries = new[]
        {
            "AF", "BY", "MM", "CF", "CU", "IR", "KP", "LY", "ML", "NI", "RU", "SO", "SS", "SD", "SY", "VE", "YE", "ZW", "US",
        }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        private static readonly FrozenSet<string> Regions = new[] { "UA-43", "UA-40", "UA-14", "UA-09" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        public static bool IsRestricted(string? country, string? region, out string reason)
        {
            if (country is not null && Countries.Contains(country))
            {
                reason = $"Deposits are not available to persons in {country}.";
                return true;
            }

            if (region is not null && Regions.Contains(region))
            {
                reason = $"Deposits are not available to persons in region {region}.";
                return true;
            }

            reason = string.Empty;
            return false;
        }
    }

    [ApiController]
    [Route("api/pools")]
    public sealed class PoolDepositsController : ControllerBase
    {
        private readonly IPoolContract _pools;

        public PoolDepositsController(IPoolContract pools) => _pools = pools;

        [HttpPost("{poolId}/deposits")]
        public async Task<IActionResult> Deposit(string poolId, [FromBody] DepositRequest request, CancellationToken ct)
        {
            var ipCountry = Request.Headers["CF-IPCountry"].ToString();
            var region = Request.Headers["CF-Region-Code"].ToString();

            if (RestrictedJurisdictions.IsRestricted(request.ResidenceCountry, null, out var reason) ||
                RestrictedJurisdictions.IsRestricted(ipCountry, $"{ipCountry}-{region}", out reason))
            {
                return StatusCode(StatusCodes.Status451UnavailableForLegalReasons, new { error = "restricted_jurisdiction", reason });
            }

            if (request.Amount <= 0)
            {
                return BadRequest(new { error = "invalid_amount" });
            }

            var receipt = await _pools.DepositAsync(poolId, request.WalletAddress, request.Amount, ct);
            return Ok(receipt);
        }
    }
}
