// expect: warn chat hub degrades the service (voice notes and attachments switched off) for users whose zoneinfo claim resolves to Asia/Tehran / Iran Standard Time; a time-zone proxy that limits authorized messaging and file sharing
// modelled-on: rpaschoal/ng-chat demo/aspnetcore_signalr/Hubs/ChatHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case029;

using Microsoft.AspNetCore.SignalR;

public sealed record ChatFeatures(bool VoiceNotes, bool Attachments);

public class ChatHub : Hub
{
    public static readonly List<string> Clients_ = new();

    private static ChatFeatures FeaturesFor(string? zoneId)
    {
        if (string.IsNullOrWhiteSpace(zoneId))
        {
            return new ChatFeatures(true, true);
        }

        var normalized = TimeZoneInfo.TryConvertWindowsIdToIanaId(zoneId, out var iana) ? iana : zoneId;
        return normalized == "Asia/Tehran"
            ? new ChatFeatures(VoiceNotes: false, Attachments: false)
            : new ChatFeatures(true, true);
    }

    private ChatFeatures CurrentFeatures() =>
        FeaturesFor(Context.User?.FindFirst("zoneinfo")?.Value);

    public override Task OnConnectedAsync()
    {
        if (!Clients_.Contains(Context.ConnectionId))
        {
            Clients_.Add(Context.ConnectionId);
        }

        Context.Items["features"] = CurrentFeatures();
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        Clients_.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    public Task SendMessage(string toId, string text) =>
        Clients.Client(toId).SendAsync("notifyOfMessage", Context.ConnectionId, text);

    public Task SendVoiceNote(string toId, byte[] audio)
    {
        var features = Context.Items["features"] as ChatFeatures ?? CurrentFeatures();
        if (!features.VoiceNotes)
        {
            throw new HubException("Voice notes are disabled for your account.");
        }

        return Clients.Client(toId).SendAsync("notifyOfVoiceNote", Context.ConnectionId, audio);
    }

    public Task SendAttachment(string toId, string fileName, byte[] content)
    {
        var features = Context.Items["features"] as ChatFeatures ?? CurrentFeatures();
        if (!features.Attachments)
        {
            return Clients.Caller.SendAsync("notifyError", "Attachments are not available.");
        }

        return Clients.Client(toId).SendAsync("notifyOfAttachment", Context.ConnectionId, fileName, content);
    }
}
