using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// A refusal handed to the host as a value: a method the framework calls (an override or interface implementation
    /// that nothing in the compilation calls, such as an SMTP server's <c>MailboxFilter.CanAcceptFromAsync</c>) returns
    /// an enum member that refuses on the jurisdiction's path (<c>MailboxFilterResult.NoPermanently</c>) and one that does
    /// not on another path. A method the project calls itself is a classifier instead: its callers' tests are the gates.
    /// </summary>
    internal static class HostVerdict
    {
        public static GateAction? Find(IEnumerable<IOperation> path, IOperation scopeRoot, IMethodSymbol? method, SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            var refusal = path.SelectMany(p => p.DescendantsAndSelf()).OfType<IFieldReferenceOperation>()
                .FirstOrDefault(f => f.Field.ContainingType.TypeKind == TypeKind.Enum && Refuses(f.Field) && IsReturned(f));
            if (refusal is null || method is null
                || !scopeRoot.Descendants().OfType<IFieldReferenceOperation>().Any(f => SymbolEqualityComparer.Default.Equals(f.Field.ContainingType, refusal.Field.ContainingType) && !Refuses(f.Field) && IsReturned(f))
                || HostMember(method, context, cancellationToken) is not { } hostMember)
            {
                return null;
            }

            return new GateAction(
                ActionKind.Deny,
                "returns " + refusal.Field.ContainingType.Name + "." + refusal.Field.Name + " to the host's " + hostMember.ContainingType.Name + "." + hostMember.Name,
                refusal);
        }

        /// <summary>
        /// A member name that says failure (<c>Rejected</c>, <c>RecipientNotAllowed</c>), or a "No" answer of an enum that
        /// also answers "Yes" (<c>NoTemporarily</c>, <c>NoPermanently</c>).
        /// </summary>
        private static bool Refuses(IFieldSymbol member)
        {
            if (EarlyExit.SaysFailure(member.Name))
            {
                return true;
            }

            var words = NameVocabulary.Split(member.Name);
            return words.Count > 0 && words[0] == "no" && member.ContainingType.GetMembers("Yes").Any(m => m is IFieldSymbol);
        }

        /// <summary>The value of a return, also through <c>?:</c>, conversions and <c>Task.FromResult</c>.</summary>
        private static bool IsReturned(IOperation value)
        {
            for (var parent = value.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IReturnOperation:
                        return true;
                    case IConditionalOperation or IConversionOperation or IParenthesizedOperation or ISwitchExpressionArmOperation or ISwitchExpressionOperation or IArgumentOperation:
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 }:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>
        /// The framework member the method answers (the overridden or implemented one) when no code of the compilation
        /// calls it: then only the host does.
        /// </summary>
        private static IMethodSymbol? HostMember(IMethodSymbol method, SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            var answered = new List<IMethodSymbol> { method };
            for (var overridden = method.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                answered.Add(overridden);
            }

            foreach (var contract in method.ContainingType.AllInterfaces)
            {
                foreach (var member in contract.GetMembers(method.Name).OfType<IMethodSymbol>())
                {
                    if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                    {
                        answered.Add(member);
                    }
                }
            }

            if (answered.Count == 1 || answered.Any(m => context.Callers.AnyCall(m, cancellationToken)))
            {
                return null;
            }

            return answered[answered.Count - 1];
        }
    }
}
