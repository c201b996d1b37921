// expect: ok trading platform screens the user's name/DOB against the OFAC SDN list and refuses to place orders for matched (blocked) persons; SDN screening is required, not a geo-block of communications
// modelled-on: KenyBoi/algotrendy-v2.6 backend/AlgoTrendy.Infrastructure/Services/OFACScreeningService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace BlindCorpus.Case097;

public sealed class OfacOptions
{
    public bool Enabled { get; set; } = true;
    public bool ScreenAllTrades { get; set; } = true;
    public bool BlockSanctionedOrders { get; set; } = true;
    public int MinimumMatchScore { get; set; } = 85;
}

public sealed class TraderProfile
{
    public Guid UserId { get; set; }
    public string FullName { get; set; } = "";
    public DateTime? DateOfBirth { get; set; }
    public string? Country { get; set; }
    public bool IsSanctioned { get; set; }
    public DateTime? LastSanctionsCheck { get; set; }
}

public sealed class SdnMatch
{
    public string FullName { get; set; } = "";
    public string? Program { get; set; }
    public int MatchScore { get; set; }
}

public interface ISdnListStore
{
    Task<List<SdnMatch>> FindSimilarAsync(string fullName, DateTime? dob, int minScore, CancellationToken ct);
}

public interface ITraderRepository
{
    Task<TraderProfile?> GetAsync(Guid userId, CancellationToken ct);
    Task MarkScreenedAsync(Guid userId, bool sanctioned, CancellationToken ct);
}

public class OfacScreeningService
{
    private readonly ISdnListStore _sdn;
    private readonly ITraderRepository _traders;
    private readonly OfacOptions _options;
    private readonly ILogger<OfacScreeningService> _logger;

    public OfacScreeningService(ISdnListStore sdn, ITraderRepository traders, IOptions<OfacOptions> options, ILogger<OfacScreeningService> logger)
    {
        _sdn = sdn;
        _traders = traders;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<bool> ScreenTradeAsync(Guid userId, string symbol, decimal amount, CancellationToken ct)
    {
        if (!_options.Enabled || !_options.ScreenAllTrades)
            return true;

        try
        {
            var user = await _traders.GetAsync(userId, ct);
            if (user == null)
                return false;

            if (user.IsSanctioned)
            {
                _logger.LogWarning("Trade blocked: user {UserId} is sanctioned", userId);
                return false;
            }

            if (user.LastSanctionsCheck.HasValue && (DateTime.UtcNow - user.LastSanctionsCheck.Value).TotalHours < 24)
                return true;

            var matches = await _sdn.FindSimilarAsync(user.FullName, user.DateOfBirth, _options.MinimumMatchScore, ct);
            await _traders.MarkScreenedAsync(userId, matches.Count > 0, ct);

            if (matches.Count > 0 && _options.BlockSanctionedOrders)
            {
                _logger.LogWarning("Trade blocked: user {UserId} matched {Count} SDN entries ({Program})",
                    userId, matches.Count, matches[0].Program);
                return false;
            }

            return true;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "SDN screening failed for {UserId}", userId);
            return !_options.BlockSanctionedOrders; // fail closed
        }
    }
}

public sealed record PlaceOrderRequest(Guid UserId, string Symbol, decimal Quantity, decimal? LimitPrice);

[ApiController]
[Route("api/trading/orders")]
public class OrdersController : ControllerBase
{
    private readonly OfacScreeningService _screening;

    public OrdersController(OfacScreeningService screening) => _screening = screening;

    [HttpPost]
    public async Task<IActionResult> Place([FromBody] PlaceOrderRequest request, CancellationToken ct)
    {
        if (!await _screening.ScreenTradeAsync(request.UserId, request.Symbol, request.Quantity, ct))
            return StatusCode(StatusCodes.Status403Forbidden, new { error = "Order rejected by sanctions compliance screening." });

        return Accepted(new { orderId = Guid.NewGuid() });
    }
}
