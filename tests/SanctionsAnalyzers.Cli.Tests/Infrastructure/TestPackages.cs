using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    /// <summary>Builds .nupkg files for the tests: well-formed ones with a compliance manifest, and broken ones.</summary>
    public static class TestPackages
    {
        public static string Manifest(string id, string version, IEnumerable<string> categories, string classification) =>
            "{\n  \"schemaVersion\": 1,\n  \"packageId\": \"" + id + "\",\n  \"packageVersion\": \"" + version + "\",\n  \"serviceCategories\": [ "
            + string.Join(", ", categories.Select(c => "\"" + c + "\"")) + " ],\n  \"exportClassification\": \"" + classification + "\"\n}\n";

        public static string Nuspec(string id, string version) => $"""
            <?xml version="1.0" encoding="utf-8"?>
            <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
              <metadata>
                <id>{SecurityElement.Escape(id)}</id>
                <version>{SecurityElement.Escape(version)}</version>
                <authors>Contoso</authors>
                <description>Test package {SecurityElement.Escape(id)}.</description>
              </metadata>
            </package>
            """;

        /// <summary>A real assembly (compiled with Roslyn) with the given AssemblyMetadata attributes.</summary>
        public static byte[] Assembly(string name, IReadOnlyDictionary<string, string>? metadata)
        {
            var attributes = string.Concat((metadata ?? new Dictionary<string, string>())
                .Select(p => "[assembly: System.Reflection.AssemblyMetadata(\"" + p.Key + "\", \"" + p.Value + "\")]\n"));
            var source = attributes + "namespace " + name + " { public sealed class Client { public string Send(string text) => text; } }";
            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(source) },
                new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) },
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            if (!result.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
            }

            return stream.ToArray();
        }

        public static Dictionary<string, string> Metadata(string categories, string classification) => new Dictionary<string, string>
        {
            ["SanctionsAnalyzers.MetadataVersion"] = "1",
            ["SanctionsAnalyzers.ServiceCategories"] = categories,
            ["SanctionsAnalyzers.ExportClassification"] = classification,
        };

        /// <summary>Writes folder/id.version.nupkg with the given entries (nuspec added unless <paramref name="withNuspec"/> is false).</summary>
        public static string Write(string folder, string id, string version, IReadOnlyDictionary<string, byte[]> entries, bool withNuspec = true)
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, id.ToLowerInvariant() + "." + version + ".nupkg");
            using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
            {
                if (withNuspec)
                {
                    Add(zip, id + ".nuspec", Encoding.UTF8.GetBytes(Nuspec(id, version)));
                }

                foreach (var entry in entries)
                {
                    Add(zip, entry.Key, entry.Value);
                }
            }

            return path;
        }

        /// <summary>A complete package: lib/net10.0/{id}.dll with metadata, and sanctions/compliance.json.</summary>
        public static string WriteCompliant(string folder, string id, string version, string[] categories, string classification)
        {
            return Write(folder, id, version, new Dictionary<string, byte[]>
            {
                ["lib/net10.0/" + id + ".dll"] = Assembly(id.Replace(".", ""), Metadata(string.Join(";", categories), classification)),
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes(Manifest(id, version, categories, classification)),
            });
        }

        private static void Add(ZipArchive zip, string name, byte[] bytes)
        {
            var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
            using var stream = entry.Open();
            stream.Write(bytes, 0, bytes.Length);
        }
    }
}
