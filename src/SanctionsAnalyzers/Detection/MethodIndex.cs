using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// One cheap walk over a method's operations: the conditions worth a look, whether any constant
    /// names a jurisdiction (the candidate test), and the values assigned to each local.
    /// </summary>
    internal sealed class MethodIndex
    {
        private readonly Dictionary<ILocalSymbol, List<IOperation>> _localValues;

        private MethodIndex(bool hasJurisdictionConstant, ImmutableArray<IOperation> branches, Dictionary<ILocalSymbol, List<IOperation>> localValues)
        {
            HasJurisdictionConstant = hasJurisdictionConstant;
            Branches = branches;
            _localValues = localValues;
        }

        /// <summary>True when some string constant names a jurisdiction: only then is gate finding run.</summary>
        public bool HasJurisdictionConstant { get; }

        /// <summary>Conditional operations (if, ternary), in source order.</summary>
        public ImmutableArray<IOperation> Branches { get; }

        public static MethodIndex Build(ImmutableArray<IOperation> operationBlocks, SanctionsCompilationContext context)
        {
            var hasJurisdictionConstant = false;
            var branches = ImmutableArray.CreateBuilder<IOperation>();
            var localValues = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);

            foreach (var block in operationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    switch (operation)
                    {
                        case ILiteralOperation or IFieldReferenceOperation or ILocalReferenceOperation when !hasJurisdictionConstant
                            && operation.ConstantValue is { HasValue: true, Value: string text }:
                            // Literals and named constants ("CountryCodes.Iran") alike.
                            hasJurisdictionConstant = !context.Policy.MatchIdentifier(text).IsEmpty;
                            break;
                        case IConditionalOperation conditional:
                            branches.Add(conditional);
                            break;
                        case IVariableDeclaratorOperation declarator when declarator.Initializer is not null:
                            Add(localValues, declarator.Symbol, declarator.Initializer.Value);
                            break;
                        case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                            Add(localValues, local.Local, assignment.Value);
                            break;
                    }
                }
            }

            return new MethodIndex(hasJurisdictionConstant, branches.ToImmutable(), localValues);
        }

        /// <summary>Every value the method assigns to <paramref name="local"/>.</summary>
        public IReadOnlyList<IOperation> ValuesOf(ILocalSymbol local) =>
            _localValues.TryGetValue(local, out var values) ? values : (IReadOnlyList<IOperation>)ImmutableArray<IOperation>.Empty;

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
