using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Takes jurisdiction constants out of a gate's condition so that users of those jurisdictions go the way
    /// everybody else goes, and nothing changes for anybody else. Each step is exact: <c>a == "IR" || a == "KP"</c>
    /// without IR is <c>a == "KP"</c>; <c>a is "IR" or "KP"</c> is <c>a is "KP"</c>; a condition left with no
    /// jurisdiction is constant, and an <c>if</c> whose condition is now always false goes (its <c>else</c> stays).
    /// An expression is only dropped when it has no side effects or would not have been evaluated anyway.
    /// Anything this class does not understand makes the whole plan fail: then no fix is offered.
    /// </summary>
    internal sealed class ConditionRewriter
    {
        private enum Kind
        {
            Unchanged,
            Changed,
            False,
            True,

            /// <summary>A <c>bool?</c> that can no longer be true: <c>country?.Equals("IR")</c> without IR.</summary>
            NeverTrue,

            Fail,
        }

        private readonly HashSet<ExpressionSyntax> _targets;
        private readonly HashSet<ExpressionSyntax> _consumed = new HashSet<ExpressionSyntax>();
        private readonly List<TextSpan> _deletions = new List<TextSpan>();

        private ConditionRewriter(IEnumerable<ExpressionSyntax> targets) => _targets = new HashSet<ExpressionSyntax>(targets);

        /// <summary>
        /// Plans the removal of <paramref name="targets"/> (constants inside <paramref name="gate"/>, a condition or
        /// part of one) from the condition that holds it; null when that cannot be done exactly.
        /// </summary>
        public static DocumentEdit? Plan(SourceText text, ExpressionSyntax gate, IReadOnlyCollection<ExpressionSyntax> targets)
        {
            if (targets.Count == 0)
            {
                return null;
            }

            var top = TopOf(gate);
            var rewriter = new ConditionRewriter(targets);
            var result = rewriter.Visit(top);
            if (result is Kind.Fail or Kind.Unchanged or Kind.NeverTrue || !rewriter._targets.SetEquals(rewriter._consumed))
            {
                return null;
            }

            return result == Kind.Changed
                ? DocumentEdit.Delete(rewriter._deletions)
                : Constant(text, top, result == Kind.True);
        }

        /// <summary>The comparison, call or pattern test that compares a constant with the signal.</summary>
        public static ExpressionSyntax? AtomOf(ExpressionSyntax constant)
        {
            SyntaxNode node = constant;
            while (node.Parent is ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            switch (node.Parent)
            {
                case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression):
                    return binary;
                case ConstantPatternSyntax pattern:
                    SyntaxNode current = pattern;
                    while (current.Parent is PatternSyntax)
                    {
                        current = current.Parent;
                    }

                    return current.Parent as IsPatternExpressionSyntax;
                case ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax invocation } }:
                    return invocation.Parent is ConditionalAccessExpressionSyntax access && access.WhenNotNull == invocation ? access : invocation;
                case MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax invocation } member when member.Expression == node:
                    return invocation;
                default:
                    return null;
            }
        }

        /// <summary>The whole boolean condition a gate is part of: up through parentheses, <c>!</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>== true</c>.</summary>
        private static ExpressionSyntax TopOf(ExpressionSyntax gate)
        {
            var current = gate;
            while (true)
            {
                switch (current.Parent)
                {
                    case ParenthesizedExpressionSyntax parenthesized:
                        current = parenthesized;
                        continue;
                    case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                        current = not;
                        continue;
                    case BinaryExpressionSyntax logical when logical.IsKind(SyntaxKind.LogicalOrExpression) || logical.IsKind(SyntaxKind.LogicalAndExpression):
                        current = logical;
                        continue;
                    case BinaryExpressionSyntax comparison when IsEquality(comparison)
                        && (BoolLiteral(Other(comparison, current)) is not null || (IsCompareCall(current) && IsZero(Other(comparison, current)))):
                        current = comparison;
                        continue;
                    default:
                        return current;
                }
            }
        }

        /// <summary>The condition is now always false (or true): drop the branch no one takes any more.</summary>
        private static DocumentEdit? Constant(SourceText text, ExpressionSyntax top, bool value)
        {
            switch (top.Parent)
            {
                case IfStatementSyntax ifStatement when ifStatement.Condition == top:
                    if (value && ifStatement.Else is null)
                    {
                        // Everybody takes the branch now: usually it leaves, and what follows the if would become unreachable.
                        return null;
                    }

                    var kept = value ? ifStatement.Statement : ifStatement.Else?.Statement;
                    return kept is null ? RemoveIf(text, ifStatement) : ReplaceIf(text, ifStatement, kept);

                case ConditionalExpressionSyntax conditional when conditional.Condition == top:
                    var branch = value ? conditional.WhenTrue : conditional.WhenFalse;
                    if (branch is ThrowExpressionSyntax)
                    {
                        return null;
                    }

                    return value
                        ? DocumentEdit.Delete(new[] { TextSpan.FromBounds(conditional.SpanStart, conditional.WhenTrue.SpanStart), TextSpan.FromBounds(conditional.WhenTrue.Span.End, conditional.Span.End) })
                        : DocumentEdit.Delete(new[] { TextSpan.FromBounds(conditional.SpanStart, conditional.WhenFalse.SpanStart) });

                default:
                    return null;
            }
        }

        private static DocumentEdit? RemoveIf(SourceText text, IfStatementSyntax ifStatement)
        {
            switch (ifStatement.Parent)
            {
                case BlockSyntax or SwitchSectionSyntax:
                    return DocumentEdit.Delete(TextRemoval.Node(text, ifStatement));
                case ElseClauseSyntax elseClause:
                    // "else if (gate) deny;" with nothing after: the else goes.
                    return DocumentEdit.Delete(new[] { TextSpan.FromBounds(elseClause.GetFirstToken().GetPreviousToken().Span.End, elseClause.Span.End) });
                default:
                    return null;
            }
        }

        private static DocumentEdit? ReplaceIf(SourceText text, IfStatementSyntax ifStatement, StatementSyntax kept)
        {
            if (kept is BlockSyntax block)
            {
                if (ifStatement.Parent is not (BlockSyntax or SwitchSectionSyntax))
                {
                    return DocumentEdit.Replace(ifStatement, new[] { block.WithTriviaFrom(ifStatement) });
                }

                if (block.Statements.Count == 0)
                {
                    return DocumentEdit.Delete(TextRemoval.Node(text, ifStatement));
                }

                if (DeclaresNames(block))
                {
                    return DocumentEdit.Replace(ifStatement, new[] { block.WithTriviaFrom(ifStatement) });
                }

                // The block's statements take the place of the if; the formatter indents them where they land.
                return DocumentEdit.Replace(ifStatement, block.Statements);
            }

            if (kept is LocalDeclarationStatementSyntax or LocalFunctionStatementSyntax or LabeledStatementSyntax)
            {
                return null;
            }

            return DocumentEdit.Replace(ifStatement, new[] { kept.WithTriviaFrom(ifStatement) });
        }

        /// <summary>
        /// A block whose statements declare names that would clash with names declared elsewhere in the parent scope,
        /// or whose <c>using</c> declarations would be disposed later once spliced into the parent.
        /// </summary>
        private static bool DeclaresNames(BlockSyntax block)
        {
            var ifStatement = block.Parent is ElseClauseSyntax elseClause ? elseClause.Parent : block.Parent;
            if (ifStatement is null || block.Statements.Any(s => s is LabeledStatementSyntax))
            {
                return true;
            }

            var names = block.Statements
                .SelectMany(s => s.DescendantNodesAndSelf(n => n is not (BlockSyntax or AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax)))
                .SelectMany(DeclaredNames)
                .ToList();
            if (names.Count == 0)
            {
                return false;
            }

            var parent = ifStatement.Parent;
            var scope = parent is SwitchSectionSyntax ? parent.Parent : parent;
            if (scope is null)
            {
                return true;
            }

            var usesUsing = block.Statements.Any(s => s is LocalDeclarationStatementSyntax { UsingKeyword.RawKind: not 0 });
            if (usesUsing && (parent is not BlockSyntax parentBlock || parentBlock.Statements.Last() != ifStatement))
            {
                return true;
            }

            return scope.DescendantNodes().Where(n => !ifStatement.Span.Contains(n.Span)).SelectMany(DeclaredNames).Any(names.Contains);
        }

        private static IEnumerable<string> DeclaredNames(SyntaxNode node) => node switch
        {
            VariableDeclaratorSyntax variable => new[] { variable.Identifier.ValueText },
            SingleVariableDesignationSyntax designation => new[] { designation.Identifier.ValueText },
            LocalFunctionStatementSyntax function => new[] { function.Identifier.ValueText },
            ForEachStatementSyntax loop => new[] { loop.Identifier.ValueText },
            CatchDeclarationSyntax exception => new[] { exception.Identifier.ValueText },
            ParameterSyntax parameter => new[] { parameter.Identifier.ValueText },
            FromClauseSyntax from => new[] { from.Identifier.ValueText },
            LetClauseSyntax let => new[] { let.Identifier.ValueText },
            JoinClauseSyntax join => new[] { join.Identifier.ValueText },
            QueryContinuationSyntax into => new[] { into.Identifier.ValueText },
            _ => Array.Empty<string>(),
        };

        private Kind Visit(ExpressionSyntax expression)
        {
            switch (expression)
            {
                case ParenthesizedExpressionSyntax parenthesized:
                    return Visit(parenthesized.Expression);

                case PrefixUnaryExpressionSyntax not when not.IsKind(SyntaxKind.LogicalNotExpression):
                    return Negate(Visit(not.Operand));

                case BinaryExpressionSyntax disjunction when disjunction.IsKind(SyntaxKind.LogicalOrExpression):
                    return Logical(disjunction, Visit(disjunction.Left), Visit(disjunction.Right), absorbing: Kind.True, neutral: Kind.False);

                case BinaryExpressionSyntax conjunction when conjunction.IsKind(SyntaxKind.LogicalAndExpression):
                    return Logical(conjunction, Visit(conjunction.Left), Visit(conjunction.Right), absorbing: Kind.False, neutral: Kind.True);

                case BinaryExpressionSyntax comparison when IsEquality(comparison):
                    return Comparison(comparison);

                case InvocationExpressionSyntax invocation:
                    return Call(invocation, receiver: invocation.Expression is MemberAccessExpressionSyntax member ? member.Expression : null);

                case ConditionalAccessExpressionSyntax { WhenNotNull: InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax } call } access:
                    var result = Call(call, access.Expression);
                    return result is Kind.False ? Kind.NeverTrue : result is Kind.True ? Kind.Fail : result;

                case IsPatternExpressionSyntax isPattern:
                    var pattern = Pattern(isPattern.Pattern);
                    if (pattern is Kind.False or Kind.True)
                    {
                        return SideEffects.None(isPattern.Expression) ? pattern : Kind.Fail;
                    }

                    return pattern;

                default:
                    return Kind.Unchanged;
            }
        }

        /// <summary><c>a || b</c> (absorbing true, neutral false) and <c>a &amp;&amp; b</c> (absorbing false, neutral true).</summary>
        private Kind Logical(BinaryExpressionSyntax binary, Kind left, Kind right, Kind absorbing, Kind neutral)
        {
            if (left is Kind.Fail or Kind.NeverTrue || right is Kind.Fail or Kind.NeverTrue)
            {
                return Kind.Fail;
            }

            if (left == absorbing)
            {
                // The right-hand side is never evaluated.
                return absorbing;
            }

            if (left == neutral)
            {
                if (right is Kind.False or Kind.True)
                {
                    return right;
                }

                _deletions.Add(TextSpan.FromBounds(binary.Left.SpanStart, binary.Right.SpanStart));
                return Kind.Changed;
            }

            if (right == absorbing)
            {
                return SideEffects.None(binary.Left) ? absorbing : Kind.Fail;
            }

            if (right == neutral)
            {
                _deletions.Add(TextSpan.FromBounds(binary.Left.Span.End, binary.Right.Span.End));
                return Kind.Changed;
            }

            return left == Kind.Unchanged && right == Kind.Unchanged ? Kind.Unchanged : Kind.Changed;
        }

        private static Kind Negate(Kind kind) => kind switch
        {
            Kind.False => Kind.True,
            Kind.True => Kind.False,
            Kind.NeverTrue => Kind.Fail,
            _ => kind,
        };

        private Kind Comparison(BinaryExpressionSyntax comparison)
        {
            var equals = comparison.IsKind(SyntaxKind.EqualsExpression);

            // "gate == true", "gate != false".
            if (BoolLiteral(comparison.Right) is { } rightBool)
            {
                return Compared(Visit(comparison.Left), equals, rightBool);
            }

            if (BoolLiteral(comparison.Left) is { } leftBool)
            {
                return Compared(Visit(comparison.Right), equals, leftBool);
            }

            // "string.Compare(country, "IR", ...) == 0".
            foreach (var (call, zero) in new[] { (comparison.Left, comparison.Right), (comparison.Right, comparison.Left) })
            {
                if (IsCompareCall(call) && IsZero(zero))
                {
                    var result = Call((InvocationExpressionSyntax)Strip(call), receiver: null);
                    return equals ? result : Negate(result);
                }
            }

            foreach (var (constant, other) in new[] { (comparison.Right, comparison.Left), (comparison.Left, comparison.Right) })
            {
                if (IsTarget(constant))
                {
                    if (!SideEffects.None(other) || IsTarget(other))
                    {
                        return Kind.Fail;
                    }

                    _consumed.Add(Strip(constant));
                    return equals ? Kind.False : Kind.True;
                }
            }

            return Kind.Unchanged;
        }

        /// <summary>A gate compared with a boolean literal (<c>gate == true</c>, <c>gate != false</c>).</summary>
        private static Kind Compared(Kind inner, bool equals, bool literal)
        {
            if (inner == Kind.NeverTrue)
            {
                // "country?.Equals("IR") == true": false for null and for false alike; "== false" would still tell null apart.
                return literal ? (equals ? Kind.False : Kind.True) : Kind.Fail;
            }

            return equals == literal ? inner : Negate(inner);
        }

        /// <summary><c>a.Equals("IR")</c>, <c>string.Equals(a, "IR", ...)</c>, <c>a.StartsWith("IR")</c>, <c>User.HasClaim(type, "IR")</c>.</summary>
        private Kind Call(InvocationExpressionSyntax invocation, ExpressionSyntax? receiver)
        {
            var name = invocation.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                MemberBindingExpressionSyntax member => member.Name.Identifier.ValueText,
                _ => null,
            };

            var arguments = invocation.ArgumentList.Arguments.Select(a => a.Expression).ToList();
            var operands = receiver is null ? arguments : arguments.Prepend(receiver).ToList();
            var targets = operands.Where(IsTarget).ToList();
            if (targets.Count == 0)
            {
                return Kind.Unchanged;
            }

            if (name is not ("Equals" or "StartsWith" or "EndsWith" or "Contains" or "HasClaim" or "Compare" or "CompareOrdinal")
                || targets.Count != 1
                || operands.Except(targets).Any(o => !SideEffects.None(o))
                || invocation.ArgumentList.Arguments.Any(a => !a.RefKindKeyword.IsKind(SyntaxKind.None)))
            {
                return Kind.Fail;
            }

            _consumed.Add(Strip(targets[0]));
            return Kind.False;
        }

        /// <summary>Patterns: <see cref="Kind.False"/> matches nothing any more, <see cref="Kind.True"/> matches everything.</summary>
        private Kind Pattern(PatternSyntax pattern)
        {
            switch (pattern)
            {
                case ConstantPatternSyntax constant:
                    if (IsTarget(constant.Expression))
                    {
                        _consumed.Add(Strip(constant.Expression));
                        return Kind.False;
                    }

                    return Kind.Unchanged;

                case ParenthesizedPatternSyntax parenthesized:
                    return Pattern(parenthesized.Pattern);

                case UnaryPatternSyntax not:
                    return Negate(Pattern(not.Pattern));

                case BinaryPatternSyntax binary:
                    var left = Pattern(binary.Left);
                    var right = Pattern(binary.Right);
                    if (left == Kind.Fail || right == Kind.Fail)
                    {
                        return Kind.Fail;
                    }

                    var isOr = binary.IsKind(SyntaxKind.OrPattern);
                    var absorbing = isOr ? Kind.True : Kind.False;
                    var neutral = isOr ? Kind.False : Kind.True;
                    if (left == absorbing || right == absorbing)
                    {
                        return absorbing;
                    }

                    if (left == neutral)
                    {
                        if (right == neutral)
                        {
                            return neutral;
                        }

                        _deletions.Add(TextSpan.FromBounds(binary.Left.SpanStart, binary.Right.SpanStart));
                        return Kind.Changed;
                    }

                    if (right == neutral)
                    {
                        _deletions.Add(TextSpan.FromBounds(binary.Left.Span.End, binary.Right.Span.End));
                        return Kind.Changed;
                    }

                    return left == Kind.Unchanged && right == Kind.Unchanged ? Kind.Unchanged : Kind.Changed;

                default:
                    return Kind.Unchanged;
            }
        }

        /// <summary>
        /// Takes the targets out of a <c>case</c> pattern or a switch arm's pattern: null when that cannot be done
        /// exactly; MatchesNothing when no value matches the pattern any more; else the deletions that narrow it.
        /// </summary>
        public static (bool MatchesNothing, IReadOnlyList<TextSpan> Deletions)? PlanPattern(PatternSyntax pattern, IReadOnlyCollection<ExpressionSyntax> targets)
        {
            var rewriter = new ConditionRewriter(targets);
            var result = rewriter.Pattern(pattern);
            if (!rewriter._targets.SetEquals(rewriter._consumed))
            {
                return null;
            }

            return result switch
            {
                Kind.False => (true, Array.Empty<TextSpan>()),
                Kind.Changed => (false, rewriter._deletions),
                _ => null,
            };
        }

        private bool IsTarget(ExpressionSyntax expression) => _targets.Contains(Strip(expression));

        private static ExpressionSyntax Strip(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }

        private static bool IsEquality(BinaryExpressionSyntax binary) =>
            binary.IsKind(SyntaxKind.EqualsExpression) || binary.IsKind(SyntaxKind.NotEqualsExpression);

        private static ExpressionSyntax Other(BinaryExpressionSyntax binary, ExpressionSyntax side) => binary.Left == side ? binary.Right : binary.Left;

        private static bool? BoolLiteral(ExpressionSyntax expression) => Strip(expression).Kind() switch
        {
            SyntaxKind.TrueLiteralExpression => true,
            SyntaxKind.FalseLiteralExpression => false,
            _ => null,
        };

        private static bool IsZero(ExpressionSyntax expression) =>
            Strip(expression) is LiteralExpressionSyntax { Token.Value: int value } && value == 0;

        private static bool IsCompareCall(ExpressionSyntax expression) =>
            Strip(expression) is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Compare" or "CompareOrdinal" } };
    }
}
