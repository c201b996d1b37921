using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Scope;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// GeoBlockAnalyzer searches a block's text for the wiring words before AppModelCollector.HasWiring walks its
    /// tokens. A word added to HasWiring's list but not to the pre-filter's would silently stop wiring from being read.
    /// </summary>
    public class WiringPrefilterTests
    {
        [Fact]
        public void PrefilterWords_AreHasWiringsWords()
        {
            var field = typeof(AppModelCollector).GetField("WiringWords", BindingFlags.NonPublic | BindingFlags.Static);
            Assert.True(field is not null, "AppModelCollector.WiringWords is gone: make GeoBlockAnalyzer.WiringWords follow whatever replaced it, and this test.");

            var hasWiring = ((IEnumerable<string>)field!.GetValue(null)!).OrderBy(w => w, System.StringComparer.Ordinal);
            Assert.Equal(hasWiring, GeoBlockAnalyzer.WiringWords.OrderBy(w => w, System.StringComparer.Ordinal));
        }
    }
}
