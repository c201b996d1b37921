using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The places that name a geo-block's jurisdictions, as the analyzer found them: the <c>jurisdiction</c> steps of the
    /// diagnostic's path (its additional locations) with the ids each names (<see cref="DiagnosticProperties.JurisdictionSteps"/>).
    /// A fix edits these places; it does not read the gate's syntax a second time to guess which constants matter.
    /// </summary>
    internal sealed class JurisdictionPlaces
    {
        private readonly ImmutableArray<(Location Location, ImmutableHashSet<string> Ids)> _places;

        private JurisdictionPlaces(ImmutableArray<(Location, ImmutableHashSet<string>)> places) => _places = places;

        /// <summary>The places of the diagnostic, or null when it carries none or lists only some of them (a longer list).</summary>
        public static JurisdictionPlaces? Of(Diagnostic diagnostic)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.PathSteps, out var steps) || steps is null
                || !diagnostic.Properties.TryGetValue(DiagnosticProperties.JurisdictionSteps, out var named) || string.IsNullOrEmpty(named))
            {
                return null;
            }

            var ids = named!.Split(',');
            if (ids[ids.Length - 1] == "…")
            {
                return null;
            }

            // "test" is the diagnostic's own location; every other step is the next additional location.
            var places = ImmutableArray.CreateBuilder<(Location, ImmutableHashSet<string>)>();
            var additional = 0;
            var jurisdiction = 0;
            foreach (var step in steps.Split(','))
            {
                if (step == "test")
                {
                    continue;
                }

                if (additional >= diagnostic.AdditionalLocations.Count)
                {
                    return null;
                }

                var location = diagnostic.AdditionalLocations[additional++];
                if (step == "jurisdiction")
                {
                    if (jurisdiction >= ids.Length)
                    {
                        return null;
                    }

                    places.Add((location, ids[jurisdiction++].Split('+').ToImmutableHashSet(StringComparer.Ordinal)));
                }
            }

            return jurisdiction == ids.Length ? new JurisdictionPlaces(places.ToImmutable()) : null;
        }

        /// <summary>
        /// The expressions inside <paramref name="scope"/> to take out so that the jurisdictions of <paramref name="ids"/>
        /// are no longer named there: each place inside the scope, or each use inside it of a field whose declaration is
        /// the place (<c>Blocked.Iran</c> for <c>static readonly string Iran = "IR"</c>). Null when one of them also names
        /// a jurisdiction outside <paramref name="ids"/> (taking it out would change that one's fate too) or none is found.
        /// </summary>
        public List<ExpressionSyntax>? TargetsIn(IEnumerable<SyntaxNode> scope, ImmutableHashSet<string> ids, SemanticModel model, CancellationToken cancellationToken)
        {
            var nodes = scope.ToList();
            var targets = new List<ExpressionSyntax>();
            foreach (var (location, named) in _places)
            {
                if (!named.Overlaps(ids))
                {
                    continue;
                }

                var found = nodes.SelectMany(node => ExpressionsFor(location, node, model, cancellationToken)).ToList();
                if (found.Count == 0)
                {
                    continue;
                }

                if (!named.IsSubsetOf(ids))
                {
                    return null;
                }

                targets.AddRange(found.Where(f => !targets.Contains(f)));
            }

            return targets.Count == 0 ? null : targets.OrderBy(t => t.SpanStart).ToList();
        }

        private static IEnumerable<ExpressionSyntax> ExpressionsFor(Location place, SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!place.IsInSource)
            {
                yield break;
            }

            if (SameFile(place.SourceTree!, node.SyntaxTree) && node.Span.Contains(place.SourceSpan))
            {
                if (ExpressionAt(node, place.SourceSpan) is { } expression)
                {
                    yield return expression;
                }

                yield break;
            }

            // The place is a declaration elsewhere: the uses of the field it declares are what the scope holds.
            foreach (var name in node.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
            {
                if (model.GetSymbolInfo(name, cancellationToken).Symbol is IFieldSymbol field
                    && field.DeclaringSyntaxReferences.Any(r => SameFile(r.SyntaxTree, place.SourceTree!) && r.Span.Contains(place.SourceSpan)))
                {
                    yield return name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
                }
            }
        }

        /// <summary>The diagnostic's trees and the document's may be different snapshots of one file.</summary>
        private static bool SameFile(SyntaxTree one, SyntaxTree other) =>
            one == other || (one.FilePath.Length > 0 && string.Equals(one.FilePath, other.FilePath, StringComparison.Ordinal));

        /// <summary>The outermost expression whose span is exactly <paramref name="span"/>, less parentheses.</summary>
        private static ExpressionSyntax? ExpressionAt(SyntaxNode node, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var found = node.FindNode(span, getInnermostNodeForTie: true);
            ExpressionSyntax? expression = null;
            for (var current = found; current is not null && current.Span == span; current = current.Parent)
            {
                if (current is ExpressionSyntax candidate && current is not ParenthesizedExpressionSyntax)
                {
                    expression = candidate;
                }
            }

            return expression;
        }
    }
}
