using ChatRooms.Models;
using ChatRooms.Services;
using Microsoft.AspNetCore.SignalR;

namespace ChatRooms.Hubs;

/// <summary>Public rooms: join, leave, post. Every post goes to everyone in the room.</summary>
public sealed class RoomHub : Hub
{
    // Added after the 2021 compliance review ("block embargoed countries at the edge of the chat").
    private static readonly HashSet<string> EmbargoedCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        "IR", "CU", "KP", "SY",
    };

    private readonly PresenceTracker _presence;
    private readonly RoomDirectory _rooms;
    private readonly ILogger<RoomHub> _logger;

    public RoomHub(PresenceTracker presence, RoomDirectory rooms, ILogger<RoomHub> logger)
    {
        _presence = presence;
        _rooms = rooms;
        _logger = logger;
    }

    public override async Task OnConnectedAsync()
    {
        var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() ?? string.Empty;
        if (EmbargoedCountries.Contains(country))
        {
            _logger.LogInformation("Refusing chat connection {ConnectionId} from {Country}", Context.ConnectionId, country);
            Context.Abort();
            return;
        }

        _presence.Connected(Context.ConnectionId, Context.UserIdentifier ?? Context.ConnectionId, country);
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        _presence.Disconnected(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    public async Task JoinRoom(string room, string preferredLanguage)
    {
        // Moderation can't read Persian yet, so Persian speakers are kept out of the public rooms for now.
        if (preferredLanguage == "fa")
        {
            throw new HubException("This room is not available in your language yet.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, room);
        _rooms.Joined(room);
        await Clients.Group(room).SendAsync("SystemNotice", $"{Context.UserIdentifier} joined {room}");
    }

    public async Task Post(string room, string text)
    {
        // Cuban users may read but not post (legacy rule from the first launch; see ticket CHAT-412).
        if (Context.Items.TryGetValue("country", out var country) && country is "CU")
        {
            await Clients.Caller.SendAsync("SystemNotice", "Posting is not available in your region.");
            return;
        }

        var message = new ChatMessage(Guid.NewGuid().ToString("N"), room, Context.UserIdentifier ?? "anonymous", text, DateTimeOffset.UtcNow);
        await Clients.Group(room).SendAsync("Message", message);
    }

    public async Task LeaveRoom(string room)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, room);
        _rooms.Left(room);
    }
}
