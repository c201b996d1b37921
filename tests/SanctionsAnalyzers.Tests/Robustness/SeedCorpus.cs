using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Tests.Infrastructure;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>A C# source the mutants start from, with the type names it declares (to keep them apart in a batch).</summary>
    internal sealed class Seed
    {
        public Seed(string name, string text)
        {
            Name = name;
            Text = text;
            var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions).GetRoot();
            TypeNames = root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Select(t => t.Identifier.ValueText).Distinct().ToImmutableArray();
            CanBeWrapped = root.AttributeLists.Count == 0 && root.Externs.Count == 0 && !root.Usings.Any(u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
                && !root.Members.Any(m => m is GlobalStatementSyntax or FileScopedNamespaceDeclarationSyntax);
        }

        public string Name { get; }

        public string Text { get; }

        public ImmutableArray<string> TypeNames { get; }

        /// <summary>Whether the text can be put inside a <c>namespace { }</c> block as it is (no top-level statements, assembly attributes, global usings).</summary>
        public bool CanBeWrapped { get; }
    }

    /// <summary>A ruling corpus project: its C# files (paths relative to tests/Ruling) and its appsettings*.json files.</summary>
    internal sealed class CorpusProject
    {
        public CorpusProject(string name, ImmutableArray<Seed> files, ImmutableArray<(string Path, string Text)> appSettings)
        {
            Name = name;
            Files = files;
            AppSettings = appSettings;
        }

        public string Name { get; }

        public ImmutableArray<Seed> Files { get; }

        public ImmutableArray<(string Path, string Text)> AppSettings { get; }
    }

    /// <summary>
    /// The sources to mutate: the C# embedded in the rule tests (tests/SanctionsAnalyzers.Tests/Rules/*.cs), read from
    /// their string literals with Roslyn, and the projects of the ruling corpus (tests/Ruling).
    /// </summary>
    internal static class SeedCorpus
    {
        private static readonly Lazy<ImmutableArray<Seed>> RuleSeeds = new Lazy<ImmutableArray<Seed>>(HarvestRuleTests);

        private static readonly Lazy<ImmutableArray<CorpusProject>> Projects = new Lazy<ImmutableArray<CorpusProject>>(ReadRulingCorpus);

        // Markup of Microsoft.CodeAnalysis.Testing: {|#0:, {|SANC1001:, {|SANC1001#0:, |}, [|, |].
        private static readonly Regex Markup = new Regex(@"\{\|[^:{}|""\s]*:|\|\}|\[\||\|\]", RegexOptions.CultureInvariant);

        public static ImmutableArray<Seed> RuleTestSources => RuleSeeds.Value;

        public static ImmutableArray<CorpusProject> RulingProjects => Projects.Value;

        public static string RulingFolder => Path.Combine(TestEnvironment.RepoRoot, "tests", "Ruling");

        /// <summary>
        /// Whole sources as they are; templates with placeholders (<c>BODY</c>, <c>GATE</c>, <c>MEMBERS</c>, filled by
        /// <c>.Replace</c>) filled with the statement and member fragments of the same file, as the tests do.
        /// </summary>
        private static ImmutableArray<Seed> HarvestRuleTests()
        {
            var folder = Path.Combine(TestEnvironment.RepoRoot, "tests", "SanctionsAnalyzers.Tests", "Rules");
            var seeds = new List<Seed>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(folder, "*.cs").OrderBy(f => f, StringComparer.Ordinal))
            {
                var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), AnalyzerHarness.ParseOptions).GetRoot();
                var placeholders = root.DescendantNodes().OfType<InvocationExpressionSyntax>()
                    .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Replace" } && i.ArgumentList.Arguments.Count == 2)
                    .Select(i => i.ArgumentList.Arguments[0].Expression)
                    .OfType<LiteralExpressionSyntax>()
                    .Select(l => l.Token.ValueText)
                    .Where(p => p.Length > 0)
                    .Distinct()
                    .ToList();

                var literals = root.DescendantTokens()
                    .Where(t => t.IsKind(SyntaxKind.StringLiteralToken) || t.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) || t.IsKind(SyntaxKind.MultiLineRawStringLiteralToken))
                    .Select(t => Markup.Replace(t.ValueText, string.Empty))
                    .ToList();

                var templates = new List<string>();
                var statements = new List<string>();
                var members = new List<string>();
                foreach (var literal in literals)
                {
                    if (DeclaresType(literal))
                    {
                        if (placeholders.Any(literal.Contains))
                        {
                            templates.Add(literal);
                        }
                        else
                        {
                            Add(Path.GetFileName(file), literal);
                        }
                    }
                    else if (IsStatements(literal))
                    {
                        statements.Add(literal);
                    }
                    else if (IsMembers(literal))
                    {
                        members.Add(literal);
                    }
                }

                var memberText = string.Join("\n    ", members.Distinct());
                for (var i = 0; i < templates.Count; i++)
                {
                    // A template alone (its placeholders empty), then with each fragment of the file that fits it.
                    Add(Path.GetFileName(file), Fill(templates[i], placeholders, string.Empty, memberText));
                }

                var bodies = templates.Where(t => t.Contains("BODY") || t.Contains("GATE")).ToList();
                for (var i = 0; i < statements.Count && bodies.Count > 0; i++)
                {
                    Add(Path.GetFileName(file), Fill(bodies[i % bodies.Count], placeholders, statements[i], memberText));
                }
            }

            return seeds.ToImmutableArray();

            void Add(string file, string text)
            {
                if (seen.Add(text))
                {
                    seeds.Add(new Seed(file + "#" + seeds.Count, text));
                }
            }
        }

        private static string Fill(string template, IEnumerable<string> placeholders, string statements, string members)
        {
            var text = template.Replace("BODY", statements).Replace("GATE", statements).Replace("MEMBERS", members);
            return placeholders.Aggregate(text, (current, placeholder) => current.Replace(placeholder, string.Empty));
        }

        private static bool DeclaresType(string text) =>
            text.Contains('{') && CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions).GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>().Any();

        private static bool IsStatements(string text)
        {
            var block = SyntaxFactory.ParseStatement("{" + text + "\n}", options: AnalyzerHarness.ParseOptions);
            return block is BlockSyntax { Statements.Count: > 0 } && !block.ContainsDiagnostics;
        }

        private static bool IsMembers(string text)
        {
            var type = SyntaxFactory.ParseMemberDeclaration("class C {" + text + "\n}", options: AnalyzerHarness.ParseOptions);
            return type is ClassDeclarationSyntax { Members.Count: > 0 } && !type.ContainsDiagnostics;
        }

        private static ImmutableArray<CorpusProject> ReadRulingCorpus()
        {
            var projects = new List<CorpusProject>();
            foreach (var directory in Directory.GetDirectories(RulingFolder).OrderBy(d => d, StringComparer.Ordinal))
            {
                if (Directory.GetFiles(directory, "*.csproj").Length == 0)
                {
                    continue;
                }

                var name = Path.GetFileName(directory);
                var sources = Directory.GetFiles(directory, "*.cs", SearchOption.AllDirectories)
                    .Where(f => !IsBuildOutput(directory, f))
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => new Seed(Relative(f), File.ReadAllText(f)))
                    .ToImmutableArray();
                var settings = Directory.GetFiles(directory, "appsettings*.json")
                    .OrderBy(f => f, StringComparer.Ordinal)
                    .Select(f => (Relative(f), File.ReadAllText(f)))
                    .ToImmutableArray();
                projects.Add(new CorpusProject(name, sources, settings));
            }

            return projects.ToImmutableArray();
        }

        private static bool IsBuildOutput(string project, string file)
        {
            var relative = Path.GetRelativePath(project, file).Replace('\\', '/');
            return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
        }

        private static string Relative(string file) => Path.GetRelativePath(RulingFolder, file).Replace('\\', '/');
    }
}
