using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A degrade carried by emptied data: the jurisdiction's users get the answer everyone gets, with what a call fetched
    /// for it replaced by an empty collection (the <c>empty</c> rows of ApiKnowledge.txt, <c>new List&lt;T&gt;()</c>, <c>[]</c>).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string FeedEndpoint(string jurisdictionsPosts) => @"
public sealed record FeedPost(string Author, string Text);

public interface IFeedStore
{
    Task<IReadOnlyList<FeedPost>> LatestAsync(string language);
}

public static class FeedEndpoints
{
    public static void MapFeed(IEndpointRouteBuilder app)
    {
        app.MapGet(""/api/feed"", async (HttpRequest request, IFeedStore store) =>
        {
            var posts = await store.LatestAsync(""en"");
            if ({|#0:request.Headers[""CF-IPCountry""].ToString() == ""IR""|})
            {
                posts = " + jurisdictionsPosts + @";
            }

            return Results.Ok(posts);
        });
    }
}";

        private static string TileEndpoint(string jurisdictionsAnswer) => @"
public interface ITileRenderer { Task<byte[]> RenderAsync(int z, int x, int y, string language); }

public static class BlankTile { public static readonly byte[] Png = new byte[] { 137, 80, 78, 71 }; }

public static class TileEndpoints
{
    public static void MapTiles(IEndpointRouteBuilder app)
    {
        app.MapGet(""/tiles/{z}/{x}/{y}.png"", async (int z, int x, int y, HttpRequest request, ITileRenderer renderer) =>
        {
            if ({|#0:request.Headers[""CF-IPCountry""].ToString() == ""IR""|})
            {
                return " + jurisdictionsAnswer + @";
            }

            var tile = await renderer.RenderAsync(z, x, y, ""en"");
            return Results.File(tile, ""image/png"");
        });
    }
}";

        [Fact]
        public async Task StoredFillerInsteadOfTheContent_Degrades() =>
            await Verify.VerifyAsync(Id, TileEndpoint(@"Results.File(BlankTile.Png, ""image/png"")"), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "MapGet \"/tiles/{z}/{x}/{y}.png\"",
                Inferred("web maps", "the route name '/tiles/{z}/{x}/{y}.png'", "\"web-maps\""), IranCitation, "degrades"));

        [Fact]
        public async Task ContentRenderedForTheJurisdictionsLanguage_IsSilent() =>
            await Verify.VerifyAsync(Id, TileEndpoint(@"Results.File(await renderer.RenderAsync(z, x, y, ""fa""), ""image/png"")").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Theory]
        [InlineData("Array.Empty<FeedPost>()")]
        [InlineData("new List<FeedPost>()")]
        [InlineData("[]")]
        public async Task EmptiedData_OnTheJurisdictionsPath_Degrades(string empty) =>
            await Verify.VerifyAsync(Id, FeedEndpoint(empty), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "MapGet \"/api/feed\"",
                Inferred("social networking", "the route name '/api/feed'", "\"social-networking\""), IranCitation, "degrades"));

        [Fact]
        public async Task DataFetchedInTheJurisdictionsLanguage_IsSilent() =>
            await Verify.VerifyAsync(Id, FeedEndpoint(@"await store.LatestAsync(""fa"")").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));
    }
}
