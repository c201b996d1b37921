using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>Plans that take jurisdiction constants out of <c>switch</c> sections and switch expression arms.</summary>
    internal static class GateEdits
    {
        /// <summary>
        /// Takes the targets out of the labels of a <c>switch</c> section: a label left with nothing to match goes,
        /// and a section left with no label goes (its users fall through to <c>default</c>, like everybody else).
        /// </summary>
        public static DocumentEdit? PlanSection(SourceText text, SwitchSectionSyntax section, ICollection<ExpressionSyntax> targets)
        {
            if (section.Parent is not SwitchStatementSyntax switchStatement)
            {
                return null;
            }

            var deletions = new List<TextSpan>();
            var removedLabels = 0;
            var consumed = 0;
            foreach (var label in section.Labels)
            {
                switch (label)
                {
                    case CaseSwitchLabelSyntax single when targets.Contains(Strip(single.Value)):
                        consumed++;
                        removedLabels++;
                        deletions.AddRange(TextRemoval.Node(text, label));
                        break;

                    case CasePatternSwitchLabelSyntax patternLabel:
                        var inLabel = targets.Where(t => patternLabel.Pattern.Span.Contains(t.Span)).ToList();
                        if (inLabel.Count == 0)
                        {
                            break;
                        }

                        var plan = ConditionRewriter.PlanPattern(patternLabel.Pattern, inLabel);
                        if (plan is null)
                        {
                            return null;
                        }

                        consumed += inLabel.Count;
                        if (plan.Value.MatchesNothing)
                        {
                            removedLabels++;
                            deletions.AddRange(TextRemoval.Node(text, label));
                        }
                        else
                        {
                            deletions.AddRange(plan.Value.Deletions);
                        }

                        break;
                }
            }

            if (consumed != targets.Count || consumed == 0)
            {
                return null;
            }

            if (removedLabels < section.Labels.Count)
            {
                return DocumentEdit.Delete(deletions);
            }

            // Every label goes: so does the section, unless something else depends on it.
            if (switchStatement.DescendantNodes().Any(n => n.IsKind(SyntaxKind.GotoCaseStatement) || n.IsKind(SyntaxKind.GotoDefaultStatement))
                || section.Statements.Any(s => s is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax))
            {
                return null;
            }

            return DocumentEdit.Delete(TextRemoval.Node(text, section));
        }

        /// <summary>Takes the targets out of a switch expression arm's pattern; an arm that matches nothing any more goes.</summary>
        public static DocumentEdit? PlanArm(SourceText text, SwitchExpressionArmSyntax arm, IReadOnlyCollection<ExpressionSyntax> targets)
        {
            if (arm.Parent is not SwitchExpressionSyntax switchExpression || targets.Count == 0)
            {
                return null;
            }

            var plan = ConditionRewriter.PlanPattern(arm.Pattern, targets);
            if (plan is null)
            {
                return null;
            }

            if (!plan.Value.MatchesNothing)
            {
                return DocumentEdit.Delete(plan.Value.Deletions);
            }

            return switchExpression.Arms.Count > 1
                ? DocumentEdit.Delete(TextRemoval.Element(text, switchExpression.Arms, switchExpression.Arms.IndexOf(arm)))
                : null;
        }

        /// <summary>The pattern a constant sits in, up to the pattern's owner (a label, an arm, an <c>is</c>).</summary>
        public static PatternSyntax? OutermostPattern(ExpressionSyntax constant)
        {
            if (constant.Parent is not ConstantPatternSyntax pattern)
            {
                return null;
            }

            PatternSyntax current = pattern;
            while (current.Parent is PatternSyntax parent)
            {
                current = parent;
            }

            return current;
        }

        public static ExpressionSyntax Strip(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
