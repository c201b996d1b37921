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
