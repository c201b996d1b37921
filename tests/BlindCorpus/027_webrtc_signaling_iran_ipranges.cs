// expect: warn WebRTC signalling hub for video calls aborts callers whose IP falls inside a hard-coded list of Iranian address blocks; video conferencing is authorized for Iran (31 CFR 560.540) (allow-list form of FreshPager turned into a deny list; hub methods after saifadin1/Simple-video-call-app)
// modelled-on: Aldaviva/FreshPager FreshPager/API/Toast/ToastHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case027;

using System.Net;
using Microsoft.AspNetCore.SignalR;

public class VideoCallHub : Hub
{
    // Address blocks announced by Iranian carriers (TCI, DCI, ParsOnline ...)
    private static readonly IReadOnlyList<IPNetwork> IranBlocks =
    [
        IPNetwork.Parse("2.176.0.0/12"),
        IPNetwork.Parse("5.160.0.0/14"),
        IPNetwork.Parse("78.38.0.0/15"),
        IPNetwork.Parse("91.98.0.0/15"),
        IPNetwork.Parse("217.218.0.0/15"),
    ];

    private readonly ILogger<VideoCallHub> _logger;

    public VideoCallHub(ILogger<VideoCallHub> logger) => _logger = logger;

    public override async Task OnConnectedAsync()
    {
        IPAddress? caller = Context.GetHttpContext()?.Connection.RemoteIpAddress;
        if (caller is not null && caller.IsIPv4MappedToIPv6)
        {
            caller = caller.MapToIPv4();
        }

        if (caller is not null && IranBlocks.Any(block => block.Contains(caller)))
        {
            _logger.LogDebug("Dropping signalling client {Address}", caller);
            Context.Abort();
            return;
        }

        await base.OnConnectedAsync();
    }

    public Task SendOffer(string offer) => Clients.Others.SendAsync("ReceiveOffer", offer);

    public Task SendAnswer(string answer) => Clients.Others.SendAsync("ReceiveAnswer", answer);

    public Task SendIceCandidate(string candidate) => Clients.Others.SendAsync("ReceiveIceCandidate", candidate);
}
