using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    public static class TestPaths
    {
        public static string RepoRoot => Path.GetFullPath(Metadata("RepoRoot"));

        /// <summary>The tool as built by its own project (dotnet SanctionsAnalyzers.Cli.dll).</summary>
        public static string CliAssembly => Path.GetFullPath(Metadata("CliAssembly"));

        public static string SampleProject => Path.Combine(RepoRoot, "samples", "GeoBlockedChat", "GeoBlockedChat.csproj");

        private static string Metadata(string key) =>
            typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException("no " + key);
    }

    /// <summary>A fresh temp folder, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder(string prefix)
        {
            Path = Directory.CreateTempSubdirectory(prefix).FullName;
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

        public string Write(string relativePath, string text)
        {
            var full = Combine(relativePath.Split('/'));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            return full;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
