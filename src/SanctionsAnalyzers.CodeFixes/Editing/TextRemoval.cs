using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Deletions that take a node out of the text and leave the layout around it as it was: a node alone on its
    /// lines goes with those lines, a node inside a line goes with the spaces that follow it.
    /// </summary>
    internal static class TextRemoval
    {
        /// <summary>The spans to delete to take <paramref name="node"/> (a statement, a label) out of the text.</summary>
        public static IEnumerable<TextSpan> Node(SourceText text, SyntaxNode node)
        {
            var first = node.GetFirstToken();
            var last = node.GetLastToken();
            if (StartsLine(text, first.SpanStart) && EndsLine(last))
            {
                return new[] { TextSpan.FromBounds(LineStart(text, first.SpanStart), last.FullSpan.End) };
            }

            var next = last.GetNextToken();
            if (next.RawKind != 0 && SameLine(text, last.Span.End, next.SpanStart))
            {
                return new[] { TextSpan.FromBounds(first.SpanStart, next.SpanStart) };
            }

            var previous = first.GetPreviousToken();
            return new[] { TextSpan.FromBounds(previous.RawKind != 0 ? previous.Span.End : first.SpanStart, last.Span.End) };
        }

        /// <summary>
        /// The spans to delete to take the element at <paramref name="index"/> and one of its commas out of a
        /// comma-separated list (initializer, collection expression, argument list, switch expression arms).
        /// </summary>
        public static IEnumerable<TextSpan> Element<TNode>(SourceText text, SeparatedSyntaxList<TNode> list, int index)
            where TNode : SyntaxNode
        {
            var element = list[index];
            var first = element.GetFirstToken();
            var last = element.GetLastToken();
            SyntaxToken? after = index < list.SeparatorCount ? list.GetSeparator(index) : null;
            SyntaxToken? before = index > 0 ? list.GetSeparator(index - 1) : null;
            var ownsLine = StartsLine(text, first.SpanStart);

            if (after is { } comma)
            {
                if (ownsLine && EndsLine(comma))
                {
                    return new[] { TextSpan.FromBounds(LineStart(text, first.SpanStart), comma.FullSpan.End) };
                }

                var next = comma.GetNextToken();
                if (next.RawKind != 0 && SameLine(text, comma.Span.End, next.SpanStart))
                {
                    return new[] { TextSpan.FromBounds(first.SpanStart, next.SpanStart) };
                }

                return new[] { TextSpan.FromBounds(first.GetPreviousToken().Span.End, comma.Span.End) };
            }

            if (before is { } previousComma)
            {
                if (ownsLine && EndsLine(last))
                {
                    return new[] { previousComma.Span, TextSpan.FromBounds(LineStart(text, first.SpanStart), last.FullSpan.End) };
                }

                return new[] { TextSpan.FromBounds(previousComma.Span.Start, last.Span.End) };
            }

            if (ownsLine && EndsLine(last))
            {
                return new[] { TextSpan.FromBounds(LineStart(text, first.SpanStart), last.FullSpan.End) };
            }

            return new[] { TextSpan.FromBounds(first.GetPreviousToken().Span.End, last.Span.End) };
        }

        /// <summary>Merges the spans (dropping those inside others) and deletes them from the text.</summary>
        public static SourceText Apply(SourceText text, IEnumerable<TextSpan> deletions) =>
            text.WithChanges(Normalize(deletions).Select(span => new TextChange(span, string.Empty)));

        public static List<TextSpan> Normalize(IEnumerable<TextSpan> deletions)
        {
            var result = new List<TextSpan>();
            foreach (var span in deletions.Where(s => !s.IsEmpty).OrderBy(s => s.Start).ThenByDescending(s => s.Length))
            {
                if (result.Count > 0 && span.Start < result[result.Count - 1].End)
                {
                    var last = result[result.Count - 1];
                    result[result.Count - 1] = TextSpan.FromBounds(last.Start, System.Math.Max(last.End, span.End));
                }
                else
                {
                    result.Add(span);
                }
            }

            return result;
        }

        public static bool StartsLine(SourceText text, int position)
        {
            var line = text.Lines.GetLineFromPosition(position);
            for (var i = line.Start; i < position; i++)
            {
                if (!char.IsWhiteSpace(text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public static int LineStart(SourceText text, int position) => text.Lines.GetLineFromPosition(position).Start;

        /// <summary>Only trivia follows the token on its line.</summary>
        public static bool EndsLine(SyntaxToken token) => token.TrailingTrivia.Any(t => t.IsKind(SyntaxKind.EndOfLineTrivia));

        private static bool SameLine(SourceText text, int a, int b) =>
            text.Lines.GetLineFromPosition(a).LineNumber == text.Lines.GetLineFromPosition(b).LineNumber;
    }
}
