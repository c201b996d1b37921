using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>Decides whether an expression tells where a user is.</summary>
    internal static class SignalClassifier
    {
        private const int MaxLocalDepth = 4;

        public static Signal? Classify(IOperation operation, SanctionsCompilationContext context, MethodIndex index) =>
            Classify(operation, context, index, depth: 0);

        private static Signal? Classify(IOperation operation, SanctionsCompilationContext context, MethodIndex index, int depth)
        {
            var value = Unwrap(operation);
            switch (value)
            {
                case IPropertyReferenceOperation property when property.Property.IsIndexer:
                    return ClassifyHeaderRead(property, context);

                case IPropertyReferenceOperation property:
                    var member = context.FindMemberSignal(property.Property, property.Instance?.Type);
                    return member is null ? null : new Signal(member.Kind, member.Description, property);

                case ILocalReferenceOperation local when depth < MaxLocalDepth:
                    // A local holds a signal when some value assigned to it is one ("var country = ...IsoCode;").
                    foreach (var assigned in index.ValuesOf(local.Local))
                    {
                        var signal = Classify(assigned, context, index, depth + 1);
                        if (signal is not null)
                        {
                            return signal;
                        }
                    }

                    return null;

                default:
                    return null;
            }
        }

        /// <summary><c>Request.Headers["CF-IPCountry"]</c>: an indexer read of a known geo header.</summary>
        private static Signal? ClassifyHeaderRead(IPropertyReferenceOperation indexer, SanctionsCompilationContext context)
        {
            if (indexer.Arguments.Length != 1
                || indexer.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string headerName }
                || !context.Signals.Headers.TryGetValue(headerName, out var header))
            {
                return null;
            }

            var receiver = indexer.Instance?.Type;
            if (!receiver.IsOrImplements(context.Types.HeaderDictionary)
                && !SymbolEqualityComparer.Default.Equals(indexer.Property.ContainingType.OriginalDefinition, context.Types.HeaderDictionary))
            {
                return null;
            }

            return new Signal(header.Kind, "header " + header.Name + " (" + header.Provider + ")", indexer);
        }

        /// <summary>Looks through conversions, null handling and case or whitespace normalisation.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            var current = operation;
            while (true)
            {
                switch (current)
                {
                    case IConversionOperation conversion:
                        current = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        current = parenthesized.Operand;
                        continue;
                    case ICoalesceOperation coalesce:
                        current = coalesce.Value;
                        continue;
                    case IConditionalAccessOperation conditionalAccess:
                        current = conditionalAccess.WhenNotNull;
                        continue;
                    case IInvocationOperation invocation when invocation.Instance is not null && IsNormalisation(invocation.TargetMethod):
                        current = invocation.Instance;
                        continue;
                    case IConditionalAccessInstanceOperation instance when ReceiverOf(instance) is { } receiver:
                        current = receiver;
                        continue;
                    default:
                        return current;
                }
            }
        }

        /// <summary>The value <c>x</c> that the placeholder in <c>x?.Member</c> stands for.</summary>
        private static IOperation? ReceiverOf(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        private static bool IsNormalisation(IMethodSymbol method)
        {
            switch (method.Name)
            {
                case "ToUpper":
                case "ToUpperInvariant":
                case "ToLower":
                case "ToLowerInvariant":
                case "Trim":
                    return method.ContainingType.SpecialType == SpecialType.System_String;
                case "ToString":
                    return method.Parameters.Length == 0;
                default:
                    return false;
            }
        }
    }
}
