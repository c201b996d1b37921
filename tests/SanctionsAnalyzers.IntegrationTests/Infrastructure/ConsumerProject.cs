using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    /// <summary>
    /// An ASP.NET Core project in a fresh temp dir that references the packed SanctionsAnalyzers package
    /// and nothing from this repository: its own NuGet config, packages folder and Directory.* files.
    /// </summary>
    public sealed class ConsumerProject : IDisposable
    {
        private const string ProjectFileName = "Consumer.csproj";

        private readonly DirectoryInfo _root;

        public ConsumerProject(
            PackedPackageFixture package,
            IReadOnlyDictionary<string, string> sourceFiles,
            IReadOnlyDictionary<string, string>? properties = null)
        {
            _root = Directory.CreateTempSubdirectory("sanctions-it-consumer-");
            Write(ProjectFileName, ProjectFile(package.Version, Path.Combine(_root.FullName, "packages"), properties));
            Write("nuget.config", NuGetConfig(package.FeedDirectory));

            // These stop MSBuild's upward search, so no Directory.* file above the temp dir can leak in.
            Write("Directory.Build.props", "<Project />");
            Write("Directory.Build.targets", "<Project />");
            Write("Directory.Packages.props", "<Project />");

            foreach (var (name, text) in sourceFiles)
            {
                Write(name, text);
            }
        }

        /// <summary>
        /// Runs dotnet build. Always a full rebuild: a skipped compile would report no analyzer diagnostics,
        /// and one consumer may be built several times with different settings.
        /// </summary>
        public DotnetResult Build(params string[] arguments) =>
            DotnetProcess.Run(_root.FullName, new[] { "build", ProjectFileName, "--no-incremental", "-nodeReuse:false" }.Concat(arguments));

        public void Dispose() => TempDirectory.TryDelete(_root);

        private void Write(string relativePath, string text)
        {
            var path = Path.Combine(_root.FullName, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static string ProjectFile(string version, string packagesPath, IReadOnlyDictionary<string, string>? properties)
        {
            var extra = string.Concat((properties ?? new Dictionary<string, string>())
                .Select(p => Environment.NewLine + "    <" + p.Key + ">" + SecurityElement.Escape(p.Value) + "</" + p.Key + ">"));
            return $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <!-- An isolated global packages folder: the package restored is the one just packed. -->
                    <RestorePackagesPath>{SecurityElement.Escape(packagesPath)}</RestorePackagesPath>{extra}
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="{PackedPackageFixture.PackageId}" Version="{version}" />
                  </ItemGroup>
                </Project>
                """;
        }

        // Only the local feed: framework references come with the SDK, so the consumer needs nothing else.
        private static string NuGetConfig(string feedDirectory) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(feedDirectory)}" />
              </packageSources>
            </configuration>
            """;
    }
}
