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
    /// a refusing value on the jurisdiction's path (<c>MailboxFilterResult.NoPermanently</c>, <c>Task.FromResult(false)</c>)
    /// and an accepting one on another path. A method the project calls itself is a classifier instead: its callers' tests are the gates.
    /// </summary>
    internal static class HostVerdict
    {
        public static GateAction? Find(IEnumerable<IOperation> path, IOperation scopeRoot, IMethodSymbol? method, SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            if (method is null)
            {
                return null;
            }

            var (refusal, shown) = RefusalOn(path, scopeRoot, method);
            if (refusal is null || HostMember(method, context, cancellationToken) is not { } hostMember)
            {
                return null;
            }

            return new GateAction(ActionKind.Deny, "returns " + shown + " to the host's " + hostMember.ContainingType.Name + "." + hostMember.Name, refusal);
        }

        /// <summary>
        /// Whether what the scope returns answers the host whether the user may pass, and which answer refuses: a lambda
        /// handed to a <c>verdict</c> API row (<c>RequireAssertion(ctx =&gt; ...)</c>: false refuses), or a check only the
        /// framework calls (<c>CanAcceptFromAsync</c>: false refuses; <c>ShouldBlock</c>: true refuses). Null for code the
        /// project calls itself: its callers' tests are the gates.
        /// </summary>
        public static (bool Refusing, string Host)? AnswerOf(FeatureScope scope, SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            if (scope.Root is IAnonymousFunctionOperation lambda)
            {
                return Scope.AppModelCollector.CallTaking(lambda) is { } call && ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Verdict
                    ? (false, call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name)
                    : null;
            }

            return scope.Symbol is IMethodSymbol method && IsCheck(method) && HostMember(method, context, cancellationToken) is { } member
                ? (ActionClassifier.NamedForBlocking(method.Name), member.ContainingType.Name + "." + member.Name)
                : null;
        }

        /// <summary>The bool a return hands back, also through <c>Task.FromResult</c> and conversions; null when it is a constant or no bool.</summary>
        public static IOperation? AnsweredValue(IReturnOperation answer)
        {
            var value = answer.ReturnedValue;
            while (true)
            {
                switch (value)
                {
                    case IConversionOperation conversion:
                        value = conversion.Operand;
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult:
                        value = fromResult.Arguments[0].Value;
                        continue;
                }

                break;
            }

            return value is { Type.SpecialType: SpecialType.System_Boolean, ConstantValue.HasValue: false } ? value : null;
        }

        /// <summary>
        /// <c>return await base.CanSignInAsync(user)</c>: handing the question back to the member the method overrides is
        /// the host's own answer, not a test of the method's (its refusals are the method's other returns).
        /// </summary>
        public static bool AsksTheHost(IOperation test, FeatureScope scope)
        {
            var value = test is IAwaitOperation awaited ? awaited.Operation : test;
            if (value is not IInvocationOperation call || scope.Symbol is not IMethodSymbol method)
            {
                return false;
            }

            for (var current = method; current is not null; current = current.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(call.TargetMethod.OriginalDefinition, current.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A method named as a question (CanAcceptFromAsync, IsAllowed...), per the host-check prefixes of ActionWords.txt.</summary>
        private static bool IsCheck(IMethodSymbol method) =>
            ActionWords.Embedded.HostCheckPrefixes.Any(prefix => method.Name.StartsWith(prefix, System.StringComparison.Ordinal)
                && method.Name.Length > prefix.Length && char.IsUpper(method.Name[prefix.Length]));

        /// <summary>
        /// The returned value on the path that refuses while another return of the method accepts: a refusing enum member,
        /// or <c>false</c> (<c>true</c> from a check named for blocking, <c>ShouldBlock</c>), also through <c>Task.FromResult</c>.
        /// </summary>
        private static (IOperation? Refusal, string Shown) RefusalOn(IEnumerable<IOperation> path, IOperation scopeRoot, IMethodSymbol method)
        {
            var onPath = path.SelectMany(p => p.DescendantsAndSelf()).ToList();
            var member = onPath.OfType<IFieldReferenceOperation>()
                .FirstOrDefault(f => f.Field.ContainingType.TypeKind == TypeKind.Enum && Refuses(f.Field) && IsReturned(f));
            if (member is not null
                && scopeRoot.Descendants().OfType<IFieldReferenceOperation>().Any(f => SymbolEqualityComparer.Default.Equals(f.Field.ContainingType, member.Field.ContainingType) && !Refuses(f.Field) && IsReturned(f)))
            {
                return (member, member.Field.ContainingType.Name + "." + member.Field.Name);
            }

            // A bool answers a question only in a check (CanAcceptFromAsync, CanSignInAsync, IsAllowed...): elsewhere false may
            // mean "not handled" or "not this format". The other answer may be the opposite constant or whatever else the
            // method returns (await base.CanSignInAsync(user)).
            if (!IsCheck(method))
            {
                return (null, string.Empty);
            }

            var refusing = ActionClassifier.NamedForBlocking(method.Name);
            var answer = onPath.OfType<ILiteralOperation>().FirstOrDefault(l => l.ConstantValue is { HasValue: true, Value: bool value } && value == refusing && IsReturned(l));
            if (answer is not null
                && (scopeRoot.Descendants().OfType<ILiteralOperation>().Any(l => l.ConstantValue is { HasValue: true, Value: bool value } && value != refusing && IsReturned(l))
                    || scopeRoot.Descendants().OfType<IReturnOperation>().Any(r => r.ReturnedValue is { } value && !value.DescendantsAndSelf().Any(v => v.ConstantValue.HasValue && v.ConstantValue.Value is bool))))
            {
                return (answer, refusing ? "true" : "false");
            }

            return (null, string.Empty);
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
