using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.FindSymbols;
using SanctionsAnalyzers.CodeFixes.Editing;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes
{
    /// <summary>
    /// SANC1001 "Let this feature through the gate": takes the authorized jurisdictions (the diagnostic's
    /// <c>Jurisdictions</c>) out of a gate that guards this feature only, so that their users go the way everybody
    /// else goes and nothing changes for the other jurisdictions. <c>country == "IR"</c> alone: the <c>if</c> goes
    /// (its <c>else</c> stays); <c>country is "IR" or "KP"</c>: <c>country is "KP"</c>; a block list used by this gate
    /// only: the entry goes. Not offered for gates in front of the whole application (middleware, filters), for
    /// helpers and lists shared with other code, or where dropping an expression could drop a side effect.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LetFeatureThroughCodeFixProvider))]
    [Shared]
    public sealed class LetFeatureThroughCodeFixProvider : CodeFixProvider
    {
        public const string Title = "Let this feature through the gate";
        public const string EquivalenceKey = RuleIds.OverBroadGeoBlock + ".LetFeatureThrough";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.OverBroadGeoBlock);

        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var solution = await PlanAsync(context.Document, diagnostic, context.CancellationToken).ConfigureAwait(false);
                if (solution is not null)
                {
                    context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(solution), EquivalenceKey), diagnostic);
                }
            }
        }

        private static async Task<Solution?> PlanAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            // Whole-application gates (middleware, filters, handlers: reported at compilation end) get their own fix.
            var ids = JurisdictionConstants.JurisdictionIds(diagnostic);
            var places = JurisdictionPlaces.Of(diagnostic);
            if (ids.IsEmpty || places is null || !diagnostic.Location.IsInSource || FeatureSyntax.IsWholeApplicationDiagnostic(diagnostic))
            {
                return null;
            }

            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null)
            {
                return null;
            }

            var gate = FeatureSyntax.NodeAt(root, diagnostic.Location.SourceSpan);
            if (FeatureSyntax.IsWholeApplicationGate(gate, model, cancellationToken))
            {
                return null;
            }

            switch (JurisdictionConstants.GateFormOf(diagnostic))
            {
                case GateForm.Comparison or GateForm.TextMatch when gate is ExpressionSyntax condition:
                    var targets = places.TargetsIn(new[] { condition }, ids, model, cancellationToken);
                    return await ApplyAsync(document, targets is null ? null : ConditionRewriter.Plan(text, condition, targets), cancellationToken).ConfigureAwait(false);

                case GateForm.Switch when gate is SwitchLabelSyntax { Parent: SwitchSectionSyntax section }:
                    var sectionTargets = places.TargetsIn(section.Labels, ids, model, cancellationToken);
                    return await ApplyAsync(document, sectionTargets is null ? null : GateEdits.PlanSection(text, section, sectionTargets), cancellationToken).ConfigureAwait(false);

                case GateForm.Switch when gate is PatternSyntax { Parent: SwitchExpressionArmSyntax arm }:
                    var armTargets = places.TargetsIn(new[] { arm.Pattern }, ids, model, cancellationToken);
                    return await ApplyAsync(document, armTargets is null ? null : GateEdits.PlanArm(text, arm, armTargets), cancellationToken).ConfigureAwait(false);

                case GateForm.BlockList when gate is InvocationExpressionSyntax membership:
                    return await PlanBlockListAsync(document, model, membership, places, ids, cancellationToken).ConfigureAwait(false);

                default:
                    // Helpers may serve other features; allow-lists and anything else get no automatic edit.
                    return null;
            }
        }

        /// <summary>
        /// <c>Blocked.Contains(country)</c>: the authorized entries leave the list, provided the list is written in
        /// source, cannot be set from elsewhere (configuration binding, assignments) and serves this gate only.
        /// </summary>
        private static async Task<Solution?> PlanBlockListAsync(Document document, SemanticModel model, InvocationExpressionSyntax membership, JurisdictionPlaces places, ImmutableHashSet<string> ids, CancellationToken cancellationToken)
        {
            if (membership.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Contains" or "ContainsKey" or "TryGetValue" or "Exists" or "Any" } access)
            {
                return null;
            }

            var receiver = Unwrap(access.Expression);
            SyntaxNode list;
            var listDocument = document;
            var listModel = model;
            if (receiver is IdentifierNameSyntax or MemberAccessExpressionSyntax)
            {
                var symbol = model.GetSymbolInfo(receiver, cancellationToken).Symbol;
                var settable = symbol is IPropertySymbol { SetMethod: not null };
                if (symbol is not (IFieldSymbol { IsConst: false } or IPropertySymbol or ILocalSymbol) || settable || symbol.DeclaringSyntaxReferences.Length != 1)
                {
                    return null;
                }

                var declaration = await symbol.DeclaringSyntaxReferences[0].GetSyntaxAsync(cancellationToken).ConfigureAwait(false);
                var initializer = ValueResolver.InitializerOf(declaration);
                var declaringDocument = document.Project.Solution.GetDocument(declaration.SyntaxTree);
                if (initializer is null || declaringDocument is null)
                {
                    return null;
                }

                // Used anywhere else (another gate, a page listing the countries, an assignment): not this fix's call.
                var references = await SymbolFinder.FindReferencesAsync(symbol, document.Project.Solution, cancellationToken).ConfigureAwait(false);
                if (references.SelectMany(r => r.Locations).Count() != 1)
                {
                    return null;
                }

                list = initializer;
                listDocument = declaringDocument;
                listModel = (await declaringDocument.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false))!;
            }
            else
            {
                list = receiver;
            }

            var targets = places.TargetsIn(new[] { list }, ids, listModel, cancellationToken);
            if (targets is null)
            {
                return null;
            }

            var entries = new List<SyntaxNode>();
            foreach (var target in targets)
            {
                var entry = ListElements.EntryOf(target);
                var key = entry is null ? null : ListElements.KeyOf(entry);
                if (entry is null || key is null || !targets.Contains(GateEdits.Strip(key)))
                {
                    return null;
                }

                if (!entries.Contains(entry))
                {
                    entries.Add(entry);
                }
            }

            if (!ListElements.CanRemove(entries, listModel, cancellationToken))
            {
                return null;
            }

            return await ApplyAsync(listDocument, ListElements.Remove(entries), cancellationToken).ConfigureAwait(false);
        }

        private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
        {
            while (true)
            {
                switch (expression)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        continue;
                    case CastExpressionSyntax cast:
                        expression = cast.Expression;
                        continue;
                    case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.SuppressNullableWarningExpression):
                        expression = postfix.Operand;
                        continue;
                    default:
                        return expression;
                }
            }
        }

        private static async Task<Solution?> ApplyAsync(Document document, DocumentEdit? edit, CancellationToken cancellationToken) =>
            edit is null ? null : (await edit.ApplyAsync(document, cancellationToken).ConfigureAwait(false)).Project.Solution;
    }
}
