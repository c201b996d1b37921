using Microsoft.AspNetCore.SignalR;

namespace SpiceShop.Hubs;

/// <summary>Live chat with the support team about recipes, orders and deliveries.</summary>
public sealed class SupportHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        // Copied from the checkout when chat was added: "we can't sell to Iran, so no chat either".
        var headers = Context.GetHttpContext()?.Request.Headers;
        if (headers is not null && headers["CF-IPCountry"] == "IR")
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, "waiting");
        await base.OnConnectedAsync();
    }

    public Task Ask(string question) => Clients.Group("agents").SendAsync("Question", Context.ConnectionId, question);

    public Task Answer(string connectionId, string answer) => Clients.Client(connectionId).SendAsync("Answer", answer);
}
