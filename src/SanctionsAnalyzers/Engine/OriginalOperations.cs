using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FlowAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Engine
{
    /// <summary>
    /// Maps the operations of a control flow graph back to the bound tree they were lowered from, by syntax. The graph
    /// decides which statements run on a path; the tree keeps parents and shapes the gate and action readers know.
    /// </summary>
    internal sealed class OriginalOperations
    {
        private readonly Dictionary<SyntaxNode, IOperation> _bySyntax = new Dictionary<SyntaxNode, IOperation>();

        public OriginalOperations(IOperation body)
        {
            // Pre-order: the outermost operation of a syntax node wins (a conversion over its operand, not the operand).
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (!_bySyntax.ContainsKey(operation.Syntax))
                {
                    _bySyntax.Add(operation.Syntax, operation);
                }
            }
        }

        /// <summary>
        /// The tree operation a graph operation was lowered from, or null when there is none or it is a compound statement
        /// (a loop's MoveNext carries the syntax of the whole loop: it stands for none of its statements).
        /// </summary>
        public IOperation? Of(IOperation flowOperation)
        {
            if (flowOperation is IFlowCaptureOperation capture)
            {
                flowOperation = capture.Value;
            }

            if (!_bySyntax.TryGetValue(flowOperation.Syntax, out var original) || IsCompound(original))
            {
                return null;
            }

            return original;
        }

        private static bool IsCompound(IOperation operation) =>
            operation is IConditionalOperation { Type: null } or ILoopOperation or ISwitchOperation or IBlockOperation or ITryOperation
                or IUsingOperation or ILockOperation or IMethodBodyOperation or IConstructorBodyOperation or IAnonymousFunctionOperation
                or ILocalFunctionOperation or IVariableDeclarationGroupOperation;
    }
}
