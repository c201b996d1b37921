using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>One planned change of one document, computed before the fix is offered and applied when it runs.</summary>
    internal abstract class DocumentEdit
    {
        public abstract Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken);

        public static DocumentEdit Delete(IEnumerable<TextSpan> spans) => new Deletion(TextRemoval.Normalize(spans).ToImmutableArray());

        public static DocumentEdit Insert(int position, string text) => new Insertion(position, text);

        /// <summary>Replaces a statement with others, formatted where they land (a block spliced into its parent).</summary>
        public static DocumentEdit Replace(SyntaxNode node, IEnumerable<SyntaxNode> replacements) => new Replacement(node, replacements.ToImmutableArray());

        private sealed class Deletion : DocumentEdit
        {
            private readonly ImmutableArray<TextSpan> _spans;

            public Deletion(ImmutableArray<TextSpan> spans) => _spans = spans;

            public override async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                return document.WithText(TextRemoval.Apply(text, _spans));
            }
        }

        private sealed class Insertion : DocumentEdit
        {
            private readonly int _position;
            private readonly string _text;

            public Insertion(int position, string text)
            {
                _position = position;
                _text = text;
            }

            public override async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                return document.WithText(text.WithChanges(new TextChange(new TextSpan(_position, 0), _text)));
            }
        }

        private sealed class Replacement : DocumentEdit
        {
            private readonly SyntaxNode _node;
            private readonly ImmutableArray<SyntaxNode> _replacements;

            public Replacement(SyntaxNode node, ImmutableArray<SyntaxNode> replacements)
            {
                _node = node;
                _replacements = replacements;
            }

            public override async Task<Document> ApplyAsync(Document document, CancellationToken cancellationToken)
            {
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var current = root!.FindNode(_node.Span, getInnermostNodeForTie: true);
                while (current.RawKind != _node.RawKind && current.Parent is { } parent && parent.Span == _node.Span)
                {
                    current = parent;
                }

                if (current.RawKind != _node.RawKind)
                {
                    return document;
                }

                var formatted = _replacements.Select(r => r.WithAdditionalAnnotations(Formatter.Annotation));
                var newRoot = _replacements.Length == 1
                    ? root.ReplaceNode(current, formatted.Single())
                    : root.ReplaceNode(current, formatted);
                // Formatted now rather than when the fix is applied: Fix All edits the document again after this.
                return await Formatter.FormatAsync(document.WithSyntaxRoot(newRoot), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
