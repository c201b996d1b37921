using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Tests.Infrastructure;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>One compilation of the test stubs and some sources, with its analysis context and its code blocks.</summary>
    internal sealed class ScanFixture
    {
        private ScanFixture(Compilation compilation, SanctionsCompilationContext context)
        {
            Compilation = compilation;
            Context = context;
        }

        public Compilation Compilation { get; }

        public SanctionsCompilationContext Context { get; }

        public static ScanFixture Of(params string[] sources) => Of(AnalyzerRun.Compile(sources));

        public static ScanFixture Of(Compilation compilation, AnalyzerOptions? options = null) =>
            new ScanFixture(
                compilation,
                SanctionsCompilationContext.TryCreate(compilation, options ?? new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)!);

        /// <summary>The method of that name (the code block the driver hands to the analyzer for it).</summary>
        public SyntaxNode Method(string name) =>
            Compilation.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).Single(m => m.Identifier.ValueText == name);

        /// <summary>The geo-blocks GeoBlockFinder finds in a code block, with no pre-filter in the way.</summary>
        public int GeoBlocksIn(SyntaxNode codeBlock)
        {
            var model = Compilation.GetSemanticModel(codeBlock.SyntaxTree);
            var owner = codeBlock switch
            {
                CompilationUnitSyntax unit => model.GetEnclosingSymbol(unit.Members.OfType<GlobalStatementSyntax>().First().SpanStart)!,
                ArrowExpressionClauseSyntax arrow => model.GetEnclosingSymbol(arrow.Expression.SpanStart)!,
                _ => model.GetDeclaredSymbol(codeBlock)!,
            };
            var body = model.GetOperation(codeBlock);
            return body is null ? 0 : GeoBlockFinder.Find(owner, body, Context).Length;
        }

        /// <summary>
        /// One line per geo-block GeoBlockFinder finds in a method (test, polarity, signal, action, feature and evidence),
        /// for reading why a case is or is not reported while working on detection.
        /// </summary>
        public string DescribeBlocks(SyntaxNode codeBlock)
        {
            var model = Compilation.GetSemanticModel(codeBlock.SyntaxTree);
            if (model.GetDeclaredSymbol(codeBlock) is not { } owner || model.GetOperation(codeBlock) is not { } body)
            {
                return "no body";
            }

            return string.Join("\n", GeoBlockFinder.Find(owner, body, Context).Select(block =>
                "gate=" + block.Gate.Comparison.Syntax + " form=" + block.Gate.Form + " jurisdictionTakesTrue=" + block.Gate.JurisdictionTakesTrueBranch
                + " signal=" + block.Gate.Signal.Description + " action=" + block.Action.Kind + ": " + block.Action.Description
                + " feature=" + block.Feature.Name + " categories=" + string.Join(", ", block.Feature.Categories.Select(c => c.Category + " (" + c.Source + ")"))));
        }

        public bool IsCandidate(SyntaxNode codeBlock) => Context.IsCandidate(codeBlock, CancellationToken.None);

        public string Explain(SyntaxNode codeBlock) => Context.ExplainCandidate(codeBlock, CancellationToken.None);

        /// <summary>Methods, constructors, operators, accessors, expression-bodied properties and top-level statements: the code blocks of a tree.</summary>
        public static IEnumerable<SyntaxNode> CodeBlocks(SyntaxTree tree)
        {
            var root = tree.GetRoot();
            if (root is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any())
            {
                yield return unit;
            }

            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case BaseMethodDeclarationSyntax { Body: not null } or BaseMethodDeclarationSyntax { ExpressionBody: not null }:
                    case AccessorDeclarationSyntax { Body: not null } or AccessorDeclarationSyntax { ExpressionBody: not null }:
                    case ArrowExpressionClauseSyntax { Parent: PropertyDeclarationSyntax or IndexerDeclarationSyntax }:
                        yield return node;
                        break;
                }
            }
        }
    }
}
