// expect: none video-call signalling hub chooses the nearest TURN relay region from the CF-IPCountry header (IR and other Middle-East countries go to Frankfurt, CU to Miami, ...); every caller still gets ICE servers, so it is geo-routing, not a block
// modelled-on: saifadin1/Simple-video-call-app VideoCallApp/Hubs/VideoCallHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case037;

using Microsoft.AspNetCore.SignalR;

public sealed record IceServer(string Urls, string? Username = null, string? Credential = null);

public class VideoCallHub : Hub
{
    private static string RelayRegionFor(string? country) => country?.ToUpperInvariant() switch
    {
        "IR" or "AE" or "SA" or "TR" or "IQ" => "fra",
        "CU" or "MX" or "US" or "DO" => "mia",
        "IN" or "PK" or "BD" => "bom",
        "JP" or "KR" or "CN" => "nrt",
        null or "" or "XX" => "ams",
        _ => "ams",
    };

    public override async Task OnConnectedAsync()
    {
        var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString();
        var region = RelayRegionFor(country);

        var servers = new[]
        {
            new IceServer("stun:stun.l.google.com:19302"),
            new IceServer($"turn:turn-{region}.calls.example.net:3478", "webrtc", "ephemeral"),
        };

        await Clients.Caller.SendAsync("IceServers", servers);
        await base.OnConnectedAsync();
    }

    public Task SendOffer(string offer) => Clients.Others.SendAsync("ReceiveOffer", offer);

    public Task SendAnswer(string answer) => Clients.Others.SendAsync("ReceiveAnswer", answer);

    public Task SendIceCandidate(string candidate) => Clients.Others.SendAsync("ReceiveIceCandidate", candidate);
}
