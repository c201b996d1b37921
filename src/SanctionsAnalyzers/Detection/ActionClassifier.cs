using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>Decides what a gated path does: deny, degrade, or something neutral (log, localize, route).</summary>
    internal sealed class ActionClassifier
    {
        private readonly WellKnownTypes _types;

        public ActionClassifier(WellKnownTypes types)
        {
            _types = types;
        }

        /// <summary>The first deny found in the given operations (not entering lambdas or local functions).</summary>
        public GateAction Classify(IEnumerable<IOperation> path)
        {
            foreach (var root in path)
            {
                foreach (var operation in DescendantsOutsideLambdas(root))
                {
                    var action = ClassifyOne(operation);
                    if (action is not null)
                    {
                        return action;
                    }
                }
            }

            return GateAction.Neutral;
        }

        private GateAction? ClassifyOne(IOperation operation)
        {
            switch (operation)
            {
                case IThrowOperation { Exception: { } exception }:
                    return Deny("throws " + (SignalClassifier.Unwrap(exception).Type?.Name ?? "an exception"), operation);

                case IInvocationOperation invocation:
                    return ClassifyCall(invocation);

                case IObjectCreationOperation creation:
                    return ClassifyResultCreation(creation);

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when target.Property.Name == "StatusCode" && target.Property.ContainingType.InheritsFromOrEquals(_types.HttpResponse):
                    return DenyStatus(assignment.Value, "sets status ", operation);

                default:
                    return null;
            }
        }

        private GateAction? ClassifyCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;

            if (type.InheritsFromOrEquals(_types.ControllerBase)
                || SymbolEqualityComparer.Default.Equals(type, _types.Results)
                || SymbolEqualityComparer.Default.Equals(type, _types.TypedResults))
            {
                switch (method.Name)
                {
                    case "Forbid":
                    case "Challenge":
                    case "Unauthorized":
                        return Deny("returns " + method.Name + "()", invocation);
                    case "StatusCode":
                    case "Problem":
                        return DenyStatus(StatusArgument(invocation), "returns status ", invocation);
                }

                return null;
            }

            if (method.Name == "Abort"
                && (type.InheritsFromOrEquals(_types.HubCallerContext) || type.InheritsFromOrEquals(_types.HttpContext)))
            {
                return Deny("aborts the connection", invocation);
            }

            if (method.Name == "Fail" && type.InheritsFromOrEquals(_types.AuthorizationHandlerContext))
            {
                return Deny("fails the authorization requirement", invocation);
            }

            return null;
        }

        /// <summary><c>new ForbidResult()</c>, <c>new StatusCodeResult(451)</c>, <c>new ObjectResult(x) { StatusCode = 403 }</c>.</summary>
        private GateAction? ClassifyResultCreation(IObjectCreationOperation creation)
        {
            var type = creation.Type;
            if (type is null || !type.IsOrImplements(_types.ActionResult))
            {
                return null;
            }

            switch (type.Name)
            {
                case "ForbidResult":
                case "ChallengeResult":
                case "UnauthorizedResult":
                case "UnauthorizedObjectResult":
                    return Deny("returns " + type.Name, creation);
            }

            foreach (var argument in creation.Arguments)
            {
                if (argument.Parameter?.Name == "statusCode" && DenyStatus(argument.Value, "returns status ", creation) is { } denied)
                {
                    return denied;
                }
            }

            if (creation.Initializer is not null)
            {
                foreach (var initializer in creation.Initializer.Initializers)
                {
                    if (initializer is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "StatusCode" } } set
                        && DenyStatus(set.Value, "returns status ", creation) is { } denied)
                    {
                        return denied;
                    }
                }
            }

            return null;
        }

        private static IOperation? StatusArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name == "statusCode" && argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    return argument.Value;
                }
            }

            return null;
        }

        private static GateAction? DenyStatus(IOperation? value, string verb, IOperation operation)
        {
            if (value is null)
            {
                return null;
            }

            var constant = SignalClassifier.Unwrap(value).ConstantValue;
            if (!constant.HasValue || constant.Value is not int status)
            {
                return null;
            }

            return IsDenyStatus(status) ? Deny(verb + status, operation) : null;
        }

        /// <summary>401, 403 and 451 refuse the user; 404 and 5xx are not read as geo-blocks.</summary>
        private static bool IsDenyStatus(int status) => status == 401 || status == 403 || status == 451;

        private static GateAction Deny(string description, IOperation operation) => new GateAction(ActionKind.Deny, description, operation);

        private static IEnumerable<IOperation> DescendantsOutsideLambdas(IOperation root)
        {
            var stack = new Stack<IOperation>();
            stack.Push(root);
            var children = new List<IOperation>();
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;

                children.Clear();
                foreach (var child in current.ChildOperations)
                {
                    if (child is not IAnonymousFunctionOperation && child is not ILocalFunctionOperation)
                    {
                        children.Add(child);
                    }
                }

                // Push in reverse so that children are visited in source order.
                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }
        }
    }
}
