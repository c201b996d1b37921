// expect: warn A SignalR IHubFilter registered for the chat hub looks up the caller's country in a MaxMind GeoLite2 database on connect and throws HubException when the ISO code is found (Array.IndexOf) in a deny array of KP, IR and RU, so users in Iran and North Korea cannot connect to chat (an authorized communication service for Iran).
// modelled-on: limitcool/caddy-waf docs/geoblocking.md (paraphrased, not copied; the WAF's block_countries directive with a GeoLite2 database became a SignalR hub filter)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0
// source: blind

namespace BlindCorpus.Case229
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.SignalR;

    public sealed class CountryDenyHubFilter : IHubFilter, IDisposable
    {
        private static readonly string[] DenyCountries = { "KP", "IR", "RU" };
        private readonly DatabaseReader _reader;

        public CountryDenyHubFilter(string mmdbPath) => _reader = new DatabaseReader(mmdbPath);

        public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            var address = context.Context.GetHttpContext()?.Connection.RemoteIpAddress;
            if (address is not null && !IPAddress.IsLoopback(address)
                && _reader.TryCountry(address, out var response)
                && response?.Country.IsoCode is { } iso
                && Array.IndexOf(DenyCountries, iso) >= 0)
            {
                throw new HubException("Connections from your region are blocked.");
            }

            await next(context);
        }

        public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
            => next(invocationContext);

        public void Dispose() => _reader.Dispose();
    }

    public sealed class ChatHub : Hub
    {
        public Task Send(string room, string message)
            => Clients.Group(room).SendAsync("message", Context.UserIdentifier, message);

        public Task Join(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);
    }

    public static class ChatSetup
    {
        public static void AddChat(IServiceCollection services, string mmdbPath)
        {
            services.AddSingleton(new CountryDenyHubFilter(mmdbPath));
            services.AddSignalR().AddHubOptions<ChatHub>(o => o.AddFilter<CountryDenyHubFilter>());
        }
    }
}
