using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.CodeFixes.Editing;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes
{
    /// <summary>
    /// SANC1004. For a jurisdiction whose program has ended (Syria, Sudan): "Remove the ended jurisdiction from the
    /// list" takes the entry out of the array, collection, collection expression, <c>params</c> list, <c>is ... or ...</c>
    /// pattern, <c>||</c> condition or <c>case</c> labels it sits in. For a whole oblast (UA-14, UA-09): "Narrow to the
    /// covered areas" writes a <c>// TODO(SANC1004)</c> comment above the entry that says what EO 14065 covers;
    /// narrowing needs vetted data the code does not have, so nothing is edited silently. Entries in
    /// <c>appsettings*.json</c> get no fix.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(StaleJurisdictionCodeFixProvider))]
    [Shared]
    public sealed class StaleJurisdictionCodeFixProvider : CodeFixProvider
    {
        public const string RemoveTitle = "Remove the ended jurisdiction from the list";
        public const string RemoveKey = RuleIds.StaleJurisdiction + ".RemoveEntry";
        public const string NarrowTitle = "Narrow to the covered areas";
        public const string NarrowKey = RuleIds.StaleJurisdiction + ".NarrowToCoveredAreas";
        public const string TodoMarker = "TODO(" + RuleIds.StaleJurisdiction + ")";

        private static readonly FixAllProvider FixAll = new SequentialFixAllProvider(PlanAsync);

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.StaleJurisdiction);

        public override FixAllProvider GetFixAllProvider() => FixAll;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Location.IsInSource)
                {
                    continue;
                }

                foreach (var (title, key) in new[] { (RemoveTitle, RemoveKey), (NarrowTitle, NarrowKey) })
                {
                    var edit = await PlanAsync(context.Document, diagnostic.Location.SourceSpan, diagnostic, key, context.CancellationToken).ConfigureAwait(false);
                    if (edit is not null)
                    {
                        var document = context.Document;
                        context.RegisterCodeFix(CodeAction.Create(title, ct => edit.ApplyAsync(document, ct), key), diagnostic);
                    }
                }
            }
        }

        private static async Task<DocumentEdit?> PlanAsync(Document document, TextSpan span, Diagnostic diagnostic, string? equivalenceKey, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || span.End > text.Length)
            {
                return null;
            }

            if (root.FindNode(span, getInnermostNodeForTie: true) is not ExpressionSyntax entry || entry.Span != span
                || JurisdictionConstants.TextOf(entry, model, cancellationToken) is not { } value)
            {
                return null;
            }

            var ids = JurisdictionConstants.JurisdictionIds(diagnostic);
            var matches = JurisdictionConstants.Matches(value, signal: null).Where(m => ids.Contains(m.Jurisdiction.Id)).ToList();
            if (matches.Count == 0)
            {
                return null;
            }

            var overWide = matches.FirstOrDefault(m => m.Identifier.OverWide).Identifier;
            return equivalenceKey switch
            {
                RemoveKey when overWide is null => PlanRemoval(text, model, entry, cancellationToken),
                NarrowKey when overWide is not null => PlanNarrowingComment(root, text, entry, value, overWide),
                _ => null,
            };
        }

        /// <summary>Takes the entry out of whatever holds it, so that its users go the way everybody else goes.</summary>
        private static DocumentEdit? PlanRemoval(SourceText text, SemanticModel model, ExpressionSyntax entry, CancellationToken cancellationToken)
        {
            var targets = new[] { entry };
            if (ListElements.EntryOf(entry) is { } listEntry && ListElements.KeyOf(listEntry) == entry
                && ListElements.CanRemove(new[] { listEntry }, model, cancellationToken))
            {
                return ListElements.Remove(new[] { listEntry });
            }

            if (entry.Parent is CaseSwitchLabelSyntax { Parent: SwitchSectionSyntax section })
            {
                return GateEdits.PlanSection(text, section, targets);
            }

            switch (GateEdits.OutermostPattern(entry)?.Parent)
            {
                case CasePatternSwitchLabelSyntax { Parent: SwitchSectionSyntax patternSection }:
                    return GateEdits.PlanSection(text, patternSection, targets);
                case SwitchExpressionArmSyntax arm:
                    return GateEdits.PlanArm(text, arm, targets);
            }

            return ConditionRewriter.AtomOf(entry) is { } atom ? ConditionRewriter.Plan(text, atom, targets) : null;
        }

        /// <summary>
        /// A <c>// TODO(SANC1004)</c> line above the entry's line, indented like it, saying what the entry blocks and
        /// what the program covers. Not offered again when the lines above already carry it.
        /// </summary>
        private static DocumentEdit? PlanNarrowingComment(SyntaxNode root, SourceText text, ExpressionSyntax entry, string value, JurisdictionIdentifier identifier)
        {
            var line = text.Lines.GetLineFromPosition(entry.SpanStart);
            var start = line.Start;

            // The comment must land between tokens: not inside a multi-line string or comment.
            var token = root.FindToken(start, findInsideTrivia: false);
            if (token.SpanStart < start && token.Span.End > start
                || root.FindTrivia(start) is { } trivia && trivia.SpanStart < start && trivia.Span.End > start)
            {
                return null;
            }

            var quoted = "'" + value + "'";
            for (var above = line.LineNumber - 1; above >= 0; above--)
            {
                var previous = text.Lines[above].ToString().Trim();
                if (!previous.StartsWith("//", System.StringComparison.Ordinal))
                {
                    break;
                }

                if (previous.Contains(TodoMarker) && previous.Contains(quoted))
                {
                    return null;
                }
            }

            var lineText = line.ToString();
            var indentation = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
            var newLine = line.EndIncludingLineBreak > line.End ? text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak)) : "\n";
            var what = identifier.Note ?? ("the whole area of " + value);
            var citation = identifier.Citation is null ? string.Empty : " (" + identifier.Citation + ")";
            var comment = indentation + "// " + TodoMarker + ": " + quoted + " blocks the whole " + what + citation
                + "; narrow the block to the covered areas (vetted postal codes, boundaries)." + newLine;
            return DocumentEdit.Insert(start, comment);
        }
    }
}
