// expect: none A rhythm-game score API serves beatmap leaderboards in Global, Country and Friends scopes; the Country scope filters scores to the requesting player's own country code (so an IR player sees the Iranian ranking) and country codes are also mapped to flag names; nobody is denied, the country is only a ranking filter.
// modelled-on: ppy/osu osu.Game/Online/API/Requests/GetScoresRequest.cs + osu.Game/Users/CountryCode.cs (paraphrased, not copied; kept the leaderboard scope enum, the country-code enum and the per-scope request shape, moved to a server-side minimal-API endpoint that applies the scope filter)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case312
{
    using System.Security.Claims;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;

    public enum CountryCode
    {
        Unknown = 0,
        US,
        DE,
        JP,
        KR,
        BR,
        IR,
        CU,
        SY,
    }

    public enum LeaderboardScope
    {
        Global,
        Country,
        Friends,
    }

    public sealed record PlayerSummary(int Id, string Username, CountryCode Country);

    public sealed record ScoreEntry(long ScoreId, PlayerSummary Player, int BeatmapId, long TotalScore, double Accuracy);

    public interface IScoreStore
    {
        IQueryable<ScoreEntry> ForBeatmap(int beatmapId);
        Task<IReadOnlySet<int>> FriendIdsAsync(int playerId);
    }

    public static class CountryFlags
    {
        public static string FlagName(this CountryCode code) => code == CountryCode.Unknown ? "__" : code.ToString().ToLowerInvariant();

        public static string DisplayName(this CountryCode code) => code switch
        {
            CountryCode.IR => "Iran",
            CountryCode.CU => "Cuba",
            CountryCode.SY => "Syria",
            CountryCode.KR => "South Korea",
            _ => code.ToString(),
        };
    }

    public static class LeaderboardEndpoints
    {
        public static WebApplication MapLeaderboards(this WebApplication app)
        {
            app.MapGet("/api/v2/beatmaps/{beatmapId:int}/scores", async (int beatmapId, LeaderboardScope? type, ClaimsPrincipal user, IScoreStore store) =>
            {
                var scope = type ?? LeaderboardScope.Global;
                var playerId = int.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "0");
                Enum.TryParse(user.FindFirstValue("country_code"), ignoreCase: true, out CountryCode myCountry);

                IQueryable<ScoreEntry> scores = store.ForBeatmap(beatmapId);

                switch (scope)
                {
                    case LeaderboardScope.Country:
                        scores = scores.Where(s => s.Player.Country == myCountry);
                        break;
                    case LeaderboardScope.Friends:
                        var friends = await store.FriendIdsAsync(playerId);
                        scores = scores.Where(s => friends.Contains(s.Player.Id) || s.Player.Id == playerId);
                        break;
                }

                var top = scores.OrderByDescending(s => s.TotalScore).Take(50).ToList();
                return Results.Ok(new
                {
                    scope = scope.ToString().ToLowerInvariant(),
                    scores = top.Select((s, i) => new
                    {
                        rank = i + 1,
                        s.Player.Username,
                        flag = s.Player.Country.FlagName(),
                        country = s.Player.Country.DisplayName(),
                        s.TotalScore,
                        s.Accuracy,
                    }),
                });
            }).RequireAuthorization();

            return app;
        }
    }
}
