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
        [InlineData("README.md")]
        public void ContainsFile(string path)
        {
            Assert.Contains(path, EntryNames());
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

        // Zip entry names use '/' whatever the OS.
        private string[] EntryNames()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            return archive.Entries.Select(e => e.FullName).ToArray();
        }
    }
}
