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

        private static readonly Lazy<ImmutableArray<MetadataReference>> Grpc = new Lazy<ImmutableArray<MetadataReference>>(() =>
            AspNetCore.Value.AddRange(Load("grpc.aspnetcore.server", "2.85.0", Path.Combine("lib", "net8.0"))).AddRange(Load("grpc.core.api", "2.85.0", Path.Combine("lib", "netstandard2.1"))));

        /// <summary>ASP.NET Core 8.0 and gRPC's server assemblies (Grpc.AspNetCore.Server, Grpc.Core.Api 2.85.0), restored with the test project.</summary>
        public static ImmutableArray<MetadataReference> GrpcServerReferences => Grpc.Value;

        /// <summary>An empty reference set: every reference comes from <see cref="AspNetCoreReferences"/>.</summary>
        public static ReferenceAssemblies None { get; } = new ReferenceAssemblies("net8.0");

        public static ImmutableArray<MetadataReference> AspNetCoreReferences => AspNetCore.Value;

        /// <summary>net8.0 without ASP.NET Core: a plain class library.</summary>
        public static ImmutableArray<MetadataReference> CoreReferences => Core.Value;

        private static ImmutableArray<MetadataReference> Load(string package, string version, string? folder = null)
        {
            var directory = Path.Combine(TestEnvironment.NuGetPackageRoot, package, version, folder ?? Path.Combine("ref", "net8.0"));
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
