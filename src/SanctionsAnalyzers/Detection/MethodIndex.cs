using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// One walk over a candidate method's operations: the branching operations worth a look and the
    /// values assigned to each local (including <c>out</c> arguments, traced to the call that fills them).
    /// </summary>
    internal sealed class MethodIndex
    {
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _localValues;
        private readonly Dictionary<ILocalSymbol, IOperation> _loopCollections;
        private readonly Dictionary<ILocalSymbol, (IOperation Value, int Index)> _tupleElements;

        private MethodIndex(ImmutableArray<IOperation> branches, Dictionary<ILocalSymbol, List<IOperation>> localValues, Dictionary<ILocalSymbol, IOperation> loopCollections, ImmutableArray<IForEachLoopOperation> loops, Dictionary<ILocalSymbol, (IOperation, int)> tupleElements)
        {
            _tupleElements = tupleElements;
            Branches = branches;
            Loops = loops;
            _localValues = localValues;
            _loopCollections = loopCollections;
        }

        /// <summary>If statements, conditional expressions, switch statements and switch expressions, in source order.</summary>
        public ImmutableArray<IOperation> Branches { get; }

        /// <summary>The foreach loops, in source order: a loop over a filtered collection visits only the entries that passed it.</summary>
        public ImmutableArray<IForEachLoopOperation> Loops { get; }

        public static MethodIndex Build(IOperation root)
        {
            var branches = ImmutableArray.CreateBuilder<IOperation>();
            var localValues = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            var loopCollections = new Dictionary<ILocalSymbol, IOperation>(SymbolEqualityComparer.Default);
            var loops = ImmutableArray.CreateBuilder<IForEachLoopOperation>();
            var tupleElements = new Dictionary<ILocalSymbol, (IOperation, int)>(SymbolEqualityComparer.Default);

            foreach (var operation in root.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IConditionalOperation or ISwitchOperation or ISwitchExpressionOperation:
                        branches.Add(operation);
                        break;
                    case IVariableDeclaratorOperation declarator when declarator.Initializer is not null:
                        Add(localValues, declarator.Symbol, declarator.Initializer.Value);
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                        Add(localValues, local.Local, assignment.Value);
                        break;
                    case IDeconstructionAssignmentOperation { Target: var target, Value: var deconstructed }
                        when (target is IDeclarationExpressionOperation { Expression: ITupleOperation declared } ? declared : target as ITupleOperation) is { } tuple:
                        // "var (code, name) = Lookup(ip)": each local holds one element of the value.
                        for (var i = 0; i < tuple.Elements.Length; i++)
                        {
                            if ((tuple.Elements[i] is IDeclarationExpressionOperation { Expression: var inner } ? inner : tuple.Elements[i]) is ILocalReferenceOperation element)
                            {
                                tupleElements[element.Local] = (deconstructed, i);
                            }
                        }

                        break;
                    case IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: { } item } } loop:
                        // "foreach (var prefix in Blocked)": the loop variable stands for each entry of the collection.
                        loopCollections[item] = loop.Collection;
                        loops.Add(loop);
                        break;
                    case IIsPatternOperation isPattern when PatternLocal(isPattern.Pattern) is { } declared:
                        // "IsoCode is string iso", "IsoCode is { } iso", "IsoCode is not { } iso": iso holds the tested value.
                        Add(localValues, declared, isPattern.Value);
                        break;
                    case IPropertySubpatternOperation { Member: { } member } subpattern when PatternLocal(subpattern.Pattern) is { } bound:
                        // "result is Located { IsoCode: var iso }", "r?.Country is { IsoCode: { } code }": iso holds the member.
                        Add(localValues, bound, member);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out, Parent: IInvocationOperation call } argument:
                        if (OutLocal(argument.Value) is { } outLocal)
                        {
                            Add(localValues, outLocal, call);
                        }

                        break;
                }
            }

            return new MethodIndex(branches.ToImmutable(), localValues, loopCollections, loops.ToImmutable(), tupleElements);
        }

        /// <summary>The collection a foreach loop variable walks, if <paramref name="local"/> is one.</summary>
        public IOperation? LoopCollectionOf(ILocalSymbol local) =>
            _loopCollections.TryGetValue(local, out var collection) ? collection : null;

        /// <summary>Every value the method assigns to <paramref name="local"/>.</summary>
        /// <summary>The value a local was deconstructed from and its element's position (<c>var (code, name) = Lookup(ip)</c>).</summary>
        public (IOperation Value, int Index)? TupleElementOf(ILocalSymbol local) =>
            _tupleElements.TryGetValue(local, out var element) ? element : null;

        public IReadOnlyList<IOperation> ValuesOf(ILocalSymbol local) =>
            _localValues.TryGetValue(local, out var values) ? values : (IReadOnlyList<IOperation>)ImmutableArray<IOperation>.Empty;

        /// <summary>The local a top-level declaration or recursive pattern declares, under at most one <c>not</c>.</summary>
        private static ILocalSymbol? PatternLocal(IPatternOperation pattern) => pattern switch
        {
            IDeclarationPatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
            IRecursivePatternOperation { DeclaredSymbol: ILocalSymbol local } => local,
            INegatedPatternOperation negated when negated.Pattern is not INegatedPatternOperation => PatternLocal(negated.Pattern),
            _ => null,
        };

        private static ILocalSymbol? OutLocal(IOperation value) => value switch
        {
            ILocalReferenceOperation local => local.Local,
            IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared.Local,
            _ => null,
        };

        private static void Add(Dictionary<ILocalSymbol, List<IOperation>> map, ILocalSymbol local, IOperation value)
        {
            if (!map.TryGetValue(local, out var list))
            {
                map.Add(local, list = new List<IOperation>());
            }

            list.Add(value);
        }
    }
}
