// expect: warn A SignalR chat hub aborts the connection in OnConnectedAsync when Cloudflare's CF-IPCountry header is IR or CU; instant messaging is an authorized communication service for Iran and Cuba.
// modelled-on: GZTimeWalker/GZCTF src/GZCTF/Hubs/UserHub.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case203
{
    using Microsoft.AspNetCore.SignalR;

    internal static class HubAccess
    {
        private static readonly HashSet<string> RestrictedRegions = new(StringComparer.OrdinalIgnoreCase) { "IR", "CU", "SY" };

        public static bool MayConnect(HttpContext? http)
        {
            if (http is null)
                return false;

            var region = http.Request.Headers["CF-IPCountry"].ToString();
            return string.IsNullOrEmpty(region) || !RestrictedRegions.Contains(region);
        }
    }

    public interface IChatClient
    {
        Task Receive(string user, string text);
    }

    public class RoomHub : Hub<IChatClient>
    {
        private readonly ILogger<RoomHub> _log;

        public RoomHub(ILogger<RoomHub> log) => _log = log;

        public override async Task OnConnectedAsync()
        {
            if (!HubAccess.MayConnect(Context.GetHttpContext()))
            {
                _log.LogInformation("Refusing hub connection {Id}", Context.ConnectionId);
                Context.Abort();
                return;
            }

            await base.OnConnectedAsync();
        }

        public Task Send(string room, string text) =>
            Clients.Group(room).Receive(Context.UserIdentifier ?? "anon", text);

        public Task Join(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);
    }

    public static class ChatEndpoints
    {
        public static IServiceCollection AddRoomChat(this IServiceCollection services)
        {
            services.AddSignalR();
            return services;
        }

        public static WebApplication MapRoomChat(this WebApplication app)
        {
            app.MapHub<RoomHub>("/hubs/rooms");
            return app;
        }
    }
}
