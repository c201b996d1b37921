using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>The layout of the .nupkg: an analyzer-only development dependency.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class PackageContentTests
    {
        private readonly PackedPackageFixture _package;

        public PackageContentTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void ContainsExactlyTheTwoAnalyzerAssemblies()
        {
            var dlls = EntryNames().Where(n => n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).OrderBy(n => n, StringComparer.Ordinal);

            Assert.Equal(
                new[] { "analyzers/dotnet/cs/SanctionsAnalyzers.CodeFixes.dll", "analyzers/dotnet/cs/SanctionsAnalyzers.dll" },
                dlls);
        }

        [Fact]
        public void HasNoLibFolder()
        {
            Assert.DoesNotContain(EntryNames(), n => n.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));
        }

        [Theory]
        [InlineData("build/SanctionsAnalyzers.props")]
        [InlineData("build/SanctionsAnalyzers.targets")]
        [InlineData("buildTransitive/SanctionsAnalyzers.props")]
        [InlineData("buildTransitive/SanctionsAnalyzers.targets")]
        [InlineData("buildMultiTargeting/SanctionsAnalyzers.props")]
        [InlineData("buildMultiTargeting/SanctionsAnalyzers.targets")]
        [InlineData("build/config/SanctionsAnalyzers.Default.globalconfig")]
        [InlineData("build/config/SanctionsAnalyzers.Strict.globalconfig")]
        [InlineData("build/config/SanctionsAnalyzers.AuditOnly.globalconfig")]
        [InlineData("build/config/SanctionsAnalyzers.PackageAuthor.globalconfig")]
        [InlineData("buildTransitive/config/SanctionsAnalyzers.Default.globalconfig")]
        [InlineData("buildTransitive/config/SanctionsAnalyzers.Strict.globalconfig")]
        [InlineData("buildTransitive/config/SanctionsAnalyzers.AuditOnly.globalconfig")]
        [InlineData("buildTransitive/config/SanctionsAnalyzers.PackageAuthor.globalconfig")]
        [InlineData("README.md")]
        public void ContainsFile(string path)
        {
            Assert.Contains(path, EntryNames());
        }

        [Fact]
        public void BuildAndBuildTransitiveAreIdentical()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            var build = archive.Entries.Where(e => e.FullName.StartsWith("build/", StringComparison.Ordinal))
                .ToDictionary(e => e.FullName.Substring("build/".Length), Content);
            var buildTransitive = archive.Entries.Where(e => e.FullName.StartsWith("buildTransitive/", StringComparison.Ordinal))
                .ToDictionary(e => e.FullName.Substring("buildTransitive/".Length), Content);

            Assert.Equal(build.Keys.OrderBy(k => k, StringComparer.Ordinal), buildTransitive.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.All(build, b => Assert.Equal(b.Value, buildTransitive[b.Key]));
        }

        [Theory]
        [InlineData("Default")]
        [InlineData("Strict")]
        [InlineData("AuditOnly")]
        [InlineData("PackageAuthor")]
        public void PresetsAreGlobalConfigsBelowTheProjectsOwnSettings(string preset)
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            var lines = Content(archive.GetEntry("build/config/SanctionsAnalyzers." + preset + ".globalconfig")!)
                .Split('\n').Select(l => l.Trim()).ToArray();

            Assert.Contains("is_global = true", lines);
            var level = lines.Single(l => l.StartsWith("global_level", StringComparison.Ordinal));
            Assert.True(int.Parse(level.Split('=')[1].Trim(), System.Globalization.CultureInfo.InvariantCulture) < 0, level);
        }

        [Fact]
        public void NuspecDeclaresADevelopmentDependencyWithoutDependencies()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            var nuspec = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase));
            using var stream = nuspec.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

            Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
            var dependencies = metadata.Elements().Where(e => e.Name.LocalName == "dependencies");
            Assert.All(dependencies, d => Assert.Empty(d.Descendants()));
        }

        private static string Content(ZipArchiveEntry entry)
        {
            using var reader = new StreamReader(entry.Open());
            return reader.ReadToEnd();
        }

        // Zip entry names use '/' whatever the OS.
        private string[] EntryNames()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            return archive.Entries.Select(e => e.FullName).ToArray();
        }
    }
}
