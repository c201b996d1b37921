using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Engine
{
    /// <summary>
    /// Finds gates on the control flow graph: every conditional branch whose condition is a gate, and every branch on a
    /// bool flag that only a gate's path sets. The path a jurisdiction's users take is the set of blocks reached only
    /// through the gate's edge, so <c>&amp;&amp;</c>/<c>||</c> chains, early returns, loops with <c>break</c> and flags
    /// set inside loops all come from the graph rather than from one reader per statement shape.
    /// </summary>
    internal static class FlowGateFinder
    {
        /// <summary>
        /// A gate found on the graph: the operations its jurisdictions' users run, the work only everyone else runs (null
        /// when the two paths meet again before any of it), and whether the users' path leaves (returns, continues the loop)
        /// rather than joining the rest.
        /// </summary>
        internal sealed class FlowGate
        {
            public FlowGate(Gate gate, IOperation site, IReadOnlyList<IOperation> path, IReadOnlyList<IOperation> skipped, bool leaves)
            {
                Gate = gate;
                Site = site;
                Path = path;
                Skipped = skipped;
                Leaves = leaves;
            }

            public Gate Gate { get; }

            /// <summary>The condition the graph branches on (<c>onList</c> in <c>if (mode ? !onList : onList)</c>), in the tree.</summary>
            public IOperation Site { get; }

            public IReadOnlyList<IOperation> Path { get; }

            public IReadOnlyList<IOperation> Skipped { get; }

            public bool Leaves { get; }
        }

        /// <summary>A region larger than this is not a path a gate guards but the rest of a long method: it is cut.</summary>
        private const int MaxRegionBlocks = 64;

        /// <summary>Graphs larger than this are left to the tree walk (generated state machines, giant switch tables).</summary>
        private const int MaxBlocks = 512;

        /// <summary>
        /// A graph with more gated branches than this is left to the tree walk: each costs two walks of the graph, and such
        /// methods are generated or pathological, not a product's geo-block.
        /// </summary>
        private const int MaxGatedBranches = 32;

        /// <summary>
        /// The gates of the body's graphs (the method's, its lambdas' and local functions'). A graph over the block or branch
        /// budget is not read: its span goes to <paramref name="overBudget"/>, for the caller to judge another way.
        /// </summary>
        public static List<FlowGate> Find(IOperation body, GateFinder gates, List<TextSpan> overBudget, System.Threading.CancellationToken cancellationToken)
        {
            var originals = new OriginalOperations(body);
            var result = new List<FlowGate>();
            foreach (var graph in FlowGraphs.Of(body, cancellationToken))
            {
                if (graph.Blocks.Length > MaxBlocks)
                {
                    overBudget.Add(graph.OriginalOperation.Syntax.Span);
                    continue;
                }

                result.AddRange(Find(graph, originals, gates, overBudget, cancellationToken));
            }

            return result;
        }

        private static IEnumerable<FlowGate> Find(ControlFlowGraph graph, OriginalOperations originals, GateFinder gates, List<TextSpan> overBudget, System.Threading.CancellationToken cancellationToken)
        {
            {

                var branchGates = new List<(BasicBlock Block, Gate Gate, IOperation Site)>();
                var compounds = new List<(Gate Gate, IOperation Site, CompoundExits Exits)>();
                var wholes = new HashSet<IOperation>();
                foreach (var block in graph.Blocks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is not { } condition || originals.Of(condition) is not { } original)
                    {
                        continue;
                    }

                    // country == "IR" || country == "KP": the graph branches on each part, but the gate is the whole condition
                    // (its parts alone would each be a narrower gate, and the first part's users could also reach the deny
                    // through the second). The whole is read once, from the edges that leave its blocks.
                    var whole = WholeCondition(original);
                    if (whole != original && (wholes.Contains(whole) || (gates.Find(whole) is { } wholeGate && Exits(graph, whole, originals) is { } exits && Record(wholeGate, exits))))
                    {
                        continue;
                    }

                    if (gates.Find(original) is { } gate)
                    {
                        branchGates.Add((block, gate, original));
                    }

                    bool Record(Gate wholeGate, CompoundExits exits)
                    {
                        wholes.Add(whole);
                        compounds.Add((wholeGate, whole, exits));
                        return true;
                    }
                }

                if (branchGates.Count + compounds.Count == 0)
                {
                    yield break;
                }

                if (branchGates.Count + compounds.Count > MaxGatedBranches)
                {
                    overBudget.Add(graph.OriginalOperation.Syntax.Span);
                    yield break;
                }

                var found = new List<(BasicBlock Block, Gate Gate, IOperation Site, HashSet<BasicBlock> Region, HashSet<BasicBlock> OtherRegion)>();
                foreach (var (gate, site, exits) in compounds)
                {
                    foreach (var reading in gate.AllGates())
                    {
                        found.Add((exits.Last, reading, site,
                            Exclusive(exits.Last, exits.Taken(reading.JurisdictionTakesTrueBranch), exits.Taken(!reading.JurisdictionTakesTrueBranch)),
                            Exclusive(exits.Last, exits.Taken(!reading.JurisdictionTakesTrueBranch), exits.Taken(reading.JurisdictionTakesTrueBranch))));
                    }
                }

                foreach (var (block, gate, site) in branchGates)
                {
                    foreach (var reading in gate.AllGates())
                    {
                        found.Add((block, reading, site,
                            Exclusive(block, reading.JurisdictionTakesTrueBranch),
                            Exclusive(block, !reading.JurisdictionTakesTrueBranch)));
                    }
                }

                foreach (var (block, gate, site, region, otherRegion) in found)
                {
                    var path = PathOf(region, originals);
                    if (gate.Form == GateForm.AllowList)
                    {
                        // The jurisdictions a list leaves out count only where the branch itself denies: the statements after
                        // the if belong to the block-list reading (a KP-only list is not an allow-list of everyone else).
                        yield return new FlowGate(gate, site, Within(path, site), ImmutableArray<IOperation>.Empty, leaves: false);
                        continue;
                    }

                    yield return new FlowGate(gate, site, path, PathOf(otherRegion, originals), Leaves(region, block));
                    if (wholes.Contains(site))
                    {
                        continue;
                    }

                    // (listed && !allowMode) || (!listed && allowMode): the deny is reached from both sides of the test until the
                    // mode flag is fixed. A setting does not change within a request: read the gate once per value of it.
                    foreach (var pruned in ModeReadings(graph, site, originals, gates))
                    {
                        var modeRegion = Exclusive(block, gate.JurisdictionTakesTrueBranch, pruned);
                        if (modeRegion.SetEquals(region))
                        {
                            continue;
                        }

                        yield return new FlowGate(gate, site, PathOf(modeRegion, originals),
                            PathOf(Exclusive(block, !gate.JurisdictionTakesTrueBranch, pruned), originals), Leaves(modeRegion, block));
                    }
                }

                foreach (var (block, gate) in FlagGates(graph, found, originals))
                {
                    var site = gate.Comparison;
                    var region = Exclusive(block, gate.JurisdictionTakesTrueBranch);
                    yield return new FlowGate(gate, site, PathOf(region, originals), PathOf(Exclusive(block, !gate.JurisdictionTakesTrueBranch), originals), Leaves(region, block));
                }
            }
        }

        /// <summary>The edge taken by the gate's jurisdictions: the conditional successor when the condition goes their way.</summary>
        private static ControlFlowBranch? JurisdictionEdge(BasicBlock block, bool jurisdictionMakesConditionTrue) =>
            jurisdictionMakesConditionTrue == (block.ConditionKind == ControlFlowConditionKind.WhenTrue)
                ? block.ConditionalSuccessor
                : block.FallThroughSuccessor;

        /// <summary>
        /// The tree operations the region runs, in block order: its statements, and what its blocks return or throw
        /// (as the <c>return</c>/<c>throw</c> itself, which the action reader judges). An operation inside one already
        /// taken is not taken twice.
        /// </summary>
        private static IReadOnlyList<IOperation> PathOf(HashSet<BasicBlock> region, OriginalOperations originals)
        {
            var path = new List<IOperation>();
            var taken = new HashSet<IOperation>();
            foreach (var block in region.OrderBy(b => b.Ordinal))
            {
                foreach (var operation in block.Operations)
                {
                    Take(originals.Of(operation));
                }

                if (block.ConditionKind == ControlFlowConditionKind.None && block.BranchValue is { } leaving)
                {
                    Take(originals.Of(leaving));
                }
            }

            // A value computed in an earlier block (an argument captured before the call) is taken again with its statement.
            return path.Where(operation => !HasAncestorIn(operation, taken)).ToList();

            void Take(IOperation? original)
            {
                if (original is null)
                {
                    return;
                }

                if (original.Parent is IReturnOperation or IThrowOperation)
                {
                    original = original.Parent;
                }

                for (var ancestor = original; ancestor is not null; ancestor = ancestor.Parent)
                {
                    if (taken.Contains(ancestor))
                    {
                        return;
                    }
                }

                taken.Add(original);
                path.Add(original);
            }
        }

        /// <summary>
        /// The blocks run when the condition goes one way and not when it goes the other, from the gate on (back edges to
        /// a loop head are not followed: one turn of the loop). For the jurisdiction's side, what only its users run (a
        /// deny reached from both arms of <c>mode ? !listed : listed</c> is theirs in the arm where it depends on them);
        /// for the other side, the work they skip, whichever later test (<c>a &amp;&amp; b &amp;&amp; c</c>) or merge
        /// would let others reach it too.
        /// </summary>
        private static HashSet<BasicBlock> Exclusive(BasicBlock gateBlock, bool conditionValue, HashSet<ControlFlowBranch>? pruned = null)
        {
            var other = Forward(JurisdictionEdge(gateBlock, !conditionValue)?.Destination, gateBlock, pruned);
            var exclusive = new HashSet<BasicBlock>();
            foreach (var block in Forward(JurisdictionEdge(gateBlock, conditionValue)?.Destination, gateBlock, pruned))
            {
                if (!other.Contains(block) && block.Kind == BasicBlockKind.Block && exclusive.Count < MaxRegionBlocks)
                {
                    exclusive.Add(block);
                }
            }

            return exclusive;
        }

        /// <summary>
        /// The blocks run after a compound condition's <paramref name="taken"/> exits and after none of its
        /// <paramref name="others"/> (the same reading as for one branch, from several edges).
        /// </summary>
        private static HashSet<BasicBlock> Exclusive(BasicBlock last, IEnumerable<ControlFlowBranch> taken, IEnumerable<ControlFlowBranch> others)
        {
            var other = new HashSet<BasicBlock>(others.SelectMany(edge => Forward(edge.Destination, last)));
            var exclusive = new HashSet<BasicBlock>();
            foreach (var block in taken.SelectMany(edge => Forward(edge.Destination, last)).Distinct().OrderBy(b => b.Ordinal))
            {
                if (!other.Contains(block) && block.Kind == BasicBlockKind.Block && exclusive.Count < MaxRegionBlocks)
                {
                    exclusive.Add(block);
                }
            }

            return exclusive;
        }

        /// <summary>The outermost condition <paramref name="part"/> belongs to through <c>&amp;&amp;</c>, <c>||</c> and <c>!</c>.</summary>
        private static IOperation WholeCondition(IOperation part)
        {
            var current = part;
            while (current.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }
                or IUnaryOperation { OperatorKind: UnaryOperatorKind.Not })
            {
                current = current.Parent;
            }

            return current;
        }

        /// <summary>The edges that leave a compound condition's blocks, by the value the whole condition has on each.</summary>
        private sealed class CompoundExits
        {
            public CompoundExits(BasicBlock last, List<ControlFlowBranch> whenTrue, List<ControlFlowBranch> whenFalse)
            {
                Last = last;
                WhenTrue = whenTrue;
                WhenFalse = whenFalse;
            }

            /// <summary>The condition's last block: what follows it is after the gate.</summary>
            public BasicBlock Last { get; }

            public List<ControlFlowBranch> WhenTrue { get; }

            public List<ControlFlowBranch> WhenFalse { get; }

            public IEnumerable<ControlFlowBranch> Taken(bool value) => value ? WhenTrue : WhenFalse;
        }

        /// <summary>
        /// The exits of the blocks that evaluate <paramref name="whole"/>, each with the value the whole condition has when
        /// it is taken: an edge leaves when its part decides, so the whole has the part's value, negated by each <c>!</c>
        /// between them (<c>&amp;&amp;</c> and <c>||</c> pass the deciding operand's value on). Null when an exit cannot be
        /// read so (the condition also holds a <c>?:</c> or a pattern the graph splits in its own way).
        /// </summary>
        private static CompoundExits? Exits(ControlFlowGraph graph, IOperation whole, OriginalOperations originals)
        {
            var span = whole.Syntax.Span;
            var inside = new HashSet<BasicBlock>(graph.Blocks.Where(block => block.Kind == BasicBlockKind.Block
                && (block.BranchValue is { } value ? span.Contains(value.Syntax.Span) : block.Operations.Length > 0 && block.Operations.All(o => span.Contains(o.Syntax.Span)))));
            if (inside.Count == 0)
            {
                return null;
            }

            var whenTrue = new List<ControlFlowBranch>();
            var whenFalse = new List<ControlFlowBranch>();
            foreach (var block in inside)
            {
                foreach (var (edge, conditional) in new[] { (block.ConditionalSuccessor, true), (block.FallThroughSuccessor, false) })
                {
                    if (edge?.Destination is not { } destination || inside.Contains(destination))
                    {
                        continue;
                    }

                    if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is not { } branchValue || originals.Of(branchValue) is not { } part)
                    {
                        return null;
                    }

                    var value = conditional == (block.ConditionKind == ControlFlowConditionKind.WhenTrue);
                    for (var current = part; current != whole; current = current.Parent)
                    {
                        switch (current.Parent)
                        {
                            case IUnaryOperation { OperatorKind: UnaryOperatorKind.Not }:
                                value = !value;
                                break;
                            case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr }:
                                break;
                            default:
                                return null;
                        }
                    }

                    (value ? whenTrue : whenFalse).Add(edge);
                }
            }

            return whenTrue.Count > 0 && whenFalse.Count > 0 ? new CompoundExits(inside.OrderBy(b => b.Ordinal).Last(), whenTrue, whenFalse) : null;
        }

        /// <summary>The blocks reachable from <paramref name="start"/> without going back to the gate or before it.</summary>
        private static HashSet<BasicBlock> Forward(BasicBlock? start, BasicBlock gateBlock, HashSet<ControlFlowBranch>? pruned = null)
        {
            var seen = new HashSet<BasicBlock>();
            if (start is null || start.Ordinal <= gateBlock.Ordinal)
            {
                return seen;
            }

            seen.Add(start);
            var pending = new Stack<BasicBlock>();
            pending.Push(start);
            while (pending.Count > 0)
            {
                var block = pending.Pop();
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch is not null && pruned?.Contains(branch) == true)
                    {
                        continue;
                    }

                    if (branch?.Destination is { } next && next.Ordinal > gateBlock.Ordinal && seen.Add(next))
                    {
                        pending.Push(next);
                    }
                }
            }

            return seen;
        }

        /// <summary>
        /// For a gate whose condition also tests one bool setting (a field or property that is no gate: <c>_allowListMode</c>),
        /// the edges that setting's branches cannot take, once per value of it (false first). Empty without exactly one such
        /// setting in the condition.
        /// </summary>
        private static IEnumerable<HashSet<ControlFlowBranch>> ModeReadings(ControlFlowGraph graph, IOperation site, OriginalOperations originals, GateFinder gates)
        {
            var condition = site;
            while (condition.Parent is { } parent && !(parent is IConditionalOperation conditional && conditional.Condition == condition))
            {
                condition = parent;
            }

            if (condition.Parent is not IConditionalOperation)
            {
                yield break;
            }

            var modes = new List<(BasicBlock Block, bool Negated)>();
            ISymbol? setting = null;
            foreach (var block in graph.Blocks)
            {
                if (block.ConditionKind == ControlFlowConditionKind.None || block.BranchValue is not { } value)
                {
                    continue;
                }

                var negated = false;
                while (value is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
                {
                    negated = !negated;
                    value = not.Operand;
                }

                var symbol = value switch
                {
                    IFieldReferenceOperation { Field.Type.SpecialType: SpecialType.System_Boolean } field => (ISymbol)field.Field,
                    IPropertyReferenceOperation { Property: { IsIndexer: false, Type.SpecialType: SpecialType.System_Boolean } } property => property.Property,
                    _ => null,
                };
                if (symbol is null || originals.Of(value) is not { } original || !condition.Syntax.Span.Contains(original.Syntax.Span) || gates.Find(original) is not null)
                {
                    continue;
                }

                if (setting is not null && !SymbolEqualityComparer.Default.Equals(setting, symbol))
                {
                    yield break;
                }

                setting = symbol;
                modes.Add((block, negated));
            }

            if (modes.Count == 0)
            {
                yield break;
            }

            foreach (var settingValue in new[] { false, true })
            {
                var pruned = new HashSet<ControlFlowBranch>();
                foreach (var (block, negated) in modes)
                {
                    // The branch value is the setting (or its negation); the conditional edge is taken when it equals the kind.
                    var branchValue = settingValue != negated;
                    var taken = branchValue == (block.ConditionKind == ControlFlowConditionKind.WhenTrue) ? block.ConditionalSuccessor : block.FallThroughSuccessor;
                    var notTaken = taken == block.ConditionalSuccessor ? block.FallThroughSuccessor : block.ConditionalSuccessor;
                    if (notTaken is not null)
                    {
                        pruned.Add(notTaken);
                    }
                }

                yield return pruned;
            }
        }

        /// <summary>
        /// True when the region never rejoins the code after the gate: each way out returns, throws, or goes back to a block
        /// before the gate (the next turn of a loop). An empty region (the users simply skip the other branch) leaves too.
        /// </summary>
        private static bool Leaves(HashSet<BasicBlock> region, BasicBlock gateBlock)
        {
            foreach (var block in region)
            {
                foreach (var branch in new[] { block.FallThroughSuccessor, block.ConditionalSuccessor })
                {
                    if (branch?.Destination is { } next && !region.Contains(next) && next.Kind != BasicBlockKind.Exit && next.Ordinal > gateBlock.Ordinal)
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary>The one value every assignment inside <paramref name="region"/> gives, when every assignment outside gives the other.</summary>
        private static bool? SetOnlyIn(HashSet<BasicBlock> region, List<(BasicBlock Block, bool Value)> values)
        {
            if (region.Count == 0)
            {
                return null;
            }

            var inside = values.Where(v => region.Contains(v.Block)).Select(v => v.Value).Distinct().ToList();
            return inside.Count == 1 && values.Any(v => !region.Contains(v.Block))
                && values.All(v => region.Contains(v.Block) ? v.Value == inside[0] : v.Value != inside[0])
                ? inside[0]
                : null;
        }

        /// <summary>The path operations inside the statement that tests <paramref name="comparison"/>.</summary>
        private static IReadOnlyList<IOperation> Within(IReadOnlyList<IOperation> path, IOperation comparison)
        {
            var statement = comparison;
            while (statement.Parent is { } parent && statement is not IConditionalOperation { Type: null })
            {
                statement = parent;
            }

            return path.Where(operation => statement.Syntax.Span.Contains(operation.Syntax.Span)).ToList();
        }

        private static bool HasAncestorIn(IOperation operation, HashSet<IOperation> taken)
        {
            for (var ancestor = operation.Parent; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (taken.Contains(ancestor))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Branches on a bool local that is set to one constant only on a gate's path and to the other constant only off
        /// it (<c>var blocked = false; foreach (...) if (entry == country) { blocked = true; break; } if (blocked) ...</c>):
        /// the flag is the gate, read where it is tested.
        /// </summary>
        private static IEnumerable<(BasicBlock Block, Gate Gate)> FlagGates(
            ControlFlowGraph graph, List<(BasicBlock Block, Gate Gate, IOperation Site, HashSet<BasicBlock> Region, HashSet<BasicBlock> OtherRegion)> found, OriginalOperations originals)
        {
            var assignments = new Dictionary<ILocalSymbol, List<(BasicBlock Block, bool Value)>>(SymbolEqualityComparer.Default);
            var unknown = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            foreach (var block in graph.Blocks)
            {
                foreach (var operation in block.Operations)
                {
                    foreach (var assignment in operation.DescendantsAndSelf().OfType<IAssignmentOperation>())
                    {
                        if (assignment.Target is not ILocalReferenceOperation { Local: { Type.SpecialType: SpecialType.System_Boolean } local })
                        {
                            continue;
                        }

                        if (assignment is ISimpleAssignmentOperation { Value.ConstantValue: { HasValue: true, Value: bool value } })
                        {
                            if (!assignments.TryGetValue(local, out var list))
                            {
                                assignments.Add(local, list = new List<(BasicBlock, bool)>());
                            }

                            list.Add((block, value));
                        }
                        else
                        {
                            unknown.Add(local);
                        }
                    }
                }
            }

            foreach (var block in graph.Blocks)
            {
                if (block.ConditionKind == ControlFlowConditionKind.None
                    || block.BranchValue is not ILocalReferenceOperation { Local: var flag } reference
                    || unknown.Contains(flag)
                    || !assignments.TryGetValue(flag, out var values)
                    || originals.Of(reference) is not { } original)
                {
                    continue;
                }

                foreach (var (_, gate, _, region, otherRegion) in found)
                {
                    // The flag takes one value only on the jurisdiction's path (a block-list hit sets blocked = true), or only
                    // on everyone else's (an allow-list hit sets served = true): its value then tells the two apart.
                    var set = SetOnlyIn(region, values) is { } onPath ? onPath
                        : SetOnlyIn(otherRegion, values) is { } offPath ? !offPath
                        : (bool?)null;
                    if (set is not { } jurisdictionValue)
                    {
                        continue;
                    }

                    yield return (block, gate.WithComparison(original, jurisdictionTakesTrueBranch: jurisdictionValue));
                    break;
                }
            }
        }
    }
}
