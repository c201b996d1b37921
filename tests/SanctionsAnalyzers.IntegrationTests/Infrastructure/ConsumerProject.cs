using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    /// <summary>
    /// A project in a fresh temp dir that references the packed SanctionsAnalyzers package and nothing from this
    /// repository: its own NuGet config, packages folder and Directory.* files. By default an ASP.NET Core app;
    /// <see cref="ConsumerOptions"/> makes it a class library (a package author), adds packages or nuget.org.
    /// </summary>
    public sealed class ConsumerProject : IDisposable
    {
        public const string NuGetOrgSource = "https://api.nuget.org/v3/index.json";

        private readonly DirectoryInfo _root;
        private readonly object _restoreLock = new object();
        private bool _restored;

        public ConsumerProject(
            PackedPackageFixture package,
            IReadOnlyDictionary<string, string> sourceFiles,
            IReadOnlyDictionary<string, string>? properties = null)
            : this(package, sourceFiles, new ConsumerOptions { Properties = properties })
        {
        }

        public ConsumerProject(PackedPackageFixture package, IReadOnlyDictionary<string, string> sourceFiles, ConsumerOptions options)
        {
            _root = Directory.CreateTempSubdirectory("sanctions-it-consumer-");
            ProjectFileName = options.ProjectName + ".csproj";
            Write(ProjectFileName, ProjectFile(package, Path.Combine(_root.FullName, "packages"), options));
            Write("nuget.config", NuGetConfig(package.FeedDirectory, options.UseNuGetOrg));

            // These stop MSBuild's upward search, so no Directory.* file above the temp dir can leak in.
            Write("Directory.Build.props", "<Project />");
            Write("Directory.Build.targets", "<Project />");
            Write("Directory.Packages.props", "<Project />");

            foreach (var (name, text) in sourceFiles)
            {
                Write(name, text);
            }
        }

        public string RootDirectory => _root.FullName;

        public string ProjectFileName { get; }

        /// <summary>
        /// Runs dotnet build. Always a full rebuild: a skipped compile would report no analyzer diagnostics, and one
        /// consumer may be built several times with different settings. Restores once: the first command restores,
        /// later ones run with --no-restore.
        /// </summary>
        public DotnetResult Build(params string[] arguments) =>
            RunRestoringOnce("build", new[] { ProjectFileName, "--no-incremental", "-nodeReuse:false" }.Concat(arguments));

        /// <summary>dotnet pack (Release, which builds first) into <paramref name="outputDirectory"/>.</summary>
        public DotnetResult Pack(string outputDirectory, params string[] arguments) =>
            RunRestoringOnce("pack", new[] { ProjectFileName, "-c", "Release", "-o", outputDirectory, "-nodeReuse:false" }.Concat(arguments));

        public string PathOf(string relativePath) => Path.Combine(_root.FullName, relativePath);

        public void Dispose() => TempDirectory.TryDelete(_root);

        private DotnetResult RunRestoringOnce(string command, IEnumerable<string> arguments)
        {
            lock (_restoreLock)
            {
                var restored = _restored;
                var noRestore = restored ? new[] { "--no-restore" } : Array.Empty<string>();
                var result = DotnetProcess.Run(_root.FullName, new[] { command }.Concat(noRestore).Concat(arguments));

                // The assets file is there once restore succeeded, whether or not the build that followed did.
                _restored = restored || File.Exists(Path.Combine(_root.FullName, "obj", "project.assets.json"));
                return result;
            }
        }

        private void Write(string relativePath, string text)
        {
            var path = Path.Combine(_root.FullName, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        private static string ProjectFile(PackedPackageFixture package, string packagesPath, ConsumerOptions options)
        {
            var extra = string.Concat((options.Properties ?? new Dictionary<string, string>())
                .Select(p => Environment.NewLine + "    <" + p.Key + ">" + SecurityElement.Escape(p.Value) + "</" + p.Key + ">"));

            var references = new List<string>();
            if (options.ReferenceAnalyzers)
            {
                // As docs/package-authors.md shows it; a development dependency is private to the project anyway.
                references.Add($"""<PackageReference Include="{PackedPackageFixture.PackageId}" Version="{package.Version}" PrivateAssets="all" />""");
            }

            references.AddRange((options.PackageReferences ?? new Dictionary<string, string>())
                .Select(p => $"""<PackageReference Include="{SecurityElement.Escape(p.Key)}" Version="{SecurityElement.Escape(p.Value)}" />"""));
            references.AddRange((options.FrameworkReferences ?? Array.Empty<string>())
                .Select(f => $"""<FrameworkReference Include="{SecurityElement.Escape(f)}" />"""));

            var frameworks = options.TargetFrameworks.Contains(';', StringComparison.Ordinal)
                ? "<TargetFrameworks>" + options.TargetFrameworks + "</TargetFrameworks>"
                : "<TargetFramework>" + options.TargetFrameworks + "</TargetFramework>";

            return $"""
                <Project Sdk="{options.Sdk}">
                  <PropertyGroup>
                    {frameworks}
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                    <!-- An isolated global packages folder: the package restored is the one just packed. -->
                    <RestorePackagesPath>{SecurityElement.Escape(packagesPath)}</RestorePackagesPath>{extra}
                  </PropertyGroup>
                  <ItemGroup>
                    {string.Join(Environment.NewLine + "    ", references)}
                  </ItemGroup>
                </Project>
                """;
        }

        // The local feed only, unless nuget.org is asked for: framework references come with the SDK.
        private static string NuGetConfig(string feedDirectory, bool useNuGetOrg) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{SecurityElement.Escape(feedDirectory)}" />{(useNuGetOrg ? Environment.NewLine + "    <add key=\"nuget.org\" value=\"" + NuGetOrgSource + "\" protocolVersion=\"3\" />" : string.Empty)}
              </packageSources>
            </configuration>
            """;
    }

    /// <summary>What kind of project <see cref="ConsumerProject"/> writes.</summary>
    public sealed class ConsumerOptions
    {
        /// <summary>The project file's name without extension; also the assembly and default package id.</summary>
        public string ProjectName { get; init; } = "Consumer";

        public string Sdk { get; init; } = "Microsoft.NET.Sdk.Web";

        /// <summary>One target framework, or several separated by ';' (a multi-targeting project).</summary>
        public string TargetFrameworks { get; init; } = "net10.0";

        /// <summary>Extra MSBuild properties of the project file.</summary>
        public IReadOnlyDictionary<string, string>? Properties { get; init; }

        /// <summary>Whether the project references the packed SanctionsAnalyzers package (a hand-written package may not).</summary>
        public bool ReferenceAnalyzers { get; init; } = true;

        /// <summary>Further package references, id to version, restored from the local feed (or nuget.org).</summary>
        public IReadOnlyDictionary<string, string>? PackageReferences { get; init; }

        public IReadOnlyList<string>? FrameworkReferences { get; init; }

        /// <summary>Adds nuget.org as a second package source, for packages that are not in the local feed.</summary>
        public bool UseNuGetOrg { get; init; }
    }

    internal static class DotnetAssert
    {
        public static void Succeeded(DotnetResult result) => Assert.True(result.ExitCode == 0, result.ToString());

        public static void Failed(DotnetResult result) => Assert.True(result.ExitCode != 0, result.ToString());

        public static void Contains(string expected, DotnetResult result) =>
            Assert.True(result.Output.Contains(expected, StringComparison.Ordinal), "Expected '" + expected + "' in the output of" + Environment.NewLine + result);

        public static void DoesNotContain(string unexpected, DotnetResult result) =>
            Assert.False(result.Output.Contains(unexpected, StringComparison.Ordinal), "Did not expect '" + unexpected + "' in the output of" + Environment.NewLine + result);
    }
}
