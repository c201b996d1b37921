using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Engine
{
    /// <summary>
    /// The control flow graphs of one code block: the body's own, then those of its lambdas and local functions, which
    /// Roslyn builds apart. Null entries never occur; a body Roslyn cannot lower (a field initializer, broken code it
    /// refuses) gives no graph rather than an exception.
    /// </summary>
    internal static class FlowGraphs
    {
        /// <summary>At most this many graphs per code block: a generated file with thousands of lambdas is not walked whole.</summary>
        private const int MaxGraphs = 64;

        public static IEnumerable<ControlFlowGraph> Of(IOperation body, System.Threading.CancellationToken cancellationToken)
        {
            var root = Create(body, cancellationToken);
            if (root is null)
            {
                yield break;
            }

            var pending = new Queue<ControlFlowGraph>();
            pending.Enqueue(root);
            var count = 0;
            while (pending.Count > 0 && count++ < MaxGraphs)
            {
                var graph = pending.Dequeue();
                yield return graph;

                foreach (var local in graph.LocalFunctions)
                {
                    pending.Enqueue(graph.GetLocalFunctionControlFlowGraph(local, cancellationToken));
                }

                foreach (var block in graph.Blocks)
                {
                    foreach (var operation in block.Operations)
                    {
                        foreach (var lambda in LambdasIn(operation))
                        {
                            pending.Enqueue(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken));
                        }
                    }

                    if (block.BranchValue is { } branchValue)
                    {
                        foreach (var lambda in LambdasIn(branchValue))
                        {
                            pending.Enqueue(graph.GetAnonymousFunctionControlFlowGraph(lambda, cancellationToken));
                        }
                    }
                }
            }
        }

        private static ControlFlowGraph? Create(IOperation body, System.Threading.CancellationToken cancellationToken)
        {
            try
            {
                return body switch
                {
                    IMethodBodyOperation method => ControlFlowGraph.Create(method, cancellationToken),
                    IConstructorBodyOperation constructor => ControlFlowGraph.Create(constructor, cancellationToken),
                    IBlockOperation { Parent: null } block => ControlFlowGraph.Create(block, cancellationToken),
                    _ => null,
                };
            }
            catch (System.ArgumentException)
            {
                // Roslyn refuses operation trees with errors it cannot lower; such a body is judged by the tree walk alone.
                return null;
            }
        }

        /// <summary>The lambdas a CFG operation holds, not entering them (their own graphs hold their nested ones).</summary>
        private static IEnumerable<IFlowAnonymousFunctionOperation> LambdasIn(IOperation operation)
        {
            var stack = new Stack<IOperation>();
            stack.Push(operation);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is IFlowAnonymousFunctionOperation lambda)
                {
                    yield return lambda;
                    continue;
                }

                foreach (var child in current.ChildOperations)
                {
                    stack.Push(child);
                }
            }
        }
    }
}
