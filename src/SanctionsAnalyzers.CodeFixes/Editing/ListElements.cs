using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Entries of a written list: elements of array and collection initializers and collection expressions,
    /// <c>params</c> arguments (<c>ImmutableHashSet.Create("IR", "KP")</c>) and dictionary entries
    /// (<c>{ "IR", ... }</c>, <c>["IR"] = ...</c>).
    /// </summary>
    internal static class ListElements
    {
        /// <summary>The list entry a constant belongs to (the constant itself, its argument, its dictionary entry), or null.</summary>
        public static SyntaxNode? EntryOf(ExpressionSyntax constant)
        {
            switch (constant.Parent)
            {
                case InitializerExpressionSyntax list when list.IsKind(SyntaxKind.ArrayInitializerExpression) || list.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return constant;
                case InitializerExpressionSyntax entry when entry.IsKind(SyntaxKind.ComplexElementInitializerExpression)
                    && entry.Parent is InitializerExpressionSyntax outer && outer.IsKind(SyntaxKind.CollectionInitializerExpression):
                    return entry;
                case ExpressionElementSyntax { Parent: CollectionExpressionSyntax } element:
                    return element;
                case ArgumentSyntax { Parent: BracketedArgumentListSyntax { Arguments.Count: 1, Parent: ImplicitElementAccessSyntax { Parent: AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment } access } }
                    when assignment.Left == access:
                    return assignment;
                case ArgumentSyntax { Parent: ArgumentListSyntax, NameColon: null, RefKindKeyword.RawKind: 0 } argument:
                    return argument;
                default:
                    return null;
            }
        }

        /// <summary>The key of a dictionary entry, or the entry itself.</summary>
        public static ExpressionSyntax? KeyOf(SyntaxNode entry) => entry switch
        {
            InitializerExpressionSyntax complex => complex.Expressions.FirstOrDefault(),
            AssignmentExpressionSyntax { Left: ImplicitElementAccessSyntax access } => access.ArgumentList.Arguments[0].Expression,
            ArgumentSyntax argument => argument.Expression,
            ExpressionElementSyntax element => element.Expression,
            ExpressionSyntax expression => expression,
            _ => null,
        };

        /// <summary>
        /// Checks that removing these entries leaves valid code with the same meaning for the others: an argument
        /// must go to a <c>params</c> array, and <c>new[] { ... }</c> must keep an element to infer its type from.
        /// </summary>
        public static bool CanRemove(IReadOnlyCollection<SyntaxNode> entries, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var entry in entries)
            {
                if (entry is ArgumentSyntax argument && !IsParamsElement(argument, model, cancellationToken))
                {
                    return false;
                }
            }

            foreach (var group in entries.GroupBy(e => e.Parent))
            {
                var count = group.Key switch
                {
                    InitializerExpressionSyntax list => list.Expressions.Count,
                    CollectionExpressionSyntax collection => collection.Elements.Count,
                    ArgumentListSyntax arguments => arguments.Arguments.Count,
                    _ => -1,
                };

                if (count < 0 || (group.Key?.Parent is ImplicitArrayCreationExpressionSyntax && group.Count() >= count))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>An argument that the compiler collects into a <c>params</c> array.</summary>
        private static bool IsParamsElement(ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
        {
            var operation = model.GetOperation(argument.Expression, cancellationToken);
            while (operation?.Parent is IConversionOperation { IsImplicit: true })
            {
                operation = operation.Parent;
            }

            return operation?.Parent is IArrayInitializerOperation { Parent: IArrayCreationOperation { IsImplicit: true, Parent: IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray } } };
        }

        /// <summary>Removes list entries one at a time, last first, so that each removal sees the list as it is.</summary>
        public static DocumentEdit Remove(IEnumerable<SyntaxNode> entries) => new Removal(entries.Select(e => e.Span).Distinct().OrderByDescending(s => s.Start).ToImmutableArray());

        private sealed class Removal : DocumentEdit
        {
            private readonly ImmutableArray<TextSpan> _spans;

            public Removal(ImmutableArray<TextSpan> spans) => _spans = spans;

            public override async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
            {
                foreach (var span in _spans)
                {
                    var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                    var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    var entry = root!.FindNode(span, getInnermostNodeForTie: false);
                    var deletions = entry.Parent switch
                    {
                        InitializerExpressionSyntax list when list.Expressions.Contains(entry) => TextRemoval.Element(text, list.Expressions, list.Expressions.IndexOf((ExpressionSyntax)entry)),
                        CollectionExpressionSyntax collection when entry is CollectionElementSyntax element => TextRemoval.Element(text, collection.Elements, collection.Elements.IndexOf(element)),
                        ArgumentListSyntax arguments when entry is ArgumentSyntax argument => TextRemoval.Element(text, arguments.Arguments, arguments.Arguments.IndexOf(argument)),
                        _ => null,
                    };

                    if (deletions is not null)
                    {
                        document = document.WithText(TextRemoval.Apply(text, deletions));
                    }
                }

                return document;
            }
        }
    }
}
