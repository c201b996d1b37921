using System.Linq;
using SanctionsAnalyzers.Detection;
using Xunit;

namespace SanctionsAnalyzers.Tests.Services
{
    /// <summary>Only fixed text anchored at the start or the end of a pattern is read as a prefix or suffix.</summary>
    public class RegexLiteralsTests
    {
        [Theory]
        [InlineData(@"^\+98", "+98")]
        [InlineData(@"\.ir$", ".ir")]
        [InlineData(@"^(\+98|0098)", "+98,0098")]
        [InlineData(@"^(?:\+53|0053)", "+53,0053")]
        [InlineData(@"^\+98|^0098", "+98,0098")]
        public void AnchoredFixedText_IsRead(string pattern, string expected) =>
            Assert.Equal(expected.Split(','), RegexLiterals.AnchoredLiterals(pattern).ToArray());

        [Theory]
        [InlineData(@"^\d{3}")]
        [InlineData(@"\.[a-z]{2}$")]
        [InlineData(@"ir")]
        [InlineData(@"^\+9[0-9]")]
        [InlineData(@"^.+@example\.ir$")]
        public void PatternsThatAreNoFixedText_GiveNothing(string pattern) =>
            Assert.Empty(RegexLiterals.AnchoredLiterals(pattern));
    }
}
