// expect: ok chat app refuses to sell its paid Premium subscription (checkout/payment) to billing countries IR, CU and KP; payments and subscription purchases are not covered by the communications authorizations, while the chat hub itself stays open to everyone
// modelled-on: Ahod26/Ai.NetTrack backend/Hubs/Interfaces/IChatClient.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case034;

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.SignalR;

public interface IChatClient
{
    Task ReceiveMessage(object message);
    Task ChatJoined(string chatId, string title);
    Task Error(string error);
}

public class ChatHub : Hub<IChatClient>
{
    public async Task JoinChat(string chatId)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, chatId);
        await Clients.Caller.ChatJoined(chatId, chatId);
    }
}

public sealed record PremiumCheckoutRequest(string Plan, string BillingCountry, string PaymentMethodToken);

public interface IPaymentGateway
{
    Task<string> ChargeAsync(string userId, string plan, string paymentMethodToken, CancellationToken ct);
}

[ApiController]
[Authorize]
[Route("api/billing/premium")]
public class PremiumBillingController : ControllerBase
{
    private static readonly HashSet<string> NoSaleCountries = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "KP" };

    private readonly IPaymentGateway _payments;

    public PremiumBillingController(IPaymentGateway payments) => _payments = payments;

    [HttpPost("checkout")]
    public async Task<IActionResult> Checkout([FromBody] PremiumCheckoutRequest request, CancellationToken ct)
    {
        if (NoSaleCountries.Contains(request.BillingCountry))
        {
            return StatusCode(StatusCodes.Status403Forbidden,
                new { error = "Premium purchases cannot be processed for this billing country." });
        }

        var userId = User.FindFirst("sub")?.Value ?? "";
        var receipt = await _payments.ChargeAsync(userId, request.Plan, request.PaymentMethodToken, ct);
        return Ok(new { receipt });
    }
}
