// expect: warn A SignalR hub filter intercepts every chat hub invocation, and for SendMessage and JoinRoom it geolocates the caller's connection address and throws HubException when any entry of a hard-coded region list (IR, SY, KP, CU) matches, so people in Iran, Syria and Cuba cannot send chat messages (chat is an authorized communication service).
// modelled-on: ESCd/wadio src/App/Web/Infrastructure/HubCancellationFilter.cs (paraphrased, not copied; the IHubFilter that swallowed cancellations now refuses selected hub methods by caller country using LINQ Any)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case249
{
    using System.Net;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.SignalR;

    public interface IGeoLookup
    {
        string? CountryIso(IPAddress address);
    }

    internal sealed class RegionRestrictedHubFilter : IHubFilter
    {
        private static readonly string[] RestrictedRegions = ["IR", "SY", "KP", "CU"];
        private static readonly HashSet<string> GuardedMethods = new(StringComparer.Ordinal) { "SendMessage", "JoinRoom" };

        private readonly IGeoLookup _geo;

        public RegionRestrictedHubFilter(IGeoLookup geo) => _geo = geo;

        public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
        {
            ArgumentNullException.ThrowIfNull(context);

            if (GuardedMethods.Contains(context.HubMethodName))
            {
                var address = context.Context.GetHttpContext()?.Connection.RemoteIpAddress;
                var iso = address is null ? null : _geo.CountryIso(address);
                if (iso is not null && RestrictedRegions.Any(r => r.Equals(iso, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new HubException("Messaging is unavailable in your region.");
                }
            }

            return await next(context);
        }
    }

    public sealed class ChatHub : Hub
    {
        public Task JoinRoom(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);

        public Task SendMessage(string room, string text) =>
            Clients.Group(room).SendAsync("message", Context.UserIdentifier, text);
    }
}
