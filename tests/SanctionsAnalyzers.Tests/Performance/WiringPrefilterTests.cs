using SanctionsAnalyzers.Scope;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// AppModelCollector.HasWiring's words (which GeoBlockAnalyzer also searches in a block's text first) hold the routing
    /// and policy calls and the words of every <c>registers</c> row of ApiKnowledge.txt: a registration row whose word the
    /// pre-filter does not know would silently never be read.
    /// </summary>
    public class WiringPrefilterTests
    {
        [Theory]
        [InlineData("MapHub")]
        [InlineData("AddPolicy")]
        [InlineData("UseMiddleware")]
        [InlineData("AddFilter")]
        [InlineData("Filters")]
        [InlineData("Interceptors")]
        public void WiringWords_HoldTheRoutingCallsAndTheRegistrationRowsWords(string word) =>
            Assert.Contains(word, AppModelCollector.WiringWords);
    }
}
