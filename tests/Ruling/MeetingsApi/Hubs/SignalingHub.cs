using Microsoft.AspNetCore.SignalR;

namespace MeetingsApi.Hubs;

/// <summary>Relays SDP offers, answers and ICE candidates between the participants of a meeting.</summary>
public sealed class SignalingHub : Hub
{
    public Task Join(string meetingId) => Groups.AddToGroupAsync(Context.ConnectionId, meetingId);

    public Task Offer(string meetingId, string targetConnectionId, string sdp) =>
        Clients.Client(targetConnectionId).SendAsync("Offer", Context.ConnectionId, sdp);

    public Task Answer(string targetConnectionId, string sdp) =>
        Clients.Client(targetConnectionId).SendAsync("Answer", Context.ConnectionId, sdp);

    public Task IceCandidate(string targetConnectionId, string candidate) =>
        Clients.Client(targetConnectionId).SendAsync("IceCandidate", Context.ConnectionId, candidate);

    public Task Leave(string meetingId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, meetingId);
}
