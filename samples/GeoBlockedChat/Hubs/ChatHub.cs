using Microsoft.AspNetCore.SignalR;

namespace GeoBlockedChat.Hubs;

/// <summary>The chat: every message goes to everyone connected.</summary>
public sealed class ChatHub : Hub
{
    public async Task SendMessage(string user, string message)
    {
        // Behind Cloudflare, CF-IPCountry carries the ISO 3166-1 alpha-2 code of the caller's IP address.
        var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString();

        // OVER-BROAD (SANC1001): chat and instant messaging with people in Iran are authorized by
        // 31 CFR 560.540(a)(1), formerly General License D-2. Dropping the connection cuts them off from
        // a service the sanctions themselves allow.
        if (country == "IR")
        {
            Context.Abort();
            return;
        }

        await Clients.All.SendAsync("ReceiveMessage", user, message);
    }
}
