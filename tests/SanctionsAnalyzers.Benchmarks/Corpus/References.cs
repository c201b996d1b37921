using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Benchmarks.Corpus
{
    /// <summary>
    /// net8.0 and ASP.NET Core 8.0 reference assemblies from the packs restored with this project (PackageDownload),
    /// and the paths the build passes through AssemblyMetadata attributes: nothing is downloaded at run time.
    /// </summary>
    internal static class References
    {
        private static readonly Lazy<ImmutableArray<MetadataReference>> Core = new Lazy<ImmutableArray<MetadataReference>>(() =>
            Load("microsoft.netcore.app.ref", "8.0.0"));

        private static readonly Lazy<ImmutableArray<MetadataReference>> AspNetCore = new Lazy<ImmutableArray<MetadataReference>>(() =>
            Core.Value.AddRange(Load("microsoft.aspnetcore.app.ref", "8.0.0")));

        /// <summary>net8.0 + ASP.NET Core 8.0: a web application.</summary>
        public static ImmutableArray<MetadataReference> AspNetCoreReferences => AspNetCore.Value;

        /// <summary>net8.0 alone: a plain class library.</summary>
        public static ImmutableArray<MetadataReference> CoreReferences => Core.Value;

        public static string NuGetPackageRoot => Metadata("NuGetPackageRoot");

        public static string BannedApiAnalyzersRoot => Metadata("BannedApiAnalyzersRoot");

        private static ImmutableArray<MetadataReference> Load(string package, string version)
        {
            var directory = Path.Combine(NuGetPackageRoot, package, version, "ref", "net8.0");
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException("Reference pack not restored: " + directory + " (run dotnet restore).");
            }

            return Directory.GetFiles(directory, "*.dll")
                .OrderBy(path => path, StringComparer.Ordinal)
                .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
                .ToImmutableArray();
        }

        private static string Metadata(string key)
        {
            var value = typeof(References).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
            if (string.IsNullOrEmpty(value))
            {
                throw new InvalidOperationException("Assembly metadata '" + key + "' is missing; rebuild the benchmark project.");
            }

            return value!;
        }
    }
}
