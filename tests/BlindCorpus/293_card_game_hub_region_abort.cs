// expect: warn A multiplayer card game's SignalR lobby hub looks up the connecting player's country with MaxMind and aborts the connection when it is Iran, Syria, Cuba or North Korea, so players in Iran cannot join games with friends; online gaming is an authorized communication service for Iran.
// modelled-on: ekzhang/setwithfriends issue #74 "Unable to Access the Site from Iran" (paraphrased, not copied; the reported IP-level refusal of Iranian players became an explicit country check in a C# SignalR game hub)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace BlindCorpus.Case293
{
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.SignalR;

    public interface IGameClient
    {
        Task GameUpdated(GameState state);
        Task Error(string message);
    }

    public sealed record GameState(string GameId, IReadOnlyList<string> Players, IReadOnlyList<string> Board, string Status);

    public interface IGameRepository
    {
        Task<GameState> JoinAsync(string gameId, string playerId);
        Task<GameState> SubmitSetAsync(string gameId, string playerId, string[] cards);
    }

    public sealed class GameLobbyHub : Hub<IGameClient>
    {
        private readonly IGeoIP2DatabaseReader _geo;
        private readonly IGameRepository _games;
        private readonly ILogger<GameLobbyHub> _logger;

        public GameLobbyHub(IGeoIP2DatabaseReader geo, IGameRepository games, ILogger<GameLobbyHub> logger)
        {
            _geo = geo;
            _games = games;
            _logger = logger;
        }

        public override async Task OnConnectedAsync()
        {
            var ip = Context.GetHttpContext()?.Connection.RemoteIpAddress;
            if (ip is not null && _geo.TryCountry(ip, out var response))
            {
                switch (response?.Country.IsoCode)
                {
                    case "IR":
                    case "SY":
                    case "CU":
                    case "KP":
                        _logger.LogInformation("Dropping lobby connection {ConnectionId} from {Country}", Context.ConnectionId, response.Country.IsoCode);
                        await Clients.Caller.Error("Games are not available in your region.");
                        Context.Abort();
                        return;
                }
            }

            await base.OnConnectedAsync();
        }

        public async Task JoinGame(string gameId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, gameId);
            var state = await _games.JoinAsync(gameId, Context.UserIdentifier ?? Context.ConnectionId);
            await Clients.Group(gameId).GameUpdated(state);
        }

        public async Task SubmitSet(string gameId, string[] cards)
        {
            var state = await _games.SubmitSetAsync(gameId, Context.UserIdentifier ?? Context.ConnectionId, cards);
            await Clients.Group(gameId).GameUpdated(state);
        }
    }
}
