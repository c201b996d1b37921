using System.IO;
using System.Linq;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Services;
using Xunit;

namespace SanctionsAnalyzers.Tests.Services
{
    /// <summary>The embedded name vocabulary (Resources/NameVocabulary.txt): word splitting, plurals, compounds, data errors.</summary>
    public class NameVocabularyTests
    {
        private static string[] Categories(string name) =>
            NameVocabulary.Embedded.Match(name).SelectMany(m => m.Categories).Select(c => c.Id).Distinct().ToArray();

        [Theory]
        [InlineData("ChatApi", new[] { "chat", "api" })]
        [InlineData("chat_rooms", new[] { "chat", "rooms" })]
        [InlineData("/api/v2/Meetings/{id}", new[] { "api", "v", "2", "meetings", "id" })]
        [InlineData("SMTPServer", new[] { "smtp", "server" })]
        [InlineData("IChatService", new[] { "i", "chat", "service" })]
        [InlineData("SignInAsync", new[] { "sign", "in", "async" })]
        [InlineData("kebab-case-route", new[] { "kebab", "case", "route" })]
        public void Split_AtHumpsDigitsAndSeparators(string name, string[] parts)
        {
            Assert.Equal(parts, NameVocabulary.Split(name));
        }

        [Theory]
        [InlineData("courses", "course")]
        [InlineData("matches", "match")]
        [InlineData("policies", "policy")]
        [InlineData("class", "class")]
        [InlineData("bus", "bus")]
        [InlineData("chat", "chat")]
        public void Singular(string word, string singular)
        {
            Assert.Equal(singular, NameVocabulary.Singular(word));
        }

        [Theory]
        [InlineData("ChatController", "chat")]
        [InlineData("ChatsController", "chat")]
        [InlineData("chat_rooms", "chat")]
        [InlineData("SendNewsletter", "email")]
        [InlineData("MeetingsHub", "video-conferencing")]
        [InlineData("SignInAsync", "user-authentication")]
        [InlineData("VideoCallService", "video-conferencing")]
        [InlineData("EnrollAsync", "e-learning")]
        [InlineData("CheckoutService", "payments")]
        [InlineData("WithdrawFunds", "trading")]
        [InlineData("/api/translate", "automated-translation")]
        [InlineData("WorkspaceSignUpService", "user-authentication")]
        [InlineData("TunnelPeersController", "vpn")]
        [InlineData("FeedService", "social-networking")]
        public void Match_WholePartsSingularOrPlural(string name, string category)
        {
            Assert.Contains(category, Categories(name));
        }

        [Theory]
        [InlineData("Chateau")]
        [InlineData("MapGet")]
        [InlineData("AutoMapperProfile")]
        [InlineData("HttpPost")]
        [InlineData("RegisterServices")]
        [InlineData("Dashboard")]
        [InlineData("Profile")]
        [InlineData("WeatherForecast")]
        [InlineData("Feeder")]
        public void NoMatch_ForPlumbingOrWordsInsideWords(string name)
        {
            Assert.Empty(Categories(name));
        }

        [Fact]
        public void BothCategories_WhenANameHoldsTwo()
        {
            Assert.Equal(new[] { "chat", "payments" }, Categories("ChatPayment"));
        }

        [Fact]
        public void Embedded_CoversEveryCommunicationCategoryItNames_AndTheExcludedOnes()
        {
            Assert.True(NameVocabulary.Embedded.Count > 100);
            foreach (var id in new[] { "payments", "trading", "chat", "email", "e-gaming", "e-learning", "video-conferencing", "user-authentication" })
            {
                Assert.Contains(id, NameVocabulary.Embedded.Match(id == "e-gaming" ? "Game" : id == "e-learning" ? "Course" : id == "video-conferencing" ? "Meeting" : id == "user-authentication" ? "Login" : id).SelectMany(m => m.Categories).Select(c => c.Id));
            }
        }

        [Theory]
        [InlineData("MapGet")]
        [InlineData("AutoMapperProfile")]
        [InlineData("SwapBuffers")]
        [InlineData("HttpPost")]
        [InlineData("ReplyAsync")]
        [InlineData("GameObject")]
        [InlineData("OffersPanelGameObject")]
        [InlineData("GameTime")]
        public void TextOnlyWords_AreNotReadInNames(string name) => Assert.Empty(Categories(name));

        [Theory]
        [InlineData("/api/maps/search", "web-maps")]
        [InlineData("Map search is not available in your country.", "web-maps")]
        [InlineData("Swaps are not available in your region.", "trading")]
        [InlineData("relay unavailable in region", "anti-censorship")]
        [InlineData("/lb/v1/posts/{profileId:guid}/post/{postId:guid}/reply", "social-networking")]
        public void TextOnlyWords_AreReadInText(string text, string category) =>
            Assert.Contains(category, NameVocabulary.Embedded.MatchText(text).SelectMany(m => m.Categories).Select(c => c.Id));

        [Theory]
        [InlineData("MailRelayOptions", new[] { "email" })]
        [InlineData("TorRelay", new[] { "anti-censorship" })]
        [InlineData("VideoShareController", new[] { "photo-video-sharing" })]
        [InlineData("GameObjectLobby", new[] { "e-gaming" })]
        [InlineData("ExportControlInterceptor", new[] { "export-controlled" })]
        [InlineData("Eccn5D002", new[] { "export-controlled" })]
        public void LongestWord_Wins(string name, string[] categories) => Assert.Equal(categories, Categories(name));

        [Fact]
        public void TextLine_IsReadOnlyInText()
        {
            var vocabulary = NameVocabulary.Parse(new StringReader("chat: chat\ntext web-maps: map"), PolicyMap.Embedded);
            Assert.Empty(vocabulary.Match("MapTiles"));
            Assert.Equal("web-maps", Assert.Single(vocabulary.MatchText("/maps/tiles")).Categories.Single().Id);
            Assert.Equal("chat", Assert.Single(vocabulary.MatchText("chat")).Categories.Single().Id);
        }

        [Theory]
        [InlineData("text mapz: map", "line 1: unknown category 'mapz'")]
        [InlineData("chat chat", "line 1: expected 'category-id: word word ...'")]
        [InlineData("# comment\nchatting: chat", "line 2: unknown category 'chatting'")]
        public void MalformedLine_IsADataErrorNamingItsLine(string text, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => NameVocabulary.Parse(new StringReader(text), PolicyMap.Embedded));
            Assert.Contains(message, error.Message);
        }
    }
}
