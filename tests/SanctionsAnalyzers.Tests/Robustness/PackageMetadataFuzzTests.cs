using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// Package compliance metadata (docs/package-authors.md) generated from its grammar, valid or with hostile values, in
    /// referenced assemblies built in memory (emitted, as a package gives them, or as project references, as an IDE
    /// gives them) and in the project's own attributes: every bad value is one SANC3001 naming it (at the attribute for
    /// the project's own), a valid declaration none, and nothing crashes.
    /// </summary>
    public class PackageMetadataFuzzTests
    {
        private const string Categories = "SanctionsAnalyzers.ServiceCategories";
        private const string Classification = "SanctionsAnalyzers.ExportClassification";
        private const string Version = "SanctionsAnalyzers.MetadataVersion";

        private const int Compilations = 16;
        private const int ReferencesPerCompilation = 10;

        private static readonly PolicyMap Map = PolicyMap.Embedded;

        // No NUL at the end of a value: an emitted attribute string loses it (metadata, not the analyzer).
        private static readonly string[] BadCategories = { "telepathy", "chat-", "e_mail", "mail", "chat\u202E", "ch\0at", "\u200Bchat", new string('x', 20000), "\"chat\"", "chat\\" };
        private static readonly string[] BadClassifications = { "EAR-99", "5F002", "5D02", "", "5d002", "EAR99x", "5D002.", "EAR 99", "5D9\092.c", "\u202E5D002", "5D0022", null! };
        private static readonly string[] BadVersions = { "2", "", "1.0", "one", "0", "\u0661", null! };

        private readonly ITestOutputHelper _output;

        public PackageMetadataFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task EveryBadValueOfAReference_IsOneSanc3001NamingIt_AndValidMetadataIsSilent()
        {
            var random = new Random(20261204);
            var failures = new List<string>();
            var declarations = 0;
            for (var c = 0; c < Compilations; c++)
            {
                var packages = Enumerable.Range(0, ReferencesPerCompilation).Select(i => new Package("Contoso.Pkg" + c + "_" + i, Declarations(random))).ToList();
                var references = packages.Select((p, i) => Reference(p, emit: i % 3 == 0));
                var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject.AddReferences(references), AnalyzerHarness.Options(Array.Empty<AdditionalText>()));
                failures.AddRange(run.Failures.Select(f => f.ToString()));
                foreach (var package in packages)
                {
                    declarations += package.Declarations.Count;
                    var reported = run.Diagnostics.Where(d => d.Id == "SANC3001" && d.GetMessage().Contains(" of referenced assembly " + package.Name + ": ", StringComparison.Ordinal)).ToList();
                    failures.AddRange(Compare(package.Name, package.Declarations, reported));
                    failures.AddRange(reported.Where(d => d.Location != Location.None).Select(d => "a referenced assembly's SANC3001 has a location in this compilation: " + d));
                }
            }

            _output.WriteLine(declarations + " metadata attributes in " + Compilations * ReferencesPerCompilation + " referenced assemblies");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)) + "\n" + failures.Count + " failures");
        }

        [Fact]
        public async Task EveryBadValueOfTheProject_IsOneSanc3001AtItsAttribute()
        {
            var random = new Random(20261205);
            var failures = new List<string>();
            for (var c = 0; c < 60; c++)
            {
                var declarations = Declarations(random);
                var source = Attributes(declarations) + "namespace Contoso { public class Sdk { } }\n";
                var compilation = AnalyzerHarness.ConfigProject.AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, AnalyzerHarness.ParseOptions, "Properties/AssemblyInfo.cs"));
                var run = await AnalyzerHarness.RunAsync(compilation, AnalyzerHarness.Options(Array.Empty<AdditionalText>()));
                failures.AddRange(run.Failures.Select(f => f.ToString()));
                var reported = run.Diagnostics.Where(d => d.Id == "SANC3001").ToList();
                failures.AddRange(Compare("this project", declarations, reported));

                // Attribute i is on line i: each SANC3001 is on the line of the attribute that holds the bad value.
                for (var line = 0; line < declarations.Count; line++)
                {
                    var atLine = reported.Count(d => d.Location.GetLineSpan().Path == "Properties/AssemblyInfo.cs" && d.Location.GetLineSpan().StartLinePosition.Line == line);
                    if (atLine != declarations[line].BadValues.Count)
                    {
                        failures.Add("line " + line + " (" + declarations[line] + "): " + atLine + " SANC3001 there, expected " + declarations[line].BadValues.Count + "\n" + string.Join("\n", reported));
                    }
                }
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)) + "\n" + failures.Count + " failures");
        }

        /// <summary>
        /// Attributes named like AssemblyMetadataAttribute but of another shape (an assembly may define its own type of
        /// that name): never a crash.
        /// </summary>
        [Fact]
        public async Task LookAlikeMetadataAttributes_DoNotCrash()
        {
            var shapes = new[]
            {
                "public AssemblyMetadataAttribute(string key, object value) { }|[assembly: System.Reflection.AssemblyMetadata(\"" + Classification + "\", 42)]",
                "public AssemblyMetadataAttribute(int key, int value) { }|[assembly: System.Reflection.AssemblyMetadata(1, 2)]",
                "public AssemblyMetadataAttribute(string key) { }|[assembly: System.Reflection.AssemblyMetadata(\"" + Version + "\")]",
                "public AssemblyMetadataAttribute(string key, string value, string extra) { }|[assembly: System.Reflection.AssemblyMetadata(\"" + Version + "\", \"2\", \"x\")]",
                "public AssemblyMetadataAttribute(System.Type key, string value) { }|[assembly: System.Reflection.AssemblyMetadata(typeof(int), \"1\")]",
            };
            var references = shapes.Select((shape, i) =>
            {
                var parts = shape.Split('|');
                var source = parts[1] + "\nnamespace System.Reflection { [System.AttributeUsage(System.AttributeTargets.Assembly, AllowMultiple = true)] public sealed class AssemblyMetadataAttribute : System.Attribute { "
                    + parts[0] + " } }\n";
                return Reference(new Package("LookAlike" + i, new List<Declaration>()), emit: i % 2 == 0, source);
            });
            var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject.AddReferences(references), AnalyzerHarness.Options(Array.Empty<AdditionalText>()));
            Assert.Empty(run.Failures);
        }

        [Fact]
        public async Task LookAlikeMetadataAttributeWithAnArray_DoesNotCrash()
        {
            const string source = @"
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ServiceCategories"", new[] { ""chat"" })]
namespace System.Reflection
{
    [System.AttributeUsage(System.AttributeTargets.Assembly)]
    public sealed class AssemblyMetadataAttribute : System.Attribute { public AssemblyMetadataAttribute(string key, string[] value) { } }
}";
            var reference = Reference(new Package("LookAlike", new List<Declaration>()), emit: false, source);
            var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject.AddReferences(reference), AnalyzerHarness.Options(Array.Empty<AdditionalText>()));
            Assert.Empty(run.Failures);
        }

        private static IEnumerable<string> Compare(string owner, List<Declaration> declarations, List<Diagnostic> reported)
        {
            var expected = declarations.SelectMany(d => d.BadValues.Select(v => (d.Key, Value: v))).ToList();
            if (reported.Count != expected.Count)
            {
                yield return owner + ": " + reported.Count + " SANC3001 for " + expected.Count + " bad values\n" + string.Join("\n", declarations) + "\n" + string.Join("\n", reported);
                yield break;
            }

            foreach (var (key, value) in expected)
            {
                if (!reported.Any(d => d.GetMessage().StartsWith("Compliance metadata '" + key + "' of ", StringComparison.Ordinal) && d.GetMessage().Contains(": '" + value + "' ", StringComparison.Ordinal)))
                {
                    yield return owner + ": no SANC3001 names '" + key + "' = '" + Printable(value) + "'\n" + string.Join("\n", reported);
                }
            }
        }

        /// <summary>Up to one attribute of each key (sometimes two of one), each valid or with bad values.</summary>
        private static List<Declaration> Declarations(Random random)
        {
            var declarations = new List<Declaration>();
            foreach (var key in new[] { Version, Categories, Classification, Categories })
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                var valid = random.Next(2) == 0;
                switch (key)
                {
                    case Version:
                        var version = valid ? Pick(random, new[] { "1", " 1 ", "1\t" }) : Pick(random, BadVersions);
                        declarations.Add(new Declaration(key, version, valid ? new List<string>() : new List<string> { version ?? string.Empty }));
                        break;
                    case Categories:
                        var ids = Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Map.Categories).Id).ToList();
                        var bad = new List<string>();
                        if (!valid)
                        {
                            bad = Enumerable.Range(0, 1 + random.Next(2)).Select(_ => Pick(random, BadCategories)).ToList();
                            ids.AddRange(bad);
                            ids = ids.OrderBy(_ => random.Next()).ToList();
                        }

                        // Separated by ';' or ',', padded: the reader trims; empty entries are dropped.
                        var text = string.Join(Pick(random, new[] { ";", ",", " ; ", ";;" }), ids.Select(id => " " + id + new string(' ', random.Next(2))));
                        declarations.Add(new Declaration(key, text, bad));
                        break;
                    default:
                        var classification = valid ? ValidClassification(random) : Pick(random, BadClassifications);
                        declarations.Add(new Declaration(key, classification, valid ? new List<string>() : new List<string> { classification ?? string.Empty }));
                        break;
                }
            }

            if (random.Next(4) == 0)
            {
                // A misspelt key of ours is a bad value; another package's metadata is none of our business.
                declarations.Insert(random.Next(declarations.Count + 1), new Declaration("SanctionsAnalyzers.ServiceCategory", "whatever", new List<string> { "whatever" }));
                declarations.Insert(random.Next(declarations.Count + 1), new Declaration("RepositoryUrl", "https://example.com/repo", new List<string>()));
            }

            return declarations;
        }

        private static string ValidClassification(Random random) => random.Next(5) switch
        {
            0 => Pick(random, new[] { "EAR99", "ear99", "Ear99" }),
            1 => Pick(random, new[] { "not-subject-to-EAR", "NOT-SUBJECT-TO-EAR" }),
            2 => "5D992.c",
            3 => " EAR99 ",
            _ => random.Next(10) + ((char)('A' + random.Next(5))).ToString() + random.Next(1000).ToString("000") + (random.Next(2) == 0 ? "." + (char)('a' + random.Next(26)) : string.Empty),
        };

        private static string Attributes(List<Declaration> declarations) => string.Concat(declarations.Select(d =>
            "[assembly: System.Reflection.AssemblyMetadata(" + SymbolDisplay.FormatLiteral(d.Key, quote: true) + ", "
            + (d.Value is null ? "null" : SymbolDisplay.FormatLiteral(d.Value, quote: true)) + ")]\n"));

        private static MetadataReference Reference(Package package, bool emit, string? source = null)
        {
            var library = CSharpCompilation.Create(
                package.Name,
                new[] { CSharpSyntaxTree.ParseText(source ?? Attributes(package.Declarations) + "namespace Contoso { public class Client { } }\n", AnalyzerHarness.ParseOptions) },
                TestReferences.CoreReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            if (!emit)
            {
                return library.ToMetadataReference();
            }

            using var image = new MemoryStream();
            var result = library.Emit(image);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(image.ToArray());
        }

        private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static string Printable(string text) =>
            string.Concat(text.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("X4") : c.ToString()));

        private sealed class Package
        {
            public Package(string name, List<Declaration> declarations)
            {
                Name = name;
                Declarations = declarations;
            }

            public string Name { get; }

            public List<Declaration> Declarations { get; }
        }

        /// <summary>One AssemblyMetadata attribute, and the values in it the analyzer must report (trimmed category ids, raw other values).</summary>
        private sealed class Declaration
        {
            public Declaration(string key, string? value, List<string> badValues)
            {
                Key = key;
                Value = value;
                BadValues = badValues;
            }

            public string Key { get; }

            public string? Value { get; }

            public List<string> BadValues { get; }

            public override string ToString() => Key + " = " + (Value is null ? "null" : "'" + Printable(Value) + "'");
        }
    }
}
