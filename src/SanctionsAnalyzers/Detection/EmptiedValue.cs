using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// A degrade carried by emptied data: on the jurisdiction's path a local that holds what a call fetched for everyone
    /// (<c>var nodes = await store.NodesForAsync(subscriber)</c>) is replaced with an empty collection
    /// (<c>nodes = Array.Empty&lt;ProxyNode&gt;()</c>) and then handed out as everyone's is. The users get the answer
    /// without its content: a subscription without servers, a feed without posts.
    /// </summary>
    internal static class EmptiedValue
    {
        public static GateAction? Find(IEnumerable<IOperation> path, IOperation scopeRoot)
        {
            foreach (var assignment in path.SelectMany(p => p.DescendantsAndSelf()).OfType<ISimpleAssignmentOperation>())
            {
                if (assignment.Target is not ILocalReferenceOperation { Local: var local } || !IsEmpty(assignment.Value))
                {
                    continue;
                }

                var fetched = FetchedBy(local, scopeRoot, assignment);
                if (fetched is not null && IsReadAfter(local, scopeRoot, assignment))
                {
                    return new GateAction(ActionKind.Degrade, "empties '" + local.Name + "' (everyone else gets what " + fetched.Name + " returns)", assignment);
                }
            }

            return null;
        }

        /// <summary>An empty collection: an <c>empty</c> API row, <c>new List&lt;T&gt;()</c>, <c>new T[0]</c>, <c>[]</c>.</summary>
        private static bool IsEmpty(IOperation value)
        {
            value = SignalFinder.Unwrap(value);
            switch (value)
            {
                case IInvocationOperation call:
                    return ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Empty;
                case IArrayCreationOperation array:
                    return array.Initializer is { ElementValues.IsEmpty: true }
                        || (array.Initializer is null && array.DimensionSizes.All(size => size.ConstantValue is { HasValue: true, Value: 0 }));
                case IObjectCreationOperation creation:
                    return creation.Arguments.IsEmpty && creation.Type is { SpecialType: not SpecialType.System_String } type
                        && type.AllInterfaces.Any(i => i.SpecialType == SpecialType.System_Collections_IEnumerable)
                        && creation.Initializer is not { Initializers.IsEmpty: false };
                default:
                    // A collection expression has no operation of its own before Roslyn 4.9: its syntax says it is empty.
                    return value.Syntax is CollectionExpressionSyntax { Elements.Count: 0 };
            }
        }

        /// <summary>The method whose result the local held before, outside the jurisdiction's path: the data everyone else gets.</summary>
        private static IMethodSymbol? FetchedBy(ILocalSymbol local, IOperation scopeRoot, IOperation emptied)
        {
            foreach (var operation in scopeRoot.Descendants())
            {
                var value = operation switch
                {
                    IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local) => declarator.Initializer?.Value,
                    ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } other when other != emptied && SymbolEqualityComparer.Default.Equals(target.Local, local) => other.Value,
                    _ => null,
                };

                value = value is null ? null : SignalFinder.Unwrap(value);
                if (value is IAwaitOperation awaited)
                {
                    value = SignalFinder.Unwrap(awaited.Operation);
                }

                if (value is IInvocationOperation call && ApiKnowledge.Embedded.RoleOf(call.TargetMethod) != ApiRole.Empty)
                {
                    return call.TargetMethod;
                }
            }

            return null;
        }

        private static bool IsReadAfter(ILocalSymbol local, IOperation scopeRoot, IOperation emptied) =>
            scopeRoot.Descendants().OfType<ILocalReferenceOperation>().Any(reference =>
                SymbolEqualityComparer.Default.Equals(reference.Local, local)
                && reference.Syntax.SpanStart > emptied.Syntax.Span.End
                && !(reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference));
    }
}
