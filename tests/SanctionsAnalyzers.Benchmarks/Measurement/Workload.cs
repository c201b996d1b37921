using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Benchmarks.Corpus;

namespace SanctionsAnalyzers.Benchmarks.Measurement
{
    /// <summary>
    /// Parsed once; every measurement gets a new compilation over the same syntax trees, so no binding cache,
    /// semantic model or declaration table is shared between measurements (the trees are immutable).
    /// </summary>
    internal sealed class Workload
    {
        private readonly ImmutableArray<SyntaxTree> _trees;
        private readonly ImmutableArray<MetadataReference> _references;
        private readonly Dictionary<SyntaxTree, string> _kinds;

        public Workload(string name, IReadOnlyList<GeneratedFile> files, ImmutableArray<MetadataReference> references)
        {
            Name = name;
            var options = new CSharpParseOptions(LanguageVersion.CSharp12);
            _trees = files
                .Select(file => CSharpSyntaxTree.ParseText(file.Text, options, path: "/src/" + file.Path))
                .ToImmutableArray();
            _kinds = new Dictionary<SyntaxTree, string>();
            for (var i = 0; i < files.Count; i++)
            {
                _kinds[_trees[i]] = files[i].Kind;
            }

            _references = references;
            Files = files.Count;
            Lines = files.Sum(file => file.Text.Count(c => c == '\n') + 1);
            Characters = files.Sum(file => (long)file.Text.Length);
        }

        public string Name { get; }

        public int Files { get; }

        public int Lines { get; }

        public long Characters { get; }

        public CSharpCompilation Fresh() => CSharpCompilation.Create(
            Name,
            _trees,
            _references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                concurrentBuild: true));

        /// <summary>Files per template, most frequent first: "controller 560, service 500, ...".</summary>
        public string KindCounts() => string.Join(", ", _kinds.Values.GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " " + g.Count()));

        /// <summary>The template that produced a tree ("controller", "gate-mail-controller", ...).</summary>
        public string KindOf(SyntaxTree? tree) => tree is not null && _kinds.TryGetValue(tree, out var kind) ? kind : "?";
    }
}
