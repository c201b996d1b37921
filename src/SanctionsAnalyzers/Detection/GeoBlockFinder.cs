using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Engine;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Finds the geo-blocking code paths of one method: gate → path taken by the jurisdiction's users →
    /// action on that path → the feature and its verdicts. Only called for methods that hold a candidate.
    /// </summary>
    internal static class GeoBlockFinder
    {
        public static ImmutableArray<GeoBlock> Find(ISymbol owner, IOperation body, SanctionsCompilationContext context, System.Threading.CancellationToken cancellationToken = default)
        {
            var index = MethodIndex.Build(body);
            var answers = body.Descendants().OfType<IReturnOperation>().Where(r => HostVerdict.AnsweredValue(r) is not null).ToList();
            if (index.Branches.IsEmpty && index.Loops.IsEmpty && answers.Count == 0)
            {
                return ImmutableArray<GeoBlock>.Empty;
            }

            var gates = new GateFinder(context, index, new SignalFinder(context, index), useHelperSummaries: true);
            var ownerName = FeatureResolver.NameOf(owner);
            var features = new Dictionary<IOperation, Feature>();
            var result = ImmutableArray.CreateBuilder<GeoBlock>();

            // Conditions are read on the control flow graph: the path a jurisdiction's users take is the blocks reached only
            // through the gate's edges, so && and || chains, early returns, loops and flags set inside them all come from
            // the graph. The tree walk below reads switch sections and arms, and the conditions of a method or lambda whose
            // graph is not built (over its length or block budget): there the reading stays as it was before the graph.
            var overBudget = new List<TextSpan>();
            var graphed = body.Syntax.Span.Length <= MaxGraphedMethodLength && HoldsAGate(index, gates);
            var flows = graphed ? FlowGateFinder.Find(body, gates, overBudget, cancellationToken) : new List<FlowGateFinder.FlowGate>();
            foreach (var branch in index.Branches)
            {
                if (graphed && branch is IConditionalOperation && !overBudget.Any(span => span.Contains(branch.Syntax.Span)))
                {
                    continue;
                }

                foreach (var (gate, path) in GatedPaths(branch, gates))
                {
                    Judge(gate, path, branch);
                }
            }

            // foreach (var id in logs.Where(e => Blocked.Contains(e.CountryCode)).Select(e => e.MemberId)): the loop visits only
            // the jurisdiction's entries, so its body is their path.
            foreach (var loop in index.Loops)
            {
                if (gates.FilteredEntries(loop.Collection) is { JurisdictionTakesTrueBranch: true } filtered && loop.Body is IBlockOperation { Operations: var statements })
                {
                    Judge(filtered, statements, loop);
                }
            }

            // One action is reported once: the nearest gate before it wins (if (found) over the loop condition that also tests found).
            // The readings of one condition (a country part and a phone-prefix part of one ||) are judged together; a condition
            // judged already keeps the others off its span and its action.
            var judged = result.Select(b => (Span: b.Gate.Comparison.Syntax.Span, Site: (IOperation?)null)).ToList();
            var actions = result.Where(b => b.Action.Operation is not null).GroupBy(b => b.Action.Operation!).ToDictionary(g => g.Key, g => (IOperation?)null);

            // An allow-list reading (everyone the list leaves out) yields to the list's own reading of the same condition:
            // (listed && !allowMode) || (!listed && allowMode) blocks the listed countries in its block mode.
            foreach (var flow in flows.OrderBy(f => f.Gate.Form == GateForm.AllowList).ThenByDescending(f => f.Site.Syntax.SpanStart))
            {
                var span = flow.Gate.Comparison.Syntax.Span;
                if (!judged.Any(j => j.Site == flow.Site ? j.Span == span : j.Span.OverlapsWith(span)) && BranchOf(flow.Site) is { } branch)
                {
                    var before = result.Count;
                    Judge(flow.Gate, flow.Path, branch, flow);
                    if (result.Count > before)
                    {
                        if (result[result.Count - 1].Action.Operation is { } action)
                        {
                            if (actions.TryGetValue(action, out var site) && site != flow.Site)
                            {
                                result.RemoveAt(result.Count - 1);
                                continue;
                            }

                            actions[action] = flow.Site;
                        }

                        judged.Add((span, flow.Site));
                    }
                }
            }

            // A test handed back to the host as the answer to "may this user pass?" (return !Embargoed.Contains(country) in a
            // RequireAssertion lambda or a framework-called check): the jurisdiction's users get the refusing answer.
            foreach (var answer in answers)
            {
                var scope = FeatureScope.Of(answer, owner, ownerName);
                if (gates.Find(HostVerdict.AnsweredValue(answer)!) is not { } found || HostVerdict.AnswerOf(scope, context, cancellationToken) is not { } host
                    || HostVerdict.AsksTheHost(found.Comparison, scope))
                {
                    continue;
                }

                foreach (var gate in found.AllGates())
                {
                    var span = gate.Comparison.Syntax.Span;
                    if (gate.JurisdictionTakesTrueBranch != host.Refusing || judged.Any(j => j.Span.OverlapsWith(span)))
                    {
                        continue;
                    }

                    var action = new GateAction(ActionKind.Deny, "returns " + (host.Refusing ? "true" : "false") + " to the host's " + host.Host, answer);
                    if (!features.TryGetValue(scope.Root, out var feature))
                    {
                        features.Add(scope.Root, feature = FeatureResolver.Resolve(owner, scope, context));
                    }

                    result.Add(new GeoBlock(gate, action, feature, Verdicts(gate, feature, context.Policy), context.Policy.Version, scope.Root));
                    judged.Add((span, null));
                    break;
                }
            }

            // Back in source order, as the tree walk reports.
            var ordered = result.OrderBy(b => b.Gate.Comparison.Syntax.SpanStart).ToList();
            result.Clear();
            result.AddRange(ordered);

            // A local flag set on a gate's path is no action by itself when the flag's own test is judged: that test is the gate.
            result.RemoveAll(block => block.Action.Operation is ISimpleAssignmentOperation { Target: ILocalReferenceOperation flag }
                && result.Any(other => other.Gate.Comparison is ILocalReferenceOperation test && SymbolEqualityComparer.Default.Equals(test.Local, flag.Local)));

            return result.ToImmutable();

            void Judge(Gate gate, IEnumerable<IOperation> path, IOperation branch, FlowGateFinder.FlowGate? flow = null)
            {
                {
                    var scope = FeatureScope.Of(branch, owner, ownerName);
                    var action = new ActionClassifier(context.Types, scope.Symbol as IMethodSymbol).Classify(path);
                    if (action.Kind == ActionKind.Deny && action.Operation is { Parent: IConditionalOperation { Type: not null } } && scope.Symbol is IMethodSymbol answering
                        && context.Callers.AnyCall(answering, cancellationToken))
                    {
                        // listed ? Decision.Blocked() : Decision.Allowed() in a method the project calls: a classifier, whose
                        // callers' tests are the gates. Only an answer handed to the host refuses by itself.
                        action = GateAction.Neutral;
                    }
                    if (gate.Form == GateForm.AllowList && action.Operation is { } recorded
                        && (ApiKnowledge.Embedded.IsInputError(recorded) || (recorded is IReturnOperation && JudgesAValue(scope.Symbol))))
                    {
                        // A model or identity error for a value outside a list of supported countries is input validation (a picker's
                        // check), not a refusal of the jurisdiction: only a list naming it makes the error a block.
                        action = GateAction.Neutral;
                    }

                    if (action.Kind == ActionKind.Neutral && LesserResult.Find(path, scope.Root) is { } lesser)
                    {
                        action = lesser;
                    }

                    if (action.Kind == ActionKind.Neutral && EmptiedValue.Find(path, scope.Root) is { } emptied)
                    {
                        action = emptied;
                    }

                    if (action.Kind == ActionKind.Neutral && HostVerdict.Find(path, scope.Root, scope.Symbol as IMethodSymbol, context, cancellationToken) is { } verdict)
                    {
                        action = verdict;
                    }

                    // foreach (var s in subscribers) { if (s.Country == "IR") continue; Send(s); } and
                    // if (country == "IR") return; await smtp.SendMailAsync(...): what the jurisdiction's users skip is
                    // denied to them, when it uses a service (a country picker leaving out "IR" does not). Read on the
                    // statements first, where the rest of the method or loop turn says what is skipped best.
                    var actor = scope.Symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } ? owner : scope.Symbol;
                    if (action.Kind == ActionKind.Neutral && branch is IConditionalOperation conditional
                        && Skipped(conditional, flow is null ? path : PathOf(conditional, gate.JurisdictionTakesTrueBranch, fallThrough: true)) is { } skipped
                        && FeatureResolver.UsesAService(skipped.Statements, actor, context))
                    {
                        action = new GateAction(ActionKind.Deny, skipped.Leave is IReturnOperation ? "returns before the rest of the method" : "skips the rest of the loop iteration", skipped.Leave);
                    }

                    if (action.Kind == ActionKind.Neutral && flow is not null && EarlyExit.Find(flow, actor, context) is { } exit)
                    {
                        action = exit;
                    }

                    if (action.Kind == ActionKind.Neutral || OthersRefusedFirst(branch, path, scope, context.Types))
                    {
                        return;
                    }

                    if (!features.TryGetValue(scope.Root, out var feature))
                    {
                        features.Add(scope.Root, feature = FeatureResolver.Resolve(owner, scope, context));
                    }

                    // Names that say nothing: what this refusal, or the rest of the users' path, tells them is refused ("Map search is not available").
                    feature = RefusalText.Name(feature, action, path, context.Catalog.Vocabulary) ?? feature;
                    result.Add(new GeoBlock(gate, action, feature, Verdicts(gate, feature, context.Policy), context.Policy.Version, scope.Root));
                }
            }
        }

        /// <summary>
        /// Whether some condition of the method, or a part of one, is a gate: only then is the control flow graph worth
        /// building (the graph's gates, flags and early exits all start from such a test). Keeps the graph off the methods
        /// that merely look like gates (a VAT table keyed by country, a picker). Only the first parts of a condition are
        /// asked (the whole, then its operands): a condition nested a thousand levels deep must not cost a search per level.
        /// </summary>
        private static bool HoldsAGate(MethodIndex index, GateFinder gates) =>
            index.Branches.OfType<IConditionalOperation>().Any(conditional => conditional.Condition.DescendantsAndSelf().Take(MaxConditionParts).Any(part =>
                part is IInvocationOperation or IBinaryOperation or IIsPatternOperation
                    or ILocalReferenceOperation { Type.SpecialType: SpecialType.System_Boolean }
                    or IPropertyReferenceOperation { Type.SpecialType: SpecialType.System_Boolean }
                    or IFieldReferenceOperation { Type.SpecialType: SpecialType.System_Boolean }
                && gates.Find(part) is not null));

        private const int MaxConditionParts = 16;

        /// <summary>
        /// A method longer than this (in characters) gets no graph and is judged by the tree walk: geo-blocks live in short
        /// methods, and generated or pathological bodies (a thousand nested blocks) must not pay for a graph.
        /// </summary>
        private const int MaxGraphedMethodLength = 6000;

        /// <summary>The statement or expression that branches on a gate found in the graph: the nearest enclosing one.</summary>
        private static IOperation? BranchOf(IOperation comparison)
        {
            for (var current = comparison.Parent; current is not null; current = current.Parent)
            {
                if (current is IConditionalOperation or ISwitchOperation or ISwitchExpressionOperation or ILoopOperation)
                {
                    return current;
                }

                if (current is IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation)
                {
                    return null;
                }
            }

            return null;
        }

        /// <summary>Each gate of a branching operation with the operations its jurisdictions' users run.</summary>
        private static IEnumerable<(Gate Gate, IEnumerable<IOperation> Path)> GatedPaths(IOperation branch, GateFinder gates)
        {
            switch (branch)
            {
                case IConditionalOperation conditional:
                    if (gates.Find(conditional.Condition) is { } found)
                    {
                        yield return (found, PathOf(conditional, found.JurisdictionTakesTrueBranch, fallThrough: true));

                        // An allow-list reading of a code list only counts where its own branch denies: the statements
                        // after the if belong to the block-list reading.
                        foreach (var alternative in found.Alternatives)
                        {
                            yield return (alternative, PathOf(conditional, alternative.JurisdictionTakesTrueBranch, fallThrough: alternative.Form != GateForm.AllowList));
                        }
                    }

                    break;

                case ISwitchOperation switchStatement when gates.Signals.Find(switchStatement.Value) is { } signal:
                    foreach (var section in switchStatement.Cases)
                    {
                        var mentions = ImmutableArray.CreateBuilder<JurisdictionMention>();
                        foreach (var clause in section.Clauses)
                        {
                            switch (clause)
                            {
                                case ISingleValueCaseClauseOperation single:
                                    mentions.AddRange(gates.MentionsIn(single.Value, signal));
                                    break;
                                case IPatternCaseClauseOperation patternClause when gates.MatchPattern(patternClause.Pattern, signal) is { Polarity: true } match:
                                    mentions.AddRange(match.Mentions);
                                    break;
                            }
                        }

                        if (mentions.Count > 0)
                        {
                            yield return (new Gate(signal, mentions.ToImmutable(), section.Clauses[0], true, GateForm.Switch), section.Body);
                        }
                    }

                    break;

                case ISwitchExpressionOperation switchExpression when gates.Signals.Find(switchExpression.Value) is { } signal:
                    foreach (var arm in switchExpression.Arms)
                    {
                        if (gates.MatchPattern(arm.Pattern, signal) is { Polarity: true } match)
                        {
                            yield return (new Gate(signal, match.Mentions, arm.Pattern, true, GateForm.Switch), new[] { arm.Value });
                        }
                    }

                    break;
            }
        }

        /// <summary>
        /// The operations run by users the gate singles out: the matching branch, or, when that branch is
        /// empty and the other one always leaves, the statements after the <c>if</c>.
        /// </summary>
        private static IEnumerable<IOperation> PathOf(IConditionalOperation conditional, bool takesTrueBranch, bool fallThrough)
        {
            var branch = takesTrueBranch ? conditional.WhenTrue : conditional.WhenFalse;
            if (branch is not null)
            {
                return new[] { branch };
            }

            if (fallThrough && !takesTrueBranch && AlwaysLeaves(conditional.WhenTrue) && conditional.Parent is IBlockOperation block)
            {
                var following = new List<IOperation>();
                var after = false;
                foreach (var statement in block.Operations)
                {
                    if (after)
                    {
                        following.Add(statement);
                    }
                    else if (statement == conditional)
                    {
                        after = true;
                    }
                }

                return following;
            }

            return ImmutableArray<IOperation>.Empty;
        }

        /// <summary>A check whose name says it judges a value (<c>Iban.IsValid</c>, <c>ValidatePhone</c>): its false refuses input, not a user.</summary>
        private static bool JudgesAValue(ISymbol? scope) =>
            scope is IMethodSymbol method && ActionWords.Embedded.InputCheckPrefixes.Any(prefix => method.Name.StartsWith(prefix, System.StringComparison.Ordinal));

        /// <summary>
        /// <c>if (!Lengths.TryGetValue(country, out var expected)) return false;</c> followed by checks everyone listed goes
        /// through: the jurisdiction's users fall through while everyone else is refused at once, so a refusal further on is
        /// not the country's doing; the country lets them further than others (a table of supported countries naming Iran).
        /// </summary>
        private static bool OthersRefusedFirst(IOperation branch, IEnumerable<IOperation> path, FeatureScope scope, WellKnownTypes types)
        {
            if (branch is not IConditionalOperation { WhenFalse: null } conditional || !AlwaysLeaves(conditional.WhenTrue))
            {
                return false;
            }

            var othersBranch = conditional.WhenTrue;
            if (path.Any(operation => operation == othersBranch || othersBranch.Syntax.Span.Contains(operation.Syntax.Span)))
            {
                return false;
            }

            return new ActionClassifier(types, scope.Symbol as IMethodSymbol).Classify(new[] { othersBranch }).Kind == ActionKind.Deny;
        }

        /// <summary>
        /// The statements a jurisdiction's users skip when their branch does nothing but leave (logging calls first are
        /// allowed): <c>continue</c> of the loop the <c>if</c> is the body of (the rest of the iteration), or a <c>return</c>
        /// without a value from the top level of a method, local function or lambda body (the rest of it). Null for any
        /// other branch: one that does something else first (adds the item to another list) routes, it does not deny.
        /// </summary>
        private static (IOperation Leave, IReadOnlyList<IOperation> Statements)? Skipped(IConditionalOperation conditional, IEnumerable<IOperation> path)
        {
            var taken = path.Take(2).ToList();
            if (taken.Count != 1 || !(taken[0] == conditional.WhenTrue || taken[0] == conditional.WhenFalse) || conditional.Parent is not IBlockOperation body)
            {
                return null;
            }

            var statements = taken[0] is IBlockOperation block ? block.Operations : ImmutableArray.Create(taken[0]);
            if (statements.IsEmpty || !statements.Take(statements.Length - 1).All(IsLoggingOrNotice))
            {
                return null;
            }

            var leave = statements[statements.Length - 1];
            var leavesBody = leave switch
            {
                IBranchOperation { BranchKind: BranchKind.Continue } next => body.Parent is ILoopOperation loop && SymbolEqualityComparer.Default.Equals(next.Target, loop.ContinueLabel),
                IReturnOperation { ReturnedValue: null, Kind: OperationKind.Return } => body.Parent is IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation,
                _ => false,
            };

            return leavesBody ? (leave, body.Operations.SkipWhile(statement => statement != conditional).Skip(1).ToList()) : null;
        }

        /// <summary>
        /// A statement that only records or explains the refusal: a logging call (<c>logger.LogInformation(...)</c>,
        /// <c>Console.WriteLine(...)</c>) or a SignalR message to the refused caller
        /// (<c>await Clients.Caller.SendAsync("SystemNotice", ...)</c>).
        /// </summary>
        internal static bool IsLoggingOrNotice(IOperation statement)
        {
            var operation = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
            if (operation is IAwaitOperation awaited)
            {
                operation = awaited.Operation;
            }

            if (operation is not IInvocationOperation call)
            {
                return false;
            }

            var name = call.TargetMethod.Name;
            if (name.StartsWith("Log", System.StringComparison.Ordinal) || name.StartsWith("Write", System.StringComparison.Ordinal))
            {
                return true;
            }

            var receiver = call.Instance ?? (call.TargetMethod.IsExtensionMethod && call.Arguments.Length > 0 ? call.Arguments[0].Value : null);
            while (receiver is IConversionOperation conversion)
            {
                receiver = conversion.Operand;
            }

            return receiver is IPropertyReferenceOperation { Property.Name: "Caller" } caller
                && caller.Property.ContainingType.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.SignalR";
        }

        private static bool AlwaysLeaves(IOperation operation)
        {
            var last = operation is IBlockOperation block && block.Operations.Length > 0 ? block.Operations[block.Operations.Length - 1] : operation;
            return last is IReturnOperation || last is IThrowOperation || last is IExpressionStatementOperation { Operation: IThrowOperation }
                || last is IBranchOperation;
        }

        /// <summary>The policy's verdict for each jurisdiction of the gate and each category of the feature (names included: they decide when nothing stronger is found).</summary>
        internal static ImmutableArray<Verdict> Verdicts(Gate gate, Feature feature, Policy.PolicyMap policy)
        {
            var verdicts = ImmutableArray.CreateBuilder<Verdict>();
            foreach (var jurisdiction in gate.Jurisdictions)
            {
                foreach (var evidence in feature.Categories)
                {
                    verdicts.Add(evidence.OutsideAuthorization is { } reason
                        ? new Verdict(VerdictKind.NotCovered, jurisdiction, evidence.Category, reason, Confidence.Confirmed, AuthorizationCondition.None)
                        : policy.Evaluate(jurisdiction, evidence.Category));
                }
            }

            return verdicts.ToImmutable();
        }
    }
}
