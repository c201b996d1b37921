// expect: warn A SignalR WebRTC signaling hub for video calls stores the IANA time zone the browser reports in the connection query string and, when it is Asia/Tehran (or another zone on its embargoed list), refuses to relay SDP offers, answers and ICE candidates for that caller (HubException "video calls are unavailable in your region") while text presence still works; video conferencing is a communication service that GL D-2 authorizes for Iran, so this degradation is over-blocking.
// modelled-on: jorisbaiutti/MQTTALK MQTTalk.App/Signaling/WebRtcHub.cs (paraphrased, not copied; kept the SendOffer / SendAnswer / SendIceCandidate relay methods of the signaling hub, and added per-connection time zone capture and a region guard the real hub does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case342
{
    using System.Collections.Concurrent;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.SignalR;

    public static class EmbargoedZones
    {
        public static readonly string[] Names =
        {
            "Asia/Tehran",
            "Iran",
            "America/Havana",
            "Cuba",
            "Asia/Damascus",
            "Asia/Pyongyang",
        };

        public static bool Contains(string? tz)
            => tz is not null && Names.Any(n => string.Equals(n, tz, StringComparison.OrdinalIgnoreCase));
    }

    public sealed class CallerSession
    {
        public required string ConnectionId { get; init; }
        public string? TimeZone { get; init; }
        public bool CallsAllowed { get; init; }
    }

    public sealed class WebRtcHub : Hub
    {
        private static readonly ConcurrentDictionary<string, CallerSession> Sessions = new();

        public override async Task OnConnectedAsync()
        {
            var tz = Context.GetHttpContext()?.Request.Query["tz"].ToString();
            var session = new CallerSession
            {
                ConnectionId = Context.ConnectionId,
                TimeZone = tz,
                CallsAllowed = !EmbargoedZones.Contains(tz),
            };
            Sessions[Context.ConnectionId] = session;

            await Clients.Others.SendAsync("PeerOnline", Context.ConnectionId, session.CallsAllowed);
            await base.OnConnectedAsync();
        }

        public override Task OnDisconnectedAsync(Exception? exception)
        {
            Sessions.TryRemove(Context.ConnectionId, out _);
            return base.OnDisconnectedAsync(exception);
        }

        public async Task SendOffer(string offer)
        {
            EnsureCallsAllowed();
            await Clients.Others.SendAsync("ReceiveOffer", Context.ConnectionId, offer);
        }

        public async Task SendAnswer(string answer)
        {
            EnsureCallsAllowed();
            await Clients.Others.SendAsync("ReceiveAnswer", Context.ConnectionId, answer);
        }

        public async Task SendIceCandidate(string candidate)
        {
            EnsureCallsAllowed();
            await Clients.Others.SendAsync("ReceiveIceCandidate", Context.ConnectionId, candidate);
        }

        public Task SetStatus(string status)
            => Clients.Others.SendAsync("PeerStatus", Context.ConnectionId, status);

        private void EnsureCallsAllowed()
        {
            if (Sessions.TryGetValue(Context.ConnectionId, out var s) && !s.CallsAllowed)
                throw new HubException("Video calls are unavailable in your region.");
        }
    }
}
