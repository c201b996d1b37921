using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Fix All for edits that can touch the same list or condition: the fixes of one document are planned and
    /// applied one after the other, in source order, each on the document as the previous ones left it, so that two
    /// entries of one list (or two halves of one condition) both go without their edits colliding.
    /// </summary>
    internal sealed class SequentialFixAllProvider : DocumentBasedFixAllProvider
    {
        public delegate Task<DocumentEdit?> Planner(Document document, TextSpan span, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken);

        private readonly Planner _plan;

        public SequentialFixAllProvider(Planner plan) => _plan = plan;

        protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var cancellationToken = fixAllContext.CancellationToken;
            var pending = diagnostics
                .Where(d => d.Location.IsInSource)
                .OrderBy(d => d.Location.SourceSpan.Start)

                .Select(d => (Diagnostic: d, Span: (TextSpan?)d.Location.SourceSpan))
                .ToList();

            var current = document;
            for (var i = 0; i < pending.Count; i++)
            {
                if (pending[i].Span is not { } span)
                {
                    continue;
                }

                var edit = await _plan(current, span, pending[i].Diagnostic, fixAllContext.CodeActionEquivalenceKey, cancellationToken).ConfigureAwait(false);
                if (edit is null)
                {
                    continue;
                }

                var next = await edit.ApplyAsync(current, cancellationToken).ConfigureAwait(false);
                var changes = (await next.GetTextChangesAsync(current, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Span.Start).ToList();
                for (var j = i + 1; j < pending.Count; j++)
                {
                    pending[j] = (pending[j].Diagnostic, Map(pending[j].Span, changes));
                }

                current = next;
            }

            return current;
        }

        /// <summary>Where a span is after the changes, or null when a change touched it.</summary>
        private static TextSpan? Map(TextSpan? span, IReadOnlyList<TextChange> changes)
        {
            if (span is not { } value)
            {
                return null;
            }

            var shift = 0;
            foreach (var change in changes)
            {
                if (change.Span.End <= value.Start && !(change.Span.IsEmpty && change.Span.Start == value.Start && value.IsEmpty))
                {
                    shift += (change.NewText?.Length ?? 0) - change.Span.Length;
                }
                else if (change.Span.Start >= value.End)
                {
                    break;
                }
                else
                {
                    return null;
                }
            }

            return new TextSpan(value.Start + shift, value.Length);
        }
    }
}
