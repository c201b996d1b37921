using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Finds the gate in a condition: a signal compared with jurisdiction identifiers, and which way
    /// users of those jurisdictions make the condition go.
    /// </summary>
    internal sealed class GateFinder
    {
        private readonly SanctionsCompilationContext _context;
        private readonly MethodIndex _index;

        public GateFinder(SanctionsCompilationContext context, MethodIndex index)
        {
            _context = context;
            _index = index;
        }

        public Gate? Find(IOperation condition)
        {
            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Find(not.Operand) is { } inner ? inner.WithPolarity(!inner.JurisdictionTakesTrueBranch) : null;

                case IParenthesizedOperation parenthesized:
                    return Find(parenthesized.Operand);

                case IConversionOperation conversion:
                    return Find(conversion.Operand);

                case IConditionalAccessOperation conditionalAccess:
                    // "country?.Equals("IR")": the comparison sits in the access's WhenNotNull part.
                    return Find(conditionalAccess.WhenNotNull);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } boolComparison
                    when BooleanConstant(boolComparison.RightOperand) is { } expected:
                    // "gate == true", "gate != false" and the like.
                    return Find(boolComparison.LeftOperand) is { } compared
                        ? new Gate(
                            compared.Signal,
                            compared.Jurisdictions,
                            boolComparison,
                            compared.JurisdictionTakesTrueBranch == (expected == (boolComparison.OperatorKind == BinaryOperatorKind.Equals)))
                        : null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    // Jurisdiction users make "A || B" true only when the gated side goes true for them.
                    return Combine(Find(or.LeftOperand), Find(or.RightOperand), requiredPolarity: true, or);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return CombineAnd(Find(and.LeftOperand), Find(and.RightOperand), and);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    return Compare(comparison.LeftOperand, comparison.RightOperand, comparison)
                        ?.WithPolarity(comparison.OperatorKind == BinaryOperatorKind.Equals);

                case IInvocationOperation invocation:
                    return FindInEqualsCall(invocation);

                case IIsPatternOperation isPattern:
                    return FindInPattern(isPattern);

                default:
                    return null;
            }
        }

        private static bool? BooleanConstant(IOperation operation) =>
            SignalClassifier.Unwrap(operation).ConstantValue is { HasValue: true, Value: bool value } ? value : null;

        private static Gate? Combine(Gate? left, Gate? right, bool requiredPolarity, IOperation whole)
        {
            if (left is null || right is null)
            {
                var single = left ?? right;
                return single is not null && single.JurisdictionTakesTrueBranch == requiredPolarity ? single : null;
            }

            return left.JurisdictionTakesTrueBranch == requiredPolarity && right.JurisdictionTakesTrueBranch == requiredPolarity
                ? Merge(left, right, requiredPolarity, whole)
                : null;
        }

        private static Gate? CombineAnd(Gate? left, Gate? right, IOperation whole)
        {
            // "country != IR && country != KP": both gates say "not sanctioned" → jurisdictions take the false branch.
            // "country == IR && isPaid": the gate still singles IR out, under an extra condition.
            if (left is null || right is null)
            {
                return left ?? right;
            }

            return left.JurisdictionTakesTrueBranch == right.JurisdictionTakesTrueBranch
                ? Merge(left, right, left.JurisdictionTakesTrueBranch, whole)
                : null;
        }

        /// <summary>Two gates joined by a logical and/or: one gate over both jurisdiction sets, reported on the whole condition.</summary>
        private static Gate Merge(Gate left, Gate right, bool polarity, IOperation whole)
        {
            var jurisdictions = left.Jurisdictions.AddRange(right.Jurisdictions.Where(j => !left.Jurisdictions.Contains(j)));
            return new Gate(left.Signal, jurisdictions, whole, polarity);
        }

        /// <summary>One side a signal, the other a constant naming a jurisdiction.</summary>
        private Gate? Compare(IOperation left, IOperation right, IOperation comparison)
        {
            var jurisdictions = JurisdictionsOf(right);
            var signalSide = left;
            if (jurisdictions.IsEmpty)
            {
                jurisdictions = JurisdictionsOf(left);
                signalSide = right;
            }

            if (jurisdictions.IsEmpty)
            {
                return null;
            }

            var signal = SignalClassifier.Classify(signalSide, _context, _index);
            return signal is null ? null : new Gate(signal, jurisdictions, comparison, jurisdictionTakesTrueBranch: true);
        }

        /// <summary><c>string.Equals(a, b[, comparison])</c> and <c>a.Equals(b[, comparison])</c>.</summary>
        private Gate? FindInEqualsCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (method.Name != "Equals" || method.ReturnType.SpecialType != SpecialType.System_Boolean)
            {
                return null;
            }

            var arguments = invocation.Arguments;
            if (invocation.Instance is null && arguments.Length >= 2)
            {
                return Compare(arguments[0].Value, arguments[1].Value, invocation);
            }

            if (invocation.Instance is not null && arguments.Length >= 1)
            {
                return Compare(invocation.Instance, arguments[0].Value, invocation);
            }

            return null;
        }

        /// <summary><c>country is "IR" or "KP"</c>, <c>country is not "IR"</c>.</summary>
        private Gate? FindInPattern(IIsPatternOperation isPattern)
        {
            var match = MatchPattern(isPattern.Pattern);
            if (match is null)
            {
                return null;
            }

            var signal = SignalClassifier.Classify(isPattern.Value, _context, _index);
            return signal is null ? null : new Gate(signal, match.Value.Jurisdictions, isPattern, match.Value.Polarity);
        }

        private (ImmutableArray<Jurisdiction> Jurisdictions, bool Polarity)? MatchPattern(IPatternOperation pattern)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    var jurisdictions = JurisdictionsOf(constant.Value);
                    return jurisdictions.IsEmpty ? null : (jurisdictions, true);

                case INegatedPatternOperation negated:
                    return MatchPattern(negated.Pattern) is { } inner ? (inner.Jurisdictions, !inner.Polarity) : null;

                case IBinaryPatternOperation binary:
                    var left = MatchPattern(binary.LeftPattern);
                    var right = MatchPattern(binary.RightPattern);
                    var wanted = binary.OperatorKind == BinaryOperatorKind.Or;
                    if (left is null || right is null)
                    {
                        var single = left ?? right;
                        return single is { } s && s.Polarity == wanted ? s : null;
                    }

                    if (left.Value.Polarity != wanted || right.Value.Polarity != wanted)
                    {
                        return null;
                    }

                    return (left.Value.Jurisdictions.AddRange(right.Value.Jurisdictions.Where(j => !left.Value.Jurisdictions.Contains(j))), wanted);

                default:
                    return null;
            }
        }

        private ImmutableArray<Jurisdiction> JurisdictionsOf(IOperation operation)
        {
            var value = SignalClassifier.Unwrap(operation);
            if (value.ConstantValue is not { HasValue: true, Value: string text })
            {
                return ImmutableArray<Jurisdiction>.Empty;
            }

            var matches = _context.Policy.MatchIdentifier(text);
            if (matches.IsEmpty)
            {
                return ImmutableArray<Jurisdiction>.Empty;
            }

            var result = new List<Jurisdiction>(matches.Length);
            foreach (var match in matches)
            {
                if (!result.Contains(match.Jurisdiction))
                {
                    result.Add(match.Jurisdiction);
                }
            }

            return result.ToImmutableArray();
        }
    }
}
