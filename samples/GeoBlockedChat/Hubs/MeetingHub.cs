using GeoBlockedChat.Options;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace GeoBlockedChat.Hubs;

/// <summary>Meeting rooms: participants join a room and exchange signalling messages.</summary>
public sealed class MeetingHub : Hub
{
    private readonly IOptions<GeoBlockingOptions> _options;

    public MeetingHub(IOptions<GeoBlockingOptions> options)
    {
        _options = options;
    }

    public async Task JoinRoom(string room)
    {
        var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() ?? string.Empty;

        // OVER-BROAD (SANC1001) through configuration: appsettings.json lists IR under GeoBlocking:Countries.
        // The same list still names SY, whose country-wide program ended on 1 Jul 2025 (SANC1004, reported in the JSON file).
        if (_options.Value.Countries.Contains(country, StringComparer.OrdinalIgnoreCase))
        {
            throw new HubException("Meetings are not available in your region.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, room);
    }
}
