using System;
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
    /// Finds the gate in a condition: a signal compared with jurisdiction identifiers, and which way users of
    /// those jurisdictions make the condition go. Understands comparisons, patterns, list membership (block lists
    /// and allow-lists), text matches on prefixes and suffixes, and one level of helper methods.
    /// </summary>
    internal sealed class GateFinder
    {
        private const int MaxLocalDepth = 3;

        private readonly SanctionsCompilationContext _context;
        private readonly MethodIndex _index;
        private readonly SignalFinder _signals;
        private readonly ValueResolver _values;
        private readonly bool _useHelperSummaries;

        private readonly bool _readFlags;

        /// <param name="readFlags">
        /// Whether a bool flag field's own gate is read (<c>if (_unavailable)</c>). Off while a flag's writes are summarised,
        /// so that two flags written from each other cannot summarise each other without end.
        /// </param>
        public GateFinder(SanctionsCompilationContext context, MethodIndex index, SignalFinder signals, bool useHelperSummaries, bool readFlags = true)
        {
            _context = context;
            _index = index;
            _signals = signals;
            _values = new ValueResolver(context, index);
            _useHelperSummaries = useHelperSummaries;
            _readFlags = readFlags;
        }

        public SignalFinder Signals => _signals;

        /// <summary>
        /// The gate in a condition. Answers are kept for this method's analysis: the tree walk, the pre-check for the control
        /// flow graph and the graph itself ask about the same conditions.
        /// </summary>
        public Gate? Find(IOperation condition)
        {
            if (!_found.TryGetValue(condition, out var gate))
            {
                gate = Find(condition, depth: 0);
                _found[condition] = gate;
            }

            return gate;
        }

        private readonly Dictionary<IOperation, Gate?> _found = new Dictionary<IOperation, Gate?>();

        private Gate? Find(IOperation condition, int depth)
        {
            // A pathological condition (thousands of nested parentheses) must not overflow the compiler's stack.
            if (!HasStackRoom())
            {
                return null;
            }

            switch (condition)
            {
                case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not:
                    return Find(not.Operand, depth) is { } inner ? inner.WithPolarity(!inner.JurisdictionTakesTrueBranch) : null;

                case IParenthesizedOperation parenthesized:
                    return Find(parenthesized.Operand, depth);

                case IConversionOperation conversion:
                    return Find(conversion.Operand, depth);

                case IAwaitOperation awaited:
                    // "if (!await IsAllowedAsync(ip))": the awaited check is the gate.
                    return Find(awaited.Operation, depth);

                case IConditionalAccessOperation conditionalAccess:
                    // "country?.Equals("IR")": the comparison sits in the access's WhenNotNull part.
                    return Find(conditionalAccess.WhenNotNull, depth);

                case ILocalReferenceOperation local when depth < MaxLocalDepth && local.Type?.SpecialType == SpecialType.System_Boolean:
                    // "var blocked = country == "IR"; if (blocked) ...": the gate is where the local is computed.
                    return _index.ValuesOf(local.Local).Select(v => Find(v, depth + 1)).FirstOrDefault(g => g is not null);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } boolComparison
                    when BooleanConstant(boolComparison.RightOperand) is { } expected:
                    // "gate == true", "gate != false" and the like.
                    return Find(boolComparison.LeftOperand, depth) is { } compared
                        ? compared.WithComparison(boolComparison, compared.JurisdictionTakesTrueBranch == (expected == (boolComparison.OperatorKind == BinaryOperatorKind.Equals)))
                        : null;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } modeComparison
                    when IsSetting(modeComparison.RightOperand) && modeComparison.LeftOperand.Type?.SpecialType == SpecialType.System_Boolean
                        && Find(modeComparison.LeftOperand, depth) is { } moded:
                    // "list.Contains(iso) == opts.Whitelist": a test compared with a bool setting (fixed per request) reads as
                    // the test under the setting's default, false: block-list mode, as a ternary on the mode is read.
                    return moded.WithComparison(modeComparison, moded.JurisdictionTakesTrueBranch == (modeComparison.OperatorKind == BinaryOperatorKind.NotEquals));

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr or BinaryOperatorKind.ConditionalAnd } logical:
                    return FindInChain(logical, depth);

                case IConditionalOperation { WhenFalse: { } whenFalse, Type.SpecialType: SpecialType.System_Boolean } ternary:
                    // "var reject = allowListMode ? !listed : listed": each arm reads the test under one value of the condition
                    // (a setting, fixed per request); the false arm first, as a setting's default, then the true arm. The
                    // control flow graph reads both arms when it runs.
                    return Find(whenFalse, depth) ?? Find(ternary.WhenTrue, depth);

                case IBinaryOperation relational when CountingTest(relational) is { } counted:
                    // "Array.IndexOf(blocked, country) >= 0", "list.IndexOf(country) == -1", "blocked.Count(c => c == country) > 0":
                    // membership by position or by count.
                    return counted;

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } nullCheck
                    when NullComparedPick(nullCheck.LeftOperand, nullCheck.RightOperand, depth) is { } picked:
                    // "blocked.FirstOrDefault(c => c == country) != null": an entry matched.
                    return picked.WithComparison(nullCheck, nullCheck.OperatorKind == BinaryOperatorKind.NotEquals ? picked.JurisdictionTakesTrueBranch : !picked.JurisdictionTakesTrueBranch);

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } classified
                    when _useHelperSummaries && Classified(classified.LeftOperand, classified.RightOperand, classified) is { } byClassifier:
                    // "Classify(country) == Admission.Embargoed": the arms of the classifier that give that value.
                    return byClassifier.WithPolarity(byClassifier.JurisdictionTakesTrueBranch == (classified.OperatorKind == BinaryOperatorKind.Equals));

                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } comparison:
                    var polarity = comparison.OperatorKind == BinaryOperatorKind.Equals;
                    return (CompareResult(comparison) ?? Compare(comparison.LeftOperand, comparison.RightOperand, comparison, GateForm.Comparison))
                        ?.WithPolarity(polarity);

                case IInvocationOperation invocation:
                    return FindInCall(invocation);

                case IPropertyReferenceOperation { Property.GetMethod: { } getter, Type.SpecialType: SpecialType.System_Boolean } property when _useHelperSummaries:
                    // "if (ReadOnlyRegion)": a bool property of the compilation whose getter is a gate, summarised like a helper;
                    // "if (decision.IsBlocked)": the member of a decision a helper returned.
                    return FromHelper(getter, property, ImmutableArray<IArgumentOperation>.Empty) ?? FromDecision(property)
                        ?? (_readFlags && _context.Helpers.SummarizeFlagProperty(property.Property) is { Gate: var written }
                            ? new Gate(written.Signal, written.Mentions, property, written.JurisdictionTakesTrueBranch, GateForm.Helper, written.UnresolvedList)
                            : null);

                case IIsPatternOperation isPattern:
                    return FindInPattern(isPattern);

                case IFieldReferenceOperation { Field: { Type.SpecialType: SpecialType.System_Boolean } field } flag when _useHelperSummaries && _readFlags:
                    // "if (_unavailable)" where another member set _unavailable = blocked.Contains(country): the flag carries that gate.
                    return _context.Helpers.SummarizeFlag(field) is { Gate: var held }
                        ? new Gate(held.Signal, held.Mentions, flag, held.JurisdictionTakesTrueBranch, GateForm.Helper, held.UnresolvedList)
                        : null;

                case ISwitchExpressionOperation { Type.SpecialType: SpecialType.System_Boolean } choice:
                    return FindInSwitch(choice);

                default:
                    return null;
            }
        }

        /// <summary>
        /// <c>a || b || c</c> nests to the left, one level per operand: walk that spine in a loop, not by recursion, and
        /// combine left to right. Jurisdiction users make "A || B" true only when the gated side goes true for them.
        /// </summary>
        private Gate? FindInChain(IBinaryOperation chain, int depth)
        {
            var kind = chain.OperatorKind;
            var spine = new Stack<IBinaryOperation>();
            IOperation leftmost = chain;
            while (leftmost is IBinaryOperation binary && binary.OperatorKind == kind)
            {
                spine.Push(binary);
                leftmost = binary.LeftOperand;
            }

            var gate = Find(leftmost, depth);

            // "string.IsNullOrEmpty(region) || !Restricted.Contains(region)": a test that the signal is missing is false for
            // every jurisdiction's users, so the other side alone decides for them.
            var onlyMissingTestsSoFar = gate is null && kind == BinaryOperatorKind.ConditionalOr && SaysSignalMissing(leftmost);
            while (spine.Count > 0)
            {
                var level = spine.Pop();
                var right = Find(level.RightOperand, depth);
                if (kind == BinaryOperatorKind.ConditionalOr)
                {
                    // "student is null || !Unavailable.Contains(student.Country)": the holder of the signal is there whenever
                    // the signal names a jurisdiction, so its null test is false for those users too.
                    if (gate is null && right is not null && (onlyMissingTestsSoFar || TestsHolderMissing(leftmost, right)))
                    {
                        gate = right;
                        onlyMissingTestsSoFar = false;
                        continue;
                    }

                    if (gate is not null && right is null && SaysSignalMissing(level.RightOperand))
                    {
                        continue;
                    }

                    onlyMissingTestsSoFar = onlyMissingTestsSoFar && right is null && SaysSignalMissing(level.RightOperand);
                }

                gate = kind == BinaryOperatorKind.ConditionalOr
                    ? Combine(gate, right, requiredPolarity: true, level)
                    : CombineAnd(gate, right, level);
            }

            return gate;
        }

        /// <summary>
        /// A test that the signal is absent (<c>string.IsNullOrEmpty(country)</c>, <c>country == null</c>, <c>country is null</c>,
        /// <c>country == ""</c>): false whenever the signal names a jurisdiction.
        /// </summary>
        private bool SaysSignalMissing(IOperation test)
        {
            switch (SignalFinder.Unwrap(test))
            {
                case IInvocationOperation { TargetMethod: { Name: "IsNullOrEmpty" or "IsNullOrWhiteSpace", ContainingType.SpecialType: SpecialType.System_String }, Arguments.Length: 1 } call:
                    return _signals.Find(call.Arguments[0].Value) is not null;
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } comparison:
                    return (IsNothing(comparison.RightOperand) && _signals.Find(comparison.LeftOperand) is not null)
                        || (IsNothing(comparison.LeftOperand) && _signals.Find(comparison.RightOperand) is not null);
                case IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } isNull when IsNothing(constant):
                    return _signals.Find(isNull.Value) is not null;
                default:
                    return false;
            }
        }

        /// <summary>A null test (<c>x is null</c>, <c>x == null</c>) of the local, parameter, field or property the gate's signal is read from.</summary>
        private static bool TestsHolderMissing(IOperation test, Gate gate)
        {
            var tested = SignalFinder.Unwrap(test) switch
            {
                IIsPatternOperation { Pattern: IConstantPatternOperation { Value: var constant } } isNull when IsNothing(constant) => isNull.Value,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } comparison when IsNothing(comparison.RightOperand) => comparison.LeftOperand,
                IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } comparison when IsNothing(comparison.LeftOperand) => comparison.RightOperand,
                _ => null,
            };

            var holder = tested is null ? null : ReferencedSymbol(SignalFinder.Unwrap(tested));
            return holder is not null && gate.Signal.Operation.DescendantsAndSelf()
                .Any(operation => operation != gate.Signal.Operation && SymbolEqualityComparer.Default.Equals(ReferencedSymbol(operation), holder));
        }

        private static ISymbol? ReferencedSymbol(IOperation operation) => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            IPropertyReferenceOperation { Arguments.IsEmpty: true } property => property.Property,
            _ => null,
        };

        private static bool IsNothing(IOperation operation) =>
            SignalFinder.Unwrap(operation).ConstantValue is { HasValue: true, Value: null or "" };

        private static bool HasStackRoom()
        {
            try
            {
                System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
                return true;
            }
            catch (System.InsufficientExecutionStackException)
            {
                return false;
            }
        }

        /// <summary>A bool setting: a field or property (not a constant, not a method's result) read as it stands.</summary>
        private static bool IsSetting(IOperation operation) =>
            SignalFinder.Unwrap(operation) is IFieldReferenceOperation { Field.IsConst: false, Type.SpecialType: SpecialType.System_Boolean }
                or IPropertyReferenceOperation { Property.IsIndexer: false, Type.SpecialType: SpecialType.System_Boolean };

        private static bool? BooleanConstant(IOperation operation) =>
            SignalFinder.Unwrap(operation).ConstantValue is { HasValue: true, Value: bool value } ? value : null;

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
            // "country != IR && country != KP": both gates say "not sanctioned", so jurisdictions take the false branch.
            // "country == IR && isPaid": the gate still singles IR out, under an extra condition.
            if (left is null || right is null)
            {
                return left ?? right;
            }

            return left.JurisdictionTakesTrueBranch == right.JurisdictionTakesTrueBranch
                ? Merge(left, right, left.JurisdictionTakesTrueBranch, whole)
                : null;
        }

        /// <summary>
        /// Two gates joined by a logical and/or: one gate over both jurisdiction sets, reported on the whole condition.
        /// A proxy and a location signal stay separate gates, so that each rule sees its own.
        /// </summary>
        private static Gate Merge(Gate left, Gate right, bool polarity, IOperation whole)
        {
            if (left.Signal.Kind.IsProxy() != right.Signal.Kind.IsProxy())
            {
                var primary = left.Signal.Kind.IsProxy() ? right : left;
                var secondary = left.Signal.Kind.IsProxy() ? left : right;
                return primary.WithComparison(primary.Comparison, polarity).WithAlternatives(secondary.WithComparison(secondary.Comparison, polarity).AllGates());
            }

            return new Gate(left.Signal, left.Mentions.AddRange(right.Mentions), whole, polarity, left.Form, left.UnresolvedList ?? right.UnresolvedList, left.Alternatives.AddRange(right.Alternatives));
        }

        /// <summary>One side a signal, the other a constant naming a jurisdiction.</summary>
        private Gate? Compare(IOperation left, IOperation right, IOperation comparison, GateForm form)
        {
            var signal = _signals.Find(left);
            var other = right;
            if (signal is null)
            {
                signal = _signals.Find(right);
                other = left;
            }

            if (signal is null)
            {
                return null;
            }

            var mentions = MentionsIn(other, signal);
            return mentions.IsEmpty ? null : new Gate(signal, mentions, comparison, jurisdictionTakesTrueBranch: true, form);
        }

        /// <summary>
        /// <c>Classify(country) == Admission.Embargoed</c> (either side): a classifier of the compilation handed the signal,
        /// compared with one of its results. The jurisdictions are those of the arms giving that result; where the default
        /// arm gives it, those of the other arms, whose users then take the false branch.
        /// </summary>
        private Gate? Classified(IOperation left, IOperation right, IOperation comparison)
        {
            var call = SignalFinder.Unwrap(left) as IInvocationOperation;
            var result = right;
            if (call is null)
            {
                call = SignalFinder.Unwrap(right) as IInvocationOperation;
                result = left;
            }

            if (call is null || SignalFinder.Unwrap(result).ConstantValue is not { HasValue: true } expected
                || _context.Classifiers.Summarize(call.TargetMethod) is not { } summary
                || call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == summary.ParameterOrdinal) is not { } argument
                || _signals.Find(argument.Value) is not { } signal)
            {
                return null;
            }

            var giving = ImmutableArray.CreateBuilder<JurisdictionMention>();
            var other = ImmutableArray.CreateBuilder<JurisdictionMention>();
            var defaultGives = false;
            foreach (var arm in summary.Arms)
            {
                var gives = Equals(arm.Value, expected.Value);
                if (arm.IsDefault)
                {
                    defaultGives = gives;
                    break;
                }

                if (MatchPattern(arm.Pattern, signal) is { Polarity: true } match)
                {
                    (gives ? giving : other).AddRange(match.Mentions);
                }
            }

            var mentions = defaultGives ? other.ToImmutable() : giving.ToImmutable();
            return mentions.IsEmpty ? null : new Gate(signal, mentions, comparison, jurisdictionTakesTrueBranch: !defaultGives, GateForm.Helper);
        }

        /// <summary><c>string.Compare(country, "IR", ...) == 0</c>.</summary>
        private Gate? CompareResult(IBinaryOperation comparison)
        {
            var call = SignalFinder.Unwrap(comparison.LeftOperand) as IInvocationOperation;
            var zero = comparison.RightOperand;
            if (call is null)
            {
                call = SignalFinder.Unwrap(comparison.RightOperand) as IInvocationOperation;
                zero = comparison.LeftOperand;
            }

            if (call is null || call.TargetMethod.Name is not ("Compare" or "CompareOrdinal")
                || call.TargetMethod.ContainingType.SpecialType != SpecialType.System_String || call.Arguments.Length < 2
                || SignalFinder.Unwrap(zero).ConstantValue is not { HasValue: true, Value: 0 })
            {
                return null;
            }

            return Compare(call.Arguments[0].Value, call.Arguments[1].Value, comparison, GateForm.Comparison);
        }

        private Gate? FindInCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var receiver = SignalFinder.ReceiverOfCall(invocation);
            var arguments = method.IsExtensionMethod && invocation.Instance is null ? invocation.Arguments.RemoveAt(0) : invocation.Arguments;

            // Membership by predicate ('exists' rows): Array.Exists(blocked, c => c == country), blocked.Any(phone.StartsWith),
            // blocked.Where(c => c == country).Any().
            if (ApiKnowledge.Embedded.RoleOf(method) == ApiRole.Exists && PredicateMembership(invocation) is { } byPredicate)
            {
                return byPredicate;
            }

            if (ApiKnowledge.Embedded.RoleOf(method) == ApiRole.EnumMember)
            {
                return EnumMembership(invocation);
            }

            // providers.Any(p => p.IsBlocked(normalized)): a predicate that is itself a gate on a signal, whatever the entry.
            if (ApiKnowledge.Embedded.RoleOf(method) == ApiRole.Exists && GateInPredicate(invocation) is { } inPredicate)
            {
                return inPredicate;
            }

            switch (method.Name)
            {
                case "Equals" when method.ReturnType.SpecialType == SpecialType.System_Boolean:
                    if (method.IsStatic && !method.IsExtensionMethod && invocation.Arguments.Length >= 2)
                    {
                        return Compare(invocation.Arguments[0].Value, invocation.Arguments[1].Value, invocation, GateForm.Comparison);
                    }

                    return receiver is not null && arguments.Length >= 1 ? Compare(receiver, arguments[0].Value, invocation, GateForm.Comparison) : null;

                case "StartsWith" or "EndsWith" when receiver?.Type?.SpecialType == SpecialType.System_String && arguments.Length >= 1:
                case "Contains" when receiver?.Type?.SpecialType == SpecialType.System_String && arguments.Length >= 1:
                    return TextMatch(receiver!, arguments[0].Value, invocation);

                case "Contains" or "ContainsKey" or "TryGetValue" or "Exists" or "Any" when receiver is not null && arguments.Length >= 1:
                    return ListMembership(receiver, arguments[0].Value, invocation);

                case "HasClaim" when arguments.Length >= 2:
                    return ClaimGate(invocation, arguments);

                case "IsMatch" or "Match" when method.ContainingType.ToDisplayString() == "System.Text.RegularExpressions.Regex":
                    return RegexMatch(invocation);
            }

            return (_useHelperSummaries ? FromHelper(invocation.TargetMethod, invocation, invocation.Arguments) : null)
                ?? PlaceNamedCheck(invocation);
        }

        /// <summary>
        /// <c>IsIranian(ip)</c>, <c>geo.IsInCuba(country)</c>: a check named after a place and handed a signal or an address.
        /// Its body may be out of sight or beyond the summaries (a range file walked in a loop); its name says whom it singles out.
        /// </summary>
        private Gate? PlaceNamedCheck(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.ReturnsBool())
            {
                return null;
            }

            var places = _context.Places.InIdentifier(method.Name);
            if (places.IsEmpty)
            {
                return null;
            }

            var signal = invocation.Arguments.Select(a => _signals.Find(a.Value) ?? _signals.FindAddress(a.Value)).FirstOrDefault(s => s is not null);
            if (signal is null)
            {
                return null;
            }

            var location = invocation.Syntax.GetLocation();
            var source = "the method name '" + method.Name + "'";
            var mentions = places.Select(p => new JurisdictionMention(p.Jurisdiction, p.Identifier, location, source)).ToImmutableArray();
            return new Gate(signal, mentions, invocation, jurisdictionTakesTrueBranch: true, GateForm.Helper);
        }

        /// <summary>
        /// An index-of or count call (Resources/ApiKnowledge.txt) compared with a constant: a membership test when the
        /// comparison tells "found" (an index from 0, a count from 1) from "absent" (-1, or a count of 0), whichever way it
        /// is written (<c>&gt;= 0</c>, <c>!= -1</c>, <c>&gt; 0</c>, <c>== 0</c>); the gate holds the whole comparison.
        /// </summary>
        private Gate? CountingTest(IBinaryOperation relational)
        {
            var (call, constant, callOnLeft) = SignalFinder.Unwrap(relational.LeftOperand) is IInvocationOperation left
                ? (left, relational.RightOperand.ConstantValue, true)
                : (SignalFinder.Unwrap(relational.RightOperand) as IInvocationOperation, relational.LeftOperand.ConstantValue, false);
            if (call is null || !constant.HasValue || constant.Value is not (int or long))
            {
                return null;
            }

            var bound = System.Convert.ToInt64(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
            var role = ApiKnowledge.Embedded.RoleOf(call.TargetMethod);
            var (found, found2, absent) = role switch
            {
                ApiRole.IndexOf => (0L, 5L, -1L),
                ApiRole.Count => (1L, 5L, 0L),
                _ => (0L, 0L, 0L),
            };
            if (role is not (ApiRole.IndexOf or ApiRole.Count))
            {
                return null;
            }

            bool? Holds(long value) => relational.OperatorKind switch
            {
                BinaryOperatorKind.Equals => value == bound,
                BinaryOperatorKind.NotEquals => value != bound,
                BinaryOperatorKind.GreaterThan => callOnLeft ? value > bound : bound > value,
                BinaryOperatorKind.GreaterThanOrEqual => callOnLeft ? value >= bound : bound >= value,
                BinaryOperatorKind.LessThan => callOnLeft ? value < bound : bound < value,
                BinaryOperatorKind.LessThanOrEqual => callOnLeft ? value <= bound : bound <= value,
                _ => null,
            };

            // Two "found" values must read alike, and unlike "absent"; otherwise it is no membership test.
            if (Holds(found) is not { } whenFound || Holds(found2) != whenFound || Holds(absent) is not { } whenAbsent || whenAbsent == whenFound)
            {
                return null;
            }

            Gate? member;
            if (role == ApiRole.Count)
            {
                member = PredicateMembership(call);
            }
            else
            {
                var arguments = call.Arguments;
                var (collection, item) = call.Instance is { } instance
                    ? (instance, arguments.Length > 0 ? arguments[0].Value : null)
                    : (arguments.Length > 0 ? arguments[0].Value : null, arguments.Length > 1 ? arguments[1].Value : null);
                member = collection is null || item is null ? null : ListMembership(collection, item, call);
            }

            return member?.WithComparison(relational, whenFound ? member.JurisdictionTakesTrueBranch : !member.JurisdictionTakesTrueBranch);
        }

        /// <summary>
        /// Membership by a predicate: the call's collection (its instance, or the first argument of a static or extension
        /// method) and the predicate among its arguments; with no predicate, that of a filter it is called on
        /// (<c>blocked.Where(c =&gt; c == country).Any()</c>). The gate reads "true when an entry matches".
        /// </summary>
        private Gate? PredicateMembership(IInvocationOperation call)
        {
            var (collection, rest) = CollectionAndArguments(call);
            if (collection is null)
            {
                return null;
            }

            if (rest.FirstOrDefault(a => IsPredicate(a.Value)) is { } predicate)
            {
                return ListMembership(collection, predicate.Value, call);
            }

            if (rest.IsEmpty && SignalFinder.Unwrap(collection) is IInvocationOperation filter && ApiKnowledge.Embedded.RoleOf(filter.TargetMethod) == ApiRole.Filter)
            {
                var (filtered, filterArguments) = CollectionAndArguments(filter);
                var filterPredicate = filterArguments.FirstOrDefault(a => IsPredicate(a.Value));
                return filtered is null || filterPredicate is null ? null : ListMembership(filtered, filterPredicate.Value, call);
            }

            return null;
        }

        /// <summary>
        /// A predicate whose body is a gate (<c>providers.Any(p =&gt; p.IsBlocked(phone))</c>, <c>participants.Any(p =&gt;
        /// p.CountryCode == "IR")</c>): "some entry says so" is that gate, for the jurisdiction's users as for the body.
        /// </summary>
        private Gate? GateInPredicate(IInvocationOperation call)
        {
            if (PredicateGate(call) is not { } found)
            {
                return null;
            }

            // Blocked.Any(c => c == country) tests the country against a list; participants.Any(p => p.CountryCode == "IR") tests
            // whether some entry's own country is the jurisdiction's: either way the jurisdiction's users make it true.
            return found.Gate.WithComparison(call, found.Gate.JurisdictionTakesTrueBranch);
        }

        /// <summary>
        /// The gate a one-expression lambda handed to <paramref name="call"/> returns, and whether its signal is the entry
        /// the lambda is handed (<c>e =&gt; Blocked.Contains(e.CountryCode)</c>) rather than a value from outside.
        /// </summary>
        private (Gate Gate, bool OnEntry)? PredicateGate(IInvocationOperation call)
        {
            var lambda = call.Arguments.Select(a => SignalFinder.Unwrap(a.Value) is IDelegateCreationOperation { Target: var target } ? target : SignalFinder.Unwrap(a.Value))
                .OfType<IAnonymousFunctionOperation>().FirstOrDefault();
            if (lambda?.Body.Operations.FirstOrDefault() is not IReturnOperation { ReturnedValue: { } returned } || lambda.Body.Operations.Length != 1
                || Find(returned) is not { } gate)
            {
                return null;
            }

            var onEntry = gate.Signal.Operation.DescendantsAndSelf().Any(o => o is IParameterReferenceOperation p && lambda.Symbol.Parameters.Contains(p.Parameter, SymbolEqualityComparer.Default));
            return (gate, onEntry);
        }

        /// <summary>
        /// <c>foreach (var id in entries.Where(e =&gt; Blocked.Contains(e.CountryCode)).Select(e =&gt; e.MemberId).ToList())</c>:
        /// every item the loop visits passed the filter's gate on the entry's own signal, so the loop body is the
        /// jurisdiction's path. Followed back through locals and the steps that keep only the source's entries
        /// (<c>entries-of</c> rows: Select, Distinct, ToList...), a bounded number of steps.
        /// </summary>
        public Gate? FilteredEntries(IOperation collection)
        {
            var current = SignalFinder.Unwrap(collection);
            for (var step = 0; step < MaxEntrySteps && current is not null; step++)
            {
                switch (current)
                {
                    case ILocalReferenceOperation local when _index.ValuesOf(local.Local) is { Count: 1 } values:
                        current = SignalFinder.Unwrap(values[0]);
                        break;

                    case IInvocationOperation call when ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Filter:
                        if (EntryGate(call) is { } gate)
                        {
                            return gate;
                        }

                        current = SourceOf(call);
                        break;

                    case IInvocationOperation call when ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.EntriesOf:
                        current = SourceOf(call);
                        break;

                    default:
                        return null;
                }
            }

            return null;

            static IOperation? SourceOf(IInvocationOperation call) =>
                call.Instance is { } instance ? SignalFinder.Unwrap(instance)
                : call.Arguments.Length > 0 ? SignalFinder.Unwrap(call.Arguments[0].Value)
                : null;
        }

        private const int MaxEntrySteps = 8;

        /// <summary>A filter's predicate that tests the entry's own signal (<c>e =&gt; Blocked.Contains(e.CountryCode)</c>).</summary>
        private Gate? EntryGate(IInvocationOperation call) => PredicateGate(call) is { OnEntry: true } found ? found.Gate : null;

        /// <summary>An entry picked by a predicate (a 'transfer' row handed one: FirstOrDefault, SingleOrDefault), or a local holding one.</summary>
        private Gate? Pick(IOperation operation, int depth)
        {
            // Not SignalFinder.Unwrap: it would look through the pick itself, a transfer.
            var value = operation;
            while (value is IConversionOperation or IParenthesizedOperation)
            {
                value = value is IConversionOperation conversion ? conversion.Operand : ((IParenthesizedOperation)value).Operand;
            }

            if (value is ILocalReferenceOperation local && depth < MaxLocalDepth)
            {
                return _index.ValuesOf(local.Local).Select(v => Pick(v, depth + 1)).FirstOrDefault(g => g is not null);
            }

            if (value is IConditionalOperation { WhenFalse: { } whenFalse } ternary && depth < MaxLocalDepth)
            {
                // code is null ? null : blocked.FirstOrDefault(...): either branch may pick.
                return Pick(ternary.WhenTrue, depth + 1) ?? Pick(whenFalse, depth + 1);
            }

            return value is IInvocationOperation call && ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Transfer ? PredicateMembership(call) : null;
        }

        /// <summary><c>pick != null</c> / <c>null == pick</c>: the pick's gate, "true when an entry matches".</summary>
        private Gate? NullComparedPick(IOperation left, IOperation right, int depth)
        {
            var (other, isNull) = IsNullConstant(right) ? (left, true) : (right, IsNullConstant(left));
            return isNull ? Pick(other, depth) : null;
        }

        private static bool IsNullConstant(IOperation operation) =>
            operation.ConstantValue is { HasValue: true, Value: null } || (operation is IConversionOperation conversion && conversion.Operand.ConstantValue is { HasValue: true, Value: null });

        private static (IOperation? Collection, ImmutableArray<IArgumentOperation> Others) CollectionAndArguments(IInvocationOperation call) =>
            call.Instance is { } instance ? (instance, call.Arguments)
            : call.Arguments.Length > 0 ? (call.Arguments[0].Value, call.Arguments.RemoveAt(0))
            : (null, ImmutableArray<IArgumentOperation>.Empty);

        private static bool IsPredicate(IOperation operation) =>
            operation is IDelegateCreationOperation or IAnonymousFunctionOperation
            || (operation is IConversionOperation { Operand: IDelegateCreationOperation or IAnonymousFunctionOperation });

        /// <summary><c>phone.StartsWith("+98")</c>, <c>email.EndsWith(".ir")</c>, <c>countryName.Contains("Iran")</c>.</summary>
        private Gate? TextMatch(IOperation receiver, IOperation argument, IInvocationOperation invocation)
        {
            var signal = _signals.Find(receiver);
            if (signal is null)
            {
                return null;
            }

            var mentions = MentionsIn(argument, signal);
            return mentions.IsEmpty ? null : new Gate(signal, mentions, invocation, jurisdictionTakesTrueBranch: true, GateForm.TextMatch);
        }

        /// <summary>
        /// <c>Regex.IsMatch(phone, @"^\+98")</c>, <c>IranianTld.IsMatch(domain)</c> with <c>new Regex(@"\.ir$")</c>: a pattern
        /// that is literal text anchored at the start or the end (alternatives allowed) matches that prefix or suffix, read
        /// like <c>StartsWith</c>/<c>EndsWith</c>. Any other pattern is left alone.
        /// </summary>
        private Gate? RegexMatch(IInvocationOperation invocation)
        {
            var input = invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "input")?.Value;
            var signal = input is null ? null : _signals.Find(input);
            if (signal is null)
            {
                return null;
            }

            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            foreach (var (pattern, location) in RegexPatterns(invocation))
            {
                foreach (var literal in RegexLiterals.AnchoredLiterals(pattern))
                {
                    AddMentions(mentions, literal, location, signal);
                }
            }

            return mentions.Count == 0 ? null : new Gate(signal, mentions.ToImmutable(), invocation, jurisdictionTakesTrueBranch: true, GateForm.TextMatch);
        }

        /// <summary>The pattern of a regex call: its pattern argument, or the constant the instance was created with.</summary>
        private IEnumerable<(string Pattern, Location Location)> RegexPatterns(IInvocationOperation invocation)
        {
            if (invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == "pattern")?.Value is { ConstantValue: { HasValue: true, Value: string direct } } given)
            {
                yield return (direct, given.Syntax.GetLocation());
                yield break;
            }

            switch (invocation.Instance is null ? null : SignalFinder.Unwrap(invocation.Instance))
            {
                case IFieldReferenceOperation { Field: var field } when _context.MemberValues(field, invocation.SemanticModel) is { Unresolved: null } held:
                    foreach (var value in held.Values)
                    {
                        yield return (value.Value, value.Location);
                    }

                    break;
                case ILocalReferenceOperation local:
                    foreach (var created in _index.ValuesOf(local.Local).OfType<IObjectCreationOperation>())
                    {
                        if (created.Arguments.FirstOrDefault(a => a.Parameter?.Name == "pattern")?.Value is { ConstantValue: { HasValue: true, Value: string text } } argument)
                        {
                            yield return (text, argument.Syntax.GetLocation());
                        }
                    }

                    break;
            }
        }

        /// <summary>
        /// <c>Blocked.Contains(country)</c>, <c>Rules.ContainsKey(country)</c>, <c>list.Any(c => c == country)</c>: a block list
        /// when the list names a jurisdiction; an allow-list when it holds country codes and omits every jurisdiction.
        /// </summary>
        private Gate? ListMembership(IOperation collection, IOperation item, IInvocationOperation invocation)
        {
            var isPredicate = IsPredicate(item);
            var signal = isPredicate ? SignalInPredicate(item) : _signals.Find(item);
            if (signal is null)
            {
                // An IP address looked up in a range table: only the table's name or data file says whose ranges they are.
                var address = isPredicate ? AddressInPredicate(item) : _signals.FindAddress(item);
                return address is null ? null : PlaceNamedList(address, collection, invocation);
            }

            var list = _values.Resolve(collection);
            if (list is null)
            {
                return null;
            }

            if (list.Unresolved is not null)
            {
                // A list the analyzer cannot see: its name may still say whose it is (IranCodes); otherwise a gate of
                // unknown jurisdictions when the list is clearly about places.
                // Unseen, it may block the places it lists or let only them in: both readings are kept, and the branch
                // that denies tells which (`if (!countryAllow.Contains(country)) StatusCode = 403`).
                return PlaceNamedList(signal, collection, invocation)
                    ?? (LooksLikeGeoList(collection, list.Unresolved)
                        ? new Gate(signal, ImmutableArray<JurisdictionMention>.Empty, invocation, jurisdictionTakesTrueBranch: true, GateForm.BlockList, list.Unresolved)
                            .WithAlternatives(new[] { new Gate(signal, ImmutableArray<JurisdictionMention>.Empty, invocation, jurisdictionTakesTrueBranch: false, GateForm.AllowList, list.Unresolved) })
                        : null);
            }

            return MembershipIn(list.Values, signal, invocation) ?? PlaceNamedList(signal, collection, invocation);
        }

        /// <summary>
        /// A signal looked up among known values: a block list when they name a jurisdiction, an allow-list when they are
        /// country codes and omit every jurisdiction; null when they say neither.
        /// </summary>
        private Gate? MembershipIn(ImmutableArray<ListValue> values, Signal signal, IInvocationOperation invocation)
        {
            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            foreach (var value in values)
            {
                AddMentions(mentions, value.Value, value.Location, signal);
            }

            if (mentions.Count > 0)
            {
                // A code list that names some jurisdictions may still be an allow-list for the others ({ "US", "DE", "SY" }):
                // which it is shows only in which branch denies, so both readings are kept.
                var blockList = new Gate(signal, mentions.ToImmutable(), invocation, jurisdictionTakesTrueBranch: true, GateForm.BlockList);
                var omitted = OmittedJurisdictions(invocation.Syntax.GetLocation()).Where(o => !mentions.Any(m => m.Jurisdiction == o.Jurisdiction)).ToImmutableArray();
                return IsCodeList(values) && !signal.Kind.IsProxy() && !omitted.IsEmpty
                    ? blockList.WithAlternatives(new[] { new Gate(signal, omitted, invocation, jurisdictionTakesTrueBranch: false, GateForm.AllowList) })
                    : blockList;
            }

            return IsCodeList(values) && !signal.Kind.IsProxy()
                ? new Gate(signal, OmittedJurisdictions(invocation.Syntax.GetLocation()), invocation, jurisdictionTakesTrueBranch: false, GateForm.AllowList)
                : null;
        }

        /// <summary>
        /// <c>Enum.TryParse&lt;EmbargoedRegion&gt;(country, out _)</c>, <c>Enum.IsDefined(typeof(Blocked), code)</c> (the
        /// <c>enum-member</c> rows): a signal parsed into an enum is looked up among the enum's member names, a list like any other.
        /// </summary>
        private Gate? EnumMembership(IInvocationOperation invocation)
        {
            var enumType = invocation.TargetMethod.TypeArguments.FirstOrDefault(t => t.TypeKind == TypeKind.Enum)
                ?? invocation.Arguments.Select(a => SignalFinder.Unwrap(a.Value)).OfType<ITypeOfOperation>().Select(t => t.TypeOperand).FirstOrDefault(t => t.TypeKind == TypeKind.Enum);
            if (enumType is null)
            {
                return null;
            }

            foreach (var argument in invocation.Arguments)
            {
                // IsDefined takes the text as an object: the signal is under the conversion.
                if (SignalFinder.Unwrap(argument.Value).Type?.SpecialType == SpecialType.System_String && _signals.Find(argument.Value) is { } signal)
                {
                    var members = enumType.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue && !f.Locations.IsEmpty)
                        .Select(f => new ListValue(f.Name, f.Locations[0])).ToImmutableArray();
                    return MembershipIn(members, signal, invocation);
                }
            }

            return null;
        }

        /// <summary>
        /// A list known only by name: the member or local named after a place (<c>IranBlocks</c>, <c>_iranRanges</c>) or a
        /// data file its entries come from (<c>RangeTable.Load("geo/ir.csv")</c>). Name evidence, worded as such.
        /// </summary>
        private Gate? PlaceNamedList(Signal signal, IOperation collection, IInvocationOperation invocation)
        {
            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            if (NameOf(collection) is { } name)
            {
                var source = "the name '" + name + "'";
                foreach (var (jurisdiction, identifier) in _context.Places.InIdentifier(name))
                {
                    mentions.Add(new JurisdictionMention(jurisdiction, identifier, collection.Syntax.GetLocation(), source));
                }
            }

            if (_values.Resolve(collection) is { Unresolved: null } list)
            {
                foreach (var value in list.Values)
                {
                    foreach (var (jurisdiction, identifier) in _context.Places.InFileName(value.Value))
                    {
                        if (!mentions.Any(m => m.Jurisdiction == jurisdiction))
                        {
                            mentions.Add(new JurisdictionMention(jurisdiction, identifier, value.Location, "the file name '" + value.Value + "'"));
                        }
                    }
                }
            }

            return mentions.Count == 0 ? null : new Gate(signal, mentions.ToImmutable(), invocation, jurisdictionTakesTrueBranch: true, GateForm.BlockList);
        }

        /// <summary><c>block => block.Contains(caller)</c>, <c>r => r.From &lt;= ToNumber(ip)</c>: an address the predicate reads from outside.</summary>
        private Signal? AddressInPredicate(IOperation predicate)
        {
            if (LambdaOf(predicate) is not { } lambda)
            {
                return null;
            }

            foreach (var operation in lambda.Body.Descendants())
            {
                var outside = operation switch
                {
                    ILocalReferenceOperation local => !SymbolEqualityComparer.Default.Equals(local.Local.ContainingSymbol, lambda.Symbol),
                    IParameterReferenceOperation parameter => !SymbolEqualityComparer.Default.Equals(parameter.Parameter.ContainingSymbol, lambda.Symbol),
                    _ => false,
                };
                if (outside && _signals.FindAddress(operation) is { } address)
                {
                    return address;
                }
            }

            return null;
        }

        private static IAnonymousFunctionOperation? LambdaOf(IOperation predicate) => (predicate is IConversionOperation conversion ? conversion.Operand : predicate) switch
        {
            IDelegateCreationOperation { Target: IAnonymousFunctionOperation target } => target,
            IAnonymousFunctionOperation direct => direct,
            _ => null,
        };

        private static string? NameOf(IOperation collection) => SignalFinder.Unwrap(collection) switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation { Property.IsIndexer: false } property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            _ => null,
        };

        /// <summary>The signal compared inside <c>c => c == country</c>.</summary>
        private Signal? SignalInPredicate(IOperation predicate)
        {
            // prefixes.Any(phone.StartsWith), blocked.Any(country.Equals): the method group's receiver is compared with each entry.
            if (predicate is IDelegateCreationOperation { Target: IMethodReferenceOperation { Instance: { } receiver, Method.Name: "Equals" or "StartsWith" or "EndsWith" } })
            {
                return _signals.Find(receiver);
            }

            var lambda = LambdaOf(predicate);
            if (lambda is null)
            {
                return null;
            }

            // The entry itself (r.CountryCode in r => r.CountryCode == code) is not the signal, whatever its name.
            Signal? Outside(IOperation operand) =>
                operand.DescendantsAndSelf().Any(o => o is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter.ContainingSymbol, lambda.Symbol))
                    ? null
                    : _signals.Find(operand);

            foreach (var operation in lambda.Body.Descendants())
            {
                if (operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals && (Outside(equals.LeftOperand) ?? Outside(equals.RightOperand)) is { } compared)
                {
                    return compared;
                }

                // c => c.Equals(country), p => phone.StartsWith(p), b => b.Contains(iso) (a code contains only itself).
                if (operation is IInvocationOperation { TargetMethod.Name: "Equals" or "StartsWith" or "EndsWith" or "Contains" } call)
                {
                    foreach (var argument in call.Arguments)
                    {
                        if (Outside(argument.Value) is { } signal)
                        {
                            return signal;
                        }
                    }

                    if (call.Instance is not null && Outside(call.Instance) is { } instanceSignal)
                    {
                        return instanceSignal;
                    }
                }
            }

            return null;
        }

        /// <summary><c>User.HasClaim(ClaimTypes.Country, "IR")</c>.</summary>
        private Gate? ClaimGate(IInvocationOperation invocation, ImmutableArray<IArgumentOperation> arguments)
        {
            if (arguments[0].Value.ConstantValue is not { HasValue: true, Value: string claimType }
                || !_context.Signals.Claims.TryGetValue(claimType, out var kind))
            {
                return null;
            }

            var signal = new Signal(kind, "claim " + claimType, invocation);
            var mentions = MentionsIn(arguments[1].Value, signal);
            return mentions.IsEmpty ? null : new Gate(signal, mentions, invocation, jurisdictionTakesTrueBranch: true, GateForm.Comparison);
        }

        /// <summary>
        /// <c>decision.IsBlocked</c> where <c>var decision = await _geo.EvaluateAsync(ip);</c> (or the call itself): the helper's
        /// decision object answers with that member.
        /// </summary>
        private Gate? FromDecision(IPropertyReferenceOperation member)
        {
            var holder = member.Instance is null ? null : SignalFinder.Unwrap(member.Instance);
            if (holder is ILocalReferenceOperation local && _index.ValuesOf(local.Local) is { Count: 1 } values)
            {
                holder = SignalFinder.Unwrap(values[0]);
            }

            if (holder is IAwaitOperation awaited)
            {
                holder = SignalFinder.Unwrap(awaited.Operation);
            }

            return holder is IInvocationOperation call ? FromHelper(call.TargetMethod, member, call.Arguments, member.Property) : null;
        }

        /// <summary><c>IsSanctioned(country)</c>, <c>GeoPolicy.IsBlocked(HttpContext)</c>: a helper of this compilation whose result is a gate.</summary>
        private Gate? FromHelper(IMethodSymbol helper, IOperation invocation, ImmutableArray<IArgumentOperation> arguments, IPropertySymbol? member = null)
        {
            var summary = member is null ? _context.Helpers.Summarize(helper, invocation.SemanticModel) : _context.Helpers.SummarizeMember(helper, member, invocation.SemanticModel);
            if (summary is null)
            {
                return null;
            }

            Signal? signal;
            if (summary.ParameterOrdinal is { } ordinal)
            {
                var argument = arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal);
                signal = argument is null ? null : _signals.Find(argument.Value);
                if (signal is null)
                {
                    return null;
                }

                // The helper matched every identifier form; keep those the caller's signal can mean.
                var kept = summary.Gate.Mentions.Where(m => signal.Kind.Accepts(m.Identifier.Kind)).ToImmutableArray();
                if (kept.IsEmpty && summary.Gate.UnresolvedList is null)
                {
                    return null;
                }

                return new Gate(signal, kept, invocation, summary.Gate.JurisdictionTakesTrueBranch, GateForm.Helper, summary.Gate.UnresolvedList);
            }

            signal = summary.Gate.Signal;
            return new Gate(signal, summary.Gate.Mentions, invocation, summary.Gate.JurisdictionTakesTrueBranch, GateForm.Helper, summary.Gate.UnresolvedList);
        }

        /// <summary><c>country is "IR" or "KP"</c>, <c>country is not "IR"</c>, <c>user.Country is Country.Iran</c>.</summary>
        private Gate? FindInPattern(IIsPatternOperation isPattern)
        {
            // "restriction is not null" where restriction = blocked.FirstOrDefault(r => r == code): an entry matched.
            var matched = isPattern.Pattern switch
            {
                IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } => false,
                INegatedPatternOperation { Pattern: IConstantPatternOperation { Value.ConstantValue: { HasValue: true, Value: null } } } => true,
                IRecursivePatternOperation { DeconstructionSubpatterns.IsEmpty: true, PropertySubpatterns.IsEmpty: true } => true,
                _ => (bool?)null,
            };
            if (matched is { } found && Pick(isPattern.Value, depth: 0) is { } picked)
            {
                return picked.WithComparison(isPattern, found ? picked.JurisdictionTakesTrueBranch : !picked.JurisdictionTakesTrueBranch);
            }

            var signal = _signals.Find(isPattern.Value);
            if (signal is null)
            {
                return null;
            }

            var match = MatchPattern(isPattern.Pattern, signal);
            return match is null ? null : new Gate(signal, match.Value.Mentions, isPattern, match.Value.Polarity, GateForm.Comparison);
        }

        /// <summary>
        /// <c>country.ToUpperInvariant() switch { "IR" or "CU" =&gt; true, _ =&gt; false }</c>: a bool switch over a signal is
        /// a membership test, in a condition, a local or a helper's return. The arms naming jurisdictions all give one
        /// answer and the default arm the other; that answer is the jurisdiction's. A guarded arm
        /// (<c>var n when n.EndsWith("-IR")</c>) adds nothing and takes nothing away; a computed answer is not read.
        /// </summary>
        private Gate? FindInSwitch(ISwitchExpressionOperation choice)
        {
            if (_signals.Find(choice.Value) is not { } signal)
            {
                return null;
            }

            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            bool? listed = null;
            bool? others = null;
            foreach (var arm in choice.Arms)
            {
                if (SignalFinder.Unwrap(arm.Value).ConstantValue is not { HasValue: true, Value: bool answer })
                {
                    return null;
                }

                if (arm.Guard is not null)
                {
                    continue;
                }

                if (arm.Pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true })
                {
                    others = answer;
                }
                else if (MatchPattern(arm.Pattern, signal) is { Polarity: true, Mentions.Length: > 0 } match)
                {
                    if (listed is not null && listed != answer)
                    {
                        return null;
                    }

                    listed = answer;
                    mentions.AddRange(match.Mentions);
                }
            }

            return listed is { } forThem && others is { } forOthers && forThem != forOthers
                ? new Gate(signal, mentions.ToImmutable(), choice, forThem, GateForm.Switch)
                : null;
        }

        /// <summary>The jurisdictions a pattern singles out and whether matching means "is the jurisdiction".</summary>
        public (ImmutableArray<JurisdictionMention> Mentions, bool Polarity)? MatchPattern(IPatternOperation pattern, Signal signal)
        {
            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    var mentions = MentionsIn(constant.Value, signal);
                    return mentions.IsEmpty ? null : (mentions, true);

                case INegatedPatternOperation negated:
                    return MatchPattern(negated.Pattern, signal) is { } inner ? (inner.Mentions, !inner.Polarity) : null;

                case IBinaryPatternOperation binary:
                    var left = MatchPattern(binary.LeftPattern, signal);
                    var right = MatchPattern(binary.RightPattern, signal);
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

                    return (left.Value.Mentions.AddRange(right.Value.Mentions), wanted);

                default:
                    return null;
            }
        }

        /// <summary>Jurisdictions named by a constant (literal, named constant, enum member, number) that this signal can mean.</summary>
        public ImmutableArray<JurisdictionMention> MentionsIn(IOperation operation, Signal signal)
        {
            var value = SignalFinder.Unwrap(operation);
            // Enum members count by name (Country.Iran), not by their underlying number.
            var text = value is IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum } member
                ? member.Field.Name
                : value.ConstantValue switch
                {
                    { HasValue: true, Value: string s } => s,
                    { HasValue: true, Value: int number } => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => null,
                };

            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            if (text is not null)
            {
                AddMentions(mentions, text, value.Syntax.GetLocation(), signal);
            }
            else if (ElementSource(value) is { } collection && _values.Resolve(collection) is { Unresolved: null } entries)
            {
                // foreach (var prefix in Blocked) if (phone.StartsWith(prefix)), for (...) if (Blocked[i] == country):
                // each entry of the list is compared.
                foreach (var item in entries.Values)
                {
                    AddMentions(mentions, item.Value, item.Location, signal);
                }
            }
            else if (value is IFieldReferenceOperation { Field: { IsStatic: true, IsReadOnly: true } field }
                && field.Type.SpecialType == SpecialType.System_String
                && _context.MemberValues(field, value.SemanticModel) is { Unresolved: null } held)
            {
                // static readonly string Iran = "IR": the value is in the initializer.
                foreach (var item in held.Values)
                {
                    AddMentions(mentions, item.Value, item.Location, signal);
                }
            }

            return mentions.ToImmutable();
        }

        /// <summary>
        /// The list whose entries <paramref name="value"/> stands for: a foreach variable's collection, or a list read at a
        /// position (<c>Blocked[i]</c>, <c>codes.ElementAt(i)</c>), never at a key (a dictionary's value is not its key).
        /// </summary>
        private IOperation? ElementSource(IOperation value) => value switch
        {
            ILocalReferenceOperation loopVariable => _index.LoopCollectionOf(loopVariable.Local),
            IArrayElementReferenceOperation { Indices.Length: 1 } element => element.ArrayReference,
            IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1, Instance: { } list } indexer
                when indexer.Arguments[0].Value.Type?.SpecialType == SpecialType.System_Int32 => list,
            _ => null,
        };

        private void AddMentions(ImmutableArray<JurisdictionMention>.Builder mentions, string text, Location location, Signal signal)
        {
            var anyForm = _signals.IsPlaceholder(signal);
            foreach (var match in _context.Policy.MatchIdentifier(text))
            {
                if ((anyForm || signal.Kind.Accepts(match.Identifier.Kind)) && !mentions.Any(m => m.Jurisdiction == match.Jurisdiction && m.Location == location))
                {
                    mentions.Add(new JurisdictionMention(match.Jurisdiction, match.Identifier, location));
                }
            }
        }

        /// <summary>An allow-list of country codes omits every active jurisdiction it does not name.</summary>
        private ImmutableArray<JurisdictionMention> OmittedJurisdictions(Location location)
        {
            var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
            foreach (var jurisdiction in _context.Policy.Jurisdictions)
            {
                var alpha2 = jurisdiction.Identifiers.FirstOrDefault(i => i.Kind == IdentifierKind.Alpha2);
                if (alpha2 is not null && _context.Policy.GetProgram(jurisdiction).EndedOn is null)
                {
                    mentions.Add(new JurisdictionMention(jurisdiction, alpha2, location));
                }
            }

            return mentions.ToImmutable();
        }

        /// <summary>Two- or three-letter codes ("US", "DEU"): a list of countries rather than of anything else.</summary>
        private static bool IsCodeList(ImmutableArray<ListValue> values) =>
            values.Length > 0 && values.All(v => v.Value.Length is 2 or 3 && v.Value.All(char.IsLetter));

        private static bool LooksLikeGeoList(IOperation collection, string description)
        {
            // A field's own name, or the type that keeps it: _entries of an InMemoryCountryBlockStore.
            var owner = SignalFinder.Unwrap(collection) is IFieldReferenceOperation field ? field.Field.ContainingType.Name : string.Empty;
            var name = NameOf(collection) + " " + description + " " + owner;

            foreach (var word in GeoListWords)
            {
                if (name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static readonly string[] GeoListWords = { "countr", "region", "geo", "sanction", "embargo", "jurisdiction", "territor" };
    }
}
