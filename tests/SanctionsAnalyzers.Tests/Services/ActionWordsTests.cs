using System.IO;
using System.Linq;
using SanctionsAnalyzers.Detection;
using Xunit;

namespace SanctionsAnalyzers.Tests.Services
{
    /// <summary>The embedded name evidence of refusals (Resources/ActionWords.txt): every list present, bad lines are data errors.</summary>
    public class ActionWordsTests
    {
        [Fact]
        public void EmbeddedFile_HoldsEveryList()
        {
            var words = ActionWords.Embedded;
            Assert.Contains("IsAllowed", words.AllowCheckPrefixes);
            Assert.Contains("ShouldDeny", words.BlockCheckPrefixes);
            Assert.Contains("KickPlayerAsync", words.DisconnectCalls);
            Assert.Contains("kickid ", words.CommandPrefixes);
            Assert.Contains("rejected", words.FailureWords);
            Assert.Contains("allowed", words.NegatedWords);
            Assert.Contains("ReadOnly", words.RestrictedWords);
        }

        private static string AllLists(string replacedList, string replacement) =>
            string.Join("\n", ActionWords.ListNames.Select(n => n == replacedList ? replacement : n + ": word"));

        [Theory]
        [InlineData("allow-check", "allow-check IsAllowed", "line 1: expected '<list>: word word ...'")]
        [InlineData("allow-check", "allow-checks: IsAllowed", "line 1")]
        [InlineData("block-check", "block-check:", "line 2")]
        [InlineData("command", "", "missing list(s) command")]
        [InlineData("negated", "failure: again", "the list 'failure' is given twice")]
        public void MalformedFile_IsADataErrorNamingItsLine(string list, string replacement, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => ActionWords.Parse(new StringReader(AllLists(list, replacement))));
            Assert.Contains(message, error.Message);
        }
    }
}
