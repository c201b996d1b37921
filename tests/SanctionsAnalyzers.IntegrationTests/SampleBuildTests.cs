using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// The README's main job: building the GeoBlockedChat sample shows the over-broad blocks (hub, mail action, app-wide fence,
    /// configured meeting block), the proxy block, the stale Syria entry in appsettings.json, and nothing for the
    /// legitimate payment block or the country picker.
    /// </summary>
    /// <remarks>
    /// The sample's files are built in a consumer project of their own, against the packed package: the CLI tests scan
    /// samples/GeoBlockedChat at the same time (test assemblies run in parallel), and a rebuild there would delete the
    /// generated files (implicit usings, assembly info) that the scan's compilation is reading.
    /// </remarks>
    [Collection(PackedPackageCollection.Name)]
    public class SampleBuildTests
    {
        private readonly PackedPackageFixture _package;

        public SampleBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void SampleBuild_ReportsExactlyTheOverBroadBlocks()
        {
            var sample = Path.Combine(TestEnvironment.RepoRoot, "samples", "GeoBlockedChat");
            using var project = new ConsumerProject(_package, SampleFiles(sample), new ConsumerOptions
            {
                ProjectName = "GeoBlockedChat",
                PackageReferences = SamplePackages(sample),
                UseNuGetOrg = true,
            });

            var result = project.Build();

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

        /// <summary>Every file of the sample but its project file, build output and README, by relative path.</summary>
        private static Dictionary<string, string> SampleFiles(string sample) =>
            Directory.EnumerateFiles(sample, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(sample, f))
                .Where(f => !f.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                    && !f.EndsWith(".csproj", StringComparison.Ordinal)
                    && !f.Equals("README.md", StringComparison.Ordinal))
                .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(sample, f)), StringComparer.Ordinal);

        /// <summary>The sample's package references, at the versions of the repository's central package management.</summary>
        private static Dictionary<string, string> SamplePackages(string sample)
        {
            var versions = XDocument.Load(Path.Combine(TestEnvironment.RepoRoot, "Directory.Packages.props"))
                .Descendants("PackageVersion")
                .ToDictionary(p => (string)p.Attribute("Include")!, p => (string)p.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
            return XDocument.Load(Path.Combine(sample, "GeoBlockedChat.csproj"))
                .Descendants("PackageReference")
                .Select(p => (string)p.Attribute("Include")!)
                .ToDictionary(id => id, id => versions[id], StringComparer.OrdinalIgnoreCase);
        }
    }
}
