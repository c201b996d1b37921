using System.Security.Claims;
using ChatRooms.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace ChatRooms.Hubs;

/// <summary>One-to-one messages between signed-in users.</summary>
[Authorize]
public sealed class DirectMessageHub : Hub
{
    public async Task SendDirect(string recipientId, string text)
    {
        // The identity provider puts the country of residence from the user's profile in the "country" claim.
        var residence = Context.User?.FindFirst(ClaimTypes.Country)?.Value;
        if (string.Equals(residence, "Iran", StringComparison.OrdinalIgnoreCase))
        {
            throw new HubException("Direct messages are not available for accounts registered in your country.");
        }

        var message = new ChatMessage(Guid.NewGuid().ToString("N"), "direct", Context.UserIdentifier ?? "anonymous", text, DateTimeOffset.UtcNow);
        await Clients.User(recipientId).SendAsync("Direct", message);
        await Clients.Caller.SendAsync("Delivered", message.Id);
    }

    public Task Typing(string recipientId) => Clients.User(recipientId).SendAsync("Typing", Context.UserIdentifier);
}
