using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// The README's main job: building the GeoBlockedChat sample shows the over-broad blocks (hub, mail action, app-wide fence,
    /// configured meeting block), the proxy block, the stale Syria entry in appsettings.json, and nothing for the
    /// legitimate payment block or the country picker.
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

            // The same warning appears once per line in the build log and once in the summary: count distinct (rule, file) pairs.
            var found = Regex.Matches(result.Output, @"([\w.]+)\(\d+,\d+\): warning (SANC\d{4})")
                .Select(m => m.Groups[2].Value + " " + m.Groups[1].Value)
                .Distinct()
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

            Assert.Equal(
                new[]
                {
                    "SANC1001 ChatHub.cs",
                    "SANC1001 GeoFenceMiddleware.cs",
                    "SANC1001 MailController.cs",
                    "SANC1001 MeetingHub.cs",
                    "SANC1003 SignupController.cs",
                    "SANC1004 appsettings.json",
                },
                found);
            Assert.DoesNotContain("AD0001", result.Output, StringComparison.Ordinal);
        }
    }
}
