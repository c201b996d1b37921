using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace SanctionsAnalyzers.Tests.Infrastructure
{
    /// <summary>
    /// net8.0 + ASP.NET Core 8.0 reference assemblies taken from the packs restored with the test project
    /// (PackageDownload), so that no test downloads anything.
    /// </summary>
    internal static class TestReferences
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Core = new Lazy<ImmutableArray<MetadataReference>>(() =>
            Load("microsoft.netcore.app.ref", "8.0.0"));

        private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCore = new Lazy<ImmutableArray<MetadataReference>>(() =>
            Core.Value.AddRange(Load("microsoft.aspnetcore.app.ref", "8.0.0")));

        /// <summary>An empty reference set: every reference comes from <see cref="AspNetCoreReferences"/>.</summary>
        public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net8.0");

        public static ImmutableArray<MetadataReference> AspNetCoreReferences => AspNetCore.Value;

        /// <summary>net8.0 without ASP.NET Core: a plain class library.</summary>
        public static ImmutableArray<MetadataReference> CoreReferences => Core.Value;

        private static ImmutableArray<MetadataReference> Load(string package, string version)
        {
            var directory = Path.Combine(TestEnvironment.NuGetPackageRoot, package, version, "ref", "net8.0");
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException("Reference pack not restored: " + directory);
            }

            return Directory.GetFiles(directory, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }
    }
}
