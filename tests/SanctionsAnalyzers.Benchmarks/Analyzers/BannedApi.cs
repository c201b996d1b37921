using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Benchmarks.Corpus;

namespace SanctionsAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Microsoft.CodeAnalysis.BannedApiAnalyzers, loaded from its restored package the way a compiler host loads it
    /// (AnalyzerFileReference), with a 30-entry BannedSymbols.txt.
    /// </summary>
    internal static class BannedApi
    {
        public const string BannedSymbols = @"T:System.Console;Write through ILogger, not to the console
M:System.IO.File.ReadAllText(System.String);Use IFileProvider so files can be substituted in tests
M:System.IO.File.WriteAllText(System.String,System.String);Use IFileProvider so files can be substituted in tests
M:System.IO.File.ReadAllBytes(System.String);Use IFileProvider so files can be substituted in tests
P:System.DateTime.Now;Use IClock.UtcNow: local time depends on the server
P:System.DateTime.Today;Use IClock.UtcNow: local time depends on the server
P:System.DateTimeOffset.Now;Use IClock.UtcNow: local time depends on the server
M:System.Threading.Thread.Sleep(System.Int32);Use await Task.Delay
M:System.Threading.Thread.Sleep(System.TimeSpan);Use await Task.Delay
M:System.GC.Collect;Let the runtime decide when to collect
T:System.Net.WebClient;Use IHttpClientFactory
T:System.Net.HttpWebRequest;Use IHttpClientFactory
M:System.Net.Http.HttpClient.#ctor;Use IHttpClientFactory: sockets are exhausted otherwise
M:System.Environment.Exit(System.Int32);Stop the host through IHostApplicationLifetime
M:System.Environment.GetEnvironmentVariable(System.String);Read settings through IConfiguration
T:System.Random;Use Random.Shared or RandomNumberGenerator
M:System.Security.Cryptography.MD5.Create;MD5 is broken: use SHA256
M:System.Security.Cryptography.SHA1.Create;SHA-1 is broken: use SHA256
T:System.Security.Cryptography.DESCryptoServiceProvider;DES is broken: use Aes
M:System.Reflection.Assembly.LoadFrom(System.String);Plugins load through the plugin host only
M:System.Diagnostics.Process.Start(System.String);No child processes in the web tier
M:System.Threading.Tasks.Task.Wait;Blocking on async code deadlocks: await it
P:System.Threading.Tasks.Task`1.Result;Blocking on async code deadlocks: await it
M:System.Guid.NewGuid;Use IIdGenerator for sortable ids
M:System.String.ToUpper;Culture-sensitive: use ToUpperInvariant
M:System.String.ToLower;Culture-sensitive: use ToLowerInvariant
T:System.Data.SqlClient.SqlConnection;Use Microsoft.Data.SqlClient
M:System.Text.Encoding.GetEncoding(System.Int32);Code pages need a registered provider
T:System.Xml.XmlDocument;Use System.Xml.Linq
M:System.Linq.Enumerable.ToList``1(System.Collections.Generic.IEnumerable{``0});Materialize with ToArray in hot paths
";

        public static ImmutableArray<DiagnosticAnalyzer> Load()
        {
            var directory = Path.Combine(References.BannedApiAnalyzersRoot, "analyzers", "dotnet", "cs");
            if (!Directory.Exists(directory))
            {
                throw new DirectoryNotFoundException("BannedApiAnalyzers package not restored: " + directory);
            }

            var loader = new LoadFromAnalyzerAssemblyLoader();
            var analyzers = ImmutableArray.CreateBuilder<DiagnosticAnalyzer>();
            foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                loader.AddDependencyLocation(path);
            }

            foreach (var path in Directory.GetFiles(directory, "*.dll").OrderBy(p => p, StringComparer.Ordinal))
            {
                var reference = new AnalyzerFileReference(path, loader);
                reference.AnalyzerLoadFailed += (_, e) => throw new InvalidOperationException("Loading " + path + " failed: " + e.Message, e.Exception);
                analyzers.AddRange(reference.GetAnalyzers(LanguageNames.CSharp));
            }

            if (analyzers.Count == 0)
            {
                throw new InvalidOperationException("No C# analyzer found in " + directory);
            }

            return analyzers.ToImmutable();
        }

        public static AdditionalText BannedSymbolsFile() => new InMemoryAdditionalText("/src/BannedSymbols.txt", BannedSymbols);

        /// <summary>Loads analyzer assemblies into the default context, as a plain compiler host would.</summary>
        private sealed class LoadFromAnalyzerAssemblyLoader : IAnalyzerAssemblyLoader
        {
            private readonly Dictionary<string, string> _byName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            public LoadFromAnalyzerAssemblyLoader()
            {
                AppDomain.CurrentDomain.AssemblyResolve += (_, args) =>
                {
                    var name = new AssemblyName(args.Name).Name;
                    return name is not null && _byName.TryGetValue(name, out var path) ? Assembly.LoadFrom(path) : null;
                };
            }

            public void AddDependencyLocation(string fullPath)
            {
                _byName[Path.GetFileNameWithoutExtension(fullPath)] = fullPath;
            }

            public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
        }
    }

    /// <summary>An additional file held in memory.</summary>
    internal sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
