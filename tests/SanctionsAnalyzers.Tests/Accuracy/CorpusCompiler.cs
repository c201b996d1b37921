using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// Compiles a case as a net10.0 <c>Microsoft.NET.Sdk.Web</c> library in Release, as the cases were written and as
    /// ../shared/tools/case-eval does: the running SDK's reference packs, MaxMind.GeoIP2, the Sdk.Web implicit usings,
    /// and a Unity stand-in for the cases that need it.
    /// </summary>
    internal sealed class CorpusCompiler
    {
        private static readonly string[] ImplicitUsings =
        {
            "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading",
            "System.Threading.Tasks", "System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting",
            "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing", "Microsoft.Extensions.Configuration",
            "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging",
        };

        private static readonly Lazy<CorpusCompiler> Shared = new Lazy<CorpusCompiler>(() => new CorpusCompiler());

        private readonly ImmutableArray<MetadataReference> _references;
        private readonly MetadataReference _unity;
        private readonly SyntaxTree _globalUsings;
        private readonly CSharpParseOptions _parseOptions;

        private CorpusCompiler()
        {
            var runtime = Version.Parse(Path.GetFileName(RuntimeEnvironment.GetRuntimeDirectory().TrimEnd('/', '\\')).Split('-')[0]);
            var symbols = new List<string> { "TRACE", "RELEASE", "NET", "NET" + runtime.Major + "_" + runtime.Minor, "NETCOREAPP" };
            for (var major = 5; major <= runtime.Major; major++)
            {
                symbols.Add("NET" + major + "_0_OR_GREATER");
            }

            _parseOptions = new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: symbols);
            var references = new List<MetadataReference>();
            foreach (var framework in new[] { "Microsoft.NETCore.App", "Microsoft.AspNetCore.App" })
            {
                references.AddRange(Directory.GetFiles(FrameworkDirectory(framework, runtime), "*.dll")
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Where(IsManaged)
                    .Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)));
            }

            references.Add(MetadataReference.CreateFromFile(typeof(MaxMind.GeoIP2.DatabaseReader).Assembly.Location));
            references.Add(MetadataReference.CreateFromFile(typeof(MaxMind.Db.Reader).Assembly.Location));
            _references = references.ToImmutableArray();

            var usings = string.Concat(ImplicitUsings.Select(u => "global using global::" + u + ";\n"));
            _globalUsings = CSharpSyntaxTree.ParseText(SourceText.From(usings, Encoding.UTF8), _parseOptions, "Case.GlobalUsings.g.cs");
            _unity = CompileStub("UnityEngine", Path.Combine(AppContext.BaseDirectory, "Accuracy", "Stubs", "UnityEngine.cs"));
        }

        public static CorpusCompiler Instance => Shared.Value;

        public CSharpCompilation Compile(CorpusCase corpusCase)
        {
            var tree = CSharpSyntaxTree.ParseText(SourceText.From(corpusCase.Text, Encoding.UTF8), _parseOptions, corpusCase.Path);
            var references = corpusCase.Mentions("UnityEngine") ? _references.Add(_unity) : _references;
            return CSharpCompilation.Create(
                Path.GetFileNameWithoutExtension(corpusCase.Path),
                new[] { _globalUsings, tree },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable));
        }

        private MetadataReference CompileStub(string name, string path)
        {
            var compilation = CSharpCompilation.Create(
                name,
                new[] { CSharpSyntaxTree.ParseText(File.ReadAllText(path), _parseOptions, path) },
                _references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            if (!result.Success)
            {
                throw new InvalidOperationException("stub " + name + " does not compile: " + string.Join("; ", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(3)));
            }

            return MetadataReference.CreateFromImage(image.ToArray(), filePath: name + ".dll");
        }

        /// <summary>packs/&lt;name&gt;.Ref/&lt;version&gt;/ref/netX.Y of the running dotnet root, else its shared framework.</summary>
        private static string FrameworkDirectory(string framework, Version runtime)
        {
            var root = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", ".."));
            var tfm = "net" + runtime.Major + "." + runtime.Minor;
            var pack = Newest(Path.Combine(root, "packs", framework + ".Ref"), runtime, dir => Directory.Exists(Path.Combine(dir, "ref", tfm)));
            if (pack is not null)
            {
                return Path.Combine(pack, "ref", tfm);
            }

            return Newest(Path.Combine(root, "shared", framework), runtime, Directory.Exists)
                ?? throw new InvalidOperationException(framework + " " + tfm + " not found under " + root);
        }

        private static string? Newest(string parent, Version runtime, Func<string, bool> usable) =>
            !Directory.Exists(parent) ? null : Directory.GetDirectories(parent)
                .Select(dir => (Dir: dir, Version: Version.TryParse(Path.GetFileName(dir).Split('-')[0], out var v) ? v : null))
                .Where(c => c.Version is not null && c.Version.Major == runtime.Major && c.Version.Minor == runtime.Minor && usable(c.Dir))
                .OrderByDescending(c => c.Version == runtime).ThenByDescending(c => c.Version)
                .Select(c => c.Dir)
                .FirstOrDefault();

        private static bool IsManaged(string path)
        {
            try
            {
                using var reader = new PEReader(File.OpenRead(path));
                return reader.HasMetadata;
            }
            catch (BadImageFormatException)
            {
                return false;
            }
        }
    }
}
