using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// The README's main job: building the GeoBlockedChat sample shows the over-broad blocks of the hub and the
    /// mail action, and nothing for the legitimate payment block or the country picker.
    /// </summary>
    /// <remarks>In the package collection so that it never builds src/ at the same time as the pack does.</remarks>
    [Collection(PackedPackageCollection.Name)]
    public class SampleBuildTests
    {
        [Fact]
        public void SampleBuild_ReportsExactlyTheOverBroadBlocks()
        {
            var sample = Path.Combine(TestEnvironment.RepoRoot, "samples", "GeoBlockedChat");
            var result = DotnetProcess.Run(sample, new[] { "build", "--no-incremental", "-nodeReuse:false" });

            Assert.True(result.ExitCode == 0, result.ToString());

            // The same warning appears once per line in the build log and once in the summary: count distinct lines.
            var warnings = Regex.Matches(result.Output, @"^.*warning SANC1001.*$", RegexOptions.Multiline)
                .Select(m => m.Value.Trim())
                .Distinct()
                .ToList();
            var files = warnings.Select(w => Path.GetFileName(w.Substring(0, w.IndexOf('(', StringComparison.Ordinal)))).Distinct().OrderBy(f => f).ToList();

            Assert.Equal(new[] { "ChatHub.cs", "MailController.cs" }, files);
            Assert.DoesNotContain("AD0001", result.Output, StringComparison.Ordinal);
        }
    }
}
