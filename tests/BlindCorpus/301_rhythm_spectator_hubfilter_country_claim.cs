// expect: warn A rhythm-game server's SignalR hub filter (registered for the spectator and multiplayer hubs) reads the player's country claim from the access token through a HubCallerContext extension and throws a HubException on connect when it is IR, CU or SY; online multiplayer gaming and spectating are authorized communication services for Iran under GL D-2, so this is over-blocking.
// modelled-on: ppy/osu-server-spectator osu.Server.Spectator/Extensions/HubCallerContextExtensions.cs + the hub-filter registration in osu.Server.Spectator/Extensions/ServiceCollectionExtensions.cs (paraphrased, not copied; kept the claim-reading extension methods and AddFilter registration, added a country claim and a region-restriction filter that the real project does not have)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case301
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.SignalR;
    using Microsoft.Extensions.DependencyInjection;
    using Microsoft.Extensions.Logging;

    public static class CallerContextExtensions
    {
        public static int GetPlayerId(this HubCallerContext context)
        {
            if (context.UserIdentifier is null)
                throw new InvalidOperationException("Caller has no user identifier.");
            return int.Parse(context.UserIdentifier);
        }

        // The web API issues tokens with the account's registered country as a custom claim.
        public static string? GetCountryCode(this HubCallerContext context)
            => context.User?.FindFirst(c => c.Type == "country_code")?.Value?.ToUpperInvariant();
    }

    public static class RestrictedRegions
    {
        public static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "IR",
            "CU",
            "SY",
        };
    }

    public sealed class RegionRestrictionHubFilter : IHubFilter
    {
        private readonly ILogger<RegionRestrictionHubFilter> _logger;

        public RegionRestrictionHubFilter(ILogger<RegionRestrictionHubFilter> logger) => _logger = logger;

        public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            string? country = context.Context.GetCountryCode();

            if (country != null && RestrictedRegions.Codes.Contains(country))
            {
                _logger.LogInformation("Refusing hub connection for player {PlayerId} from {Country}", context.Context.GetPlayerId(), country);
                throw new HubException("Online play is not available in your region.");
            }

            await next(context);
        }

        public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
            => next(invocationContext);
    }

    public sealed record FrameBundle(int Beatmap, IReadOnlyList<float> Frames);

    public interface ISpectatorClient
    {
        Task UserBeganPlaying(int userId, int beatmapId);
        Task UserSentFrames(int userId, FrameBundle bundle);
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    public sealed class SpectatorHub : Hub<ISpectatorClient>
    {
        public Task BeginPlaySession(int beatmapId)
            => Clients.Group($"watch:{Context.GetPlayerId()}").UserBeganPlaying(Context.GetPlayerId(), beatmapId);

        public Task SendFrameData(FrameBundle bundle)
            => Clients.Group($"watch:{Context.GetPlayerId()}").UserSentFrames(Context.GetPlayerId(), bundle);

        public Task StartWatchingUser(int userId)
            => Groups.AddToGroupAsync(Context.ConnectionId, $"watch:{userId}");
    }

    [Microsoft.AspNetCore.Authorization.Authorize]
    public sealed class MultiplayerHub : Hub
    {
        public async Task JoinRoom(long roomId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, $"room:{roomId}");
            await Clients.Group($"room:{roomId}").SendAsync("UserJoined", Context.GetPlayerId());
        }

        public Task ChangeReadyState(long roomId, bool ready)
            => Clients.Group($"room:{roomId}").SendAsync("ReadyChanged", Context.GetPlayerId(), ready);
    }

    public static class ServerSetup
    {
        public static IServiceCollection AddGameHubs(this IServiceCollection services)
        {
            services.AddSignalR(options =>
            {
                options.AddFilter<RegionRestrictionHubFilter>();
            });
            return services;
        }

        public static WebApplication MapGameHubs(this WebApplication app)
        {
            app.MapHub<SpectatorHub>("/spectator");
            app.MapHub<MultiplayerHub>("/multiplayer");
            return app;
        }
    }
}
