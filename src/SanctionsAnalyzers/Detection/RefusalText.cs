using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// What a refusal says it refuses. The text a deny hands its users ("Voice and video channels are not available in
    /// your region", "Map search is not available in your country", a WebSocket close reason) names the feature when
    /// nothing else does: read only for a feature of unknown category, as the weakest evidence, and worded as such.
    /// </summary>
    internal static class RefusalText
    {
        /// <summary>The start of every evidence source this class writes: the whole-application rule looks for it.</summary>
        public const string Source = "the refusal text";

        /// <summary>The start of the evidence source naming what a degrade switches off.</summary>
        private const string SwitchedOffSource = "the switched-off";

        /// <summary>The start of the evidence source naming whom a refusal acts on.</summary>
        private const string RefusedSource = "the refused";

        private const int MaxTexts = 8;
        private const int MaxShown = 60;

        /// <summary>
        /// The feature with the categories its refusal's text names: the texts the refusal carries, then those of the rest of
        /// the jurisdiction's path (a notice set or a reason logged beside a bare <c>return</c>). Null when the feature has
        /// categories already or the texts name none.
        /// </summary>
        public static Feature? Name(Feature feature, GateAction action, IEnumerable<IOperation> path, NameVocabulary vocabulary)
        {
            if (!feature.Categories.IsEmpty || action.Operation is null)
            {
                return null;
            }

            var evidence = new List<CategoryEvidence>();

            // multiplayerButton.SetActive(false), VideoEnabled = false: what a degrade switches off is the feature; player.Kick(...):
            // whom a refusal acts on says whose service it is.
            if (action.Kind == ActionKind.Degrade && SwitchedOff(action.Operation) is { } switchedOff)
            {
                foreach (var category in vocabulary.Match(switchedOff).SelectMany(match => match.Categories).Distinct())
                {
                    evidence.Add(new CategoryEvidence(category, EvidenceStrength.Name, SwitchedOffSource + " '" + switchedOff + "'"));
                }
            }
            else if (action.Kind == ActionKind.Deny && RefusedType(action.Operation) is { } refused)
            {
                foreach (var category in vocabulary.Match(refused).SelectMany(match => match.Categories).Distinct())
                {
                    evidence.Add(new CategoryEvidence(category, EvidenceStrength.Name, RefusedSource + " '" + refused + "'"));
                }
            }

            var refusal = action.Operation.Syntax.Span;
            var texts = TextsOf(action.Operation).Concat(path.SelectMany(TextsOf).Where(text => !refusal.Contains(text.Span)).Distinct())
                .Select(text => text.Text);
            foreach (var text in texts.Take(MaxTexts))
            {
                foreach (var category in vocabulary.MatchText(text).SelectMany(match => match.Categories))
                {
                    if (!evidence.Any(e => e.Category == category))
                    {
                        evidence.Add(new CategoryEvidence(category, EvidenceStrength.Name, Source + " '" + Shown(text) + "'"));
                    }
                }
            }

            return evidence.Count == 0 ? null : new Feature(feature.Symbol, feature.Name, evidence.ToImmutableArray());
        }

        /// <summary>Whether the feature's categories come from its refusal alone (its text, or what it switches off).</summary>
        public static bool IsNamedByText(Feature feature) =>
            !feature.Categories.IsEmpty && feature.Categories.All(c => c.Source.StartsWith(Source, System.StringComparison.Ordinal)
                || c.Source.StartsWith(SwitchedOffSource, System.StringComparison.Ordinal) || c.Source.StartsWith(RefusedSource, System.StringComparison.Ordinal));

        /// <summary>The type of the object a refusing call acts on: <c>ServerPlayer</c> for <c>player.Kick(...)</c>.</summary>
        private static string? RefusedType(IOperation action)
        {
            var operation = action is IExpressionStatementOperation statement ? statement.Operation : action;
            if (operation is IAwaitOperation awaited)
            {
                operation = awaited.Operation;
            }

            return operation is IInvocationOperation { Instance: { } instance } && SignalFinder.Unwrap(instance).Type is INamedTypeSymbol { SpecialType: SpecialType.None } type
                ? type.Name
                : null;
        }

        /// <summary>The name of the member a degrade acts on: the receiver of <c>SetActive(false)</c>, the flag it assigns.</summary>
        private static string? SwitchedOff(IOperation action)
        {
            var operation = action is IExpressionStatementOperation statement ? statement.Operation : action;
            var target = operation switch
            {
                IInvocationOperation { Instance: { } instance } => SignalFinder.Unwrap(instance),
                IAssignmentOperation assignment => assignment.Target,
                _ => null,
            };

            return target switch
            {
                IFieldReferenceOperation field => field.Field.Name,
                IPropertyReferenceOperation property => property.Property.Name,
                ILocalReferenceOperation local => local.Local.Name,
                _ => null,
            };
        }

        /// <summary>The texts the refusal carries: string constants and the literal parts of interpolated strings, in source order.</summary>
        private static IEnumerable<(string Text, Microsoft.CodeAnalysis.Text.TextSpan Span)> TextsOf(IOperation action)
        {
            foreach (var operation in action.DescendantsAndSelf())
            {
                if (operation is IInterpolatedStringOperation interpolated)
                {
                    yield return (string.Concat(interpolated.Parts.Select(part => part is IInterpolatedStringTextOperation { Text.ConstantValue.Value: string text } ? text : "…")), operation.Syntax.Span);
                }
                else if (operation is ILiteralOperation { ConstantValue.Value: string literal } && operation.Parent is not IInterpolatedStringTextOperation)
                {
                    yield return (literal, operation.Syntax.Span);
                }
            }
        }

        private static string Shown(string text) => text.Length <= MaxShown ? text : text.Substring(0, MaxShown) + "…";
    }
}
