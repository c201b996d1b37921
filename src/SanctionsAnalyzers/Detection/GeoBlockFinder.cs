using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Finds the geo-blocking code paths of one method: gate → path taken by the jurisdiction's users →
    /// action on that path → the feature and its verdicts. Runs only where a jurisdiction constant appears.
    /// </summary>
    internal static class GeoBlockFinder
    {
        public static ImmutableArray<GeoBlock> Find(ISymbol owner, ImmutableArray<IOperation> operationBlocks, SanctionsCompilationContext context)
        {
            var index = MethodIndex.Build(operationBlocks, context);
            if (!index.HasJurisdictionConstant || index.Branches.IsEmpty)
            {
                return ImmutableArray<GeoBlock>.Empty;
            }

            var gates = new GateFinder(context, index);
            var actions = new ActionClassifier(context.Types);
            var ownerName = FeatureResolver.NameOf(owner);
            var features = new Dictionary<IOperation, Feature>();
            var result = ImmutableArray.CreateBuilder<GeoBlock>();

            foreach (var branch in index.Branches)
            {
                var conditional = (IConditionalOperation)branch;
                var gate = gates.Find(conditional.Condition);
                if (gate is null)
                {
                    continue;
                }

                var action = actions.Classify(PathOf(conditional, gate.JurisdictionTakesTrueBranch));
                if (action.Kind == ActionKind.Neutral)
                {
                    continue;
                }

                var scope = FeatureScope.Of(conditional, owner, ownerName);
                if (!features.TryGetValue(scope.Root, out var feature))
                {
                    features.Add(scope.Root, feature = FeatureResolver.Resolve(owner, scope, context));
                }

                result.Add(new GeoBlock(gate, action, feature, Verdicts(gate, feature, context), context.Policy.Version));
            }

            return result.ToImmutable();
        }

        /// <summary>
        /// The operations run by users the gate singles out: the matching branch, or, when that branch is
        /// empty and the other one always leaves, the statements after the <c>if</c>.
        /// </summary>
        private static IEnumerable<IOperation> PathOf(IConditionalOperation conditional, bool takesTrueBranch)
        {
            var branch = takesTrueBranch ? conditional.WhenTrue : conditional.WhenFalse;
            if (branch is not null)
            {
                return new[] { branch };
            }

            if (!takesTrueBranch && AlwaysLeaves(conditional.WhenTrue) && conditional.Parent is IBlockOperation block)
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

        private static bool AlwaysLeaves(IOperation operation)
        {
            var last = operation is IBlockOperation block && block.Operations.Length > 0 ? block.Operations[block.Operations.Length - 1] : operation;
            return last is IReturnOperation || last is IThrowOperation || last is IExpressionStatementOperation { Operation: IThrowOperation }
                || last is IBranchOperation;
        }

        private static ImmutableArray<Verdict> Verdicts(Gate gate, Feature feature, SanctionsCompilationContext context)
        {
            var verdicts = ImmutableArray.CreateBuilder<Verdict>();
            foreach (var jurisdiction in gate.Jurisdictions)
            {
                foreach (var evidence in feature.Categories)
                {
                    verdicts.Add(context.Policy.Evaluate(jurisdiction, evidence.Category));
                }
            }

            return verdicts.ToImmutable();
        }
    }
}
