using System;
using System.Globalization;
using System.IO;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    /// <summary>Packs nuget/SanctionsAnalyzers.Package.csproj once per test run into a local feed.</summary>
    public sealed class PackedPackageFixture : IDisposable
    {
        public const string PackageId = "SanctionsAnalyzers";

        private readonly DirectoryInfo _root;

        public PackedPackageFixture()
        {
            _root = Directory.CreateTempSubdirectory("sanctions-it-pack-");
            // A version no earlier run produced, so no NuGet cache can hand back a stale package.
            Version = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
            FeedDirectory = Path.Combine(_root.FullName, "feed");
            PackagePath = Path.Combine(FeedDirectory, PackageId + "." + Version + ".nupkg");
            try
            {
                var result = DotnetProcess.Run(TestEnvironment.RepoRoot, new[]
                {
                    "pack", Path.Combine(TestEnvironment.RepoRoot, "nuget", "SanctionsAnalyzers.Package.csproj"),
                    "-c", "Release",
                    "-o", FeedDirectory,
                    "-p:Version=" + Version,
                    "-nodeReuse:false",
                });
                Assert.True(result.ExitCode == 0, result.ToString());
                Assert.True(File.Exists(PackagePath), "dotnet pack did not write " + PackagePath + Environment.NewLine + result);
            }
            catch
            {
                // xunit does not dispose a fixture whose constructor threw.
                Dispose();
                throw;
            }
        }

        /// <summary>Folder holding only the freshly packed .nupkg; usable as a NuGet source.</summary>
        public string FeedDirectory { get; }

        public string Version { get; }

        public string PackagePath { get; }

        public void Dispose() => TempDirectory.TryDelete(_root);
    }

    /// <summary>All tests that use the packed package: one pack per run, and consumer builds never compete for the CPU.</summary>
    [CollectionDefinition(Name)]
    public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
    {
        public const string Name = "Packed package";
    }
}
