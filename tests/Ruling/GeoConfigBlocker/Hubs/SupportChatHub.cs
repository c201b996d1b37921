using GeoConfigBlocker.Options;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GeoConfigBlocker.Hubs;

/// <summary>Live support chat between visitors and agents.</summary>
public sealed class SupportChatHub : Hub
{
    private readonly IOptionsMonitor<SanctionsOptions> _sanctions;

    public SupportChatHub(IOptionsMonitor<SanctionsOptions> sanctions)
    {
        _sanctions = sanctions;
    }

    public override async Task OnConnectedAsync()
    {
        var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() ?? string.Empty;
        if (_sanctions.CurrentValue.BlockedCountries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            Context.Abort();
            return;
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, "visitors");
        await base.OnConnectedAsync();
    }

    public Task Say(string text) => Clients.Group("agents").SendAsync("Visitor", Context.ConnectionId, text);
}
