using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>Decides what a gated path does: deny, degrade, or something neutral (log, localize, route).</summary>
    internal sealed class ActionClassifier
    {
        private static ActionWords Words => ActionWords.Embedded;

        private readonly WellKnownTypes _types;
        private readonly IMethodSymbol? _owner;

        /// <param name="owner">The method the path belongs to: a <c>return false</c> from an allow-check denies.</param>
        public ActionClassifier(WellKnownTypes types, IMethodSymbol? owner)
            : this(types, owner, followCalls: true)
        {
        }

        private ActionClassifier(WellKnownTypes types, IMethodSymbol? owner, bool followCalls)
        {
            _types = types;
            _owner = owner;
            _followCalls = followCalls;
        }

        /// <summary>Whether a call to a method of the project is judged by what its body always does (one level).</summary>
        private readonly bool _followCalls;

        /// <summary>The first deny or degrade found in the given operations (not entering lambdas or local functions).</summary>
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
                    return Deny("throws " + (SignalFinder.Unwrap(exception).Type?.Name ?? "an exception"), operation);

                case IReturnOperation { ReturnedValue.ConstantValue: { HasValue: true, Value: bool returned } }:
                    return ClassifyCheckResult(returned, operation);

                case IReturnOperation { ReturnedValue: IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } fromResult }
                    when fromResult.Arguments[0].Value.ConstantValue is { HasValue: true, Value: bool completed }:
                    // return Task.FromResult(false) from a Task<bool> check.
                    return ClassifyCheckResult(completed, operation);

                case IReturnOperation { ReturnedValue: { } result } when DenyingResult(result) is { } denyingName:
                    return Deny("returns " + denyingName, operation);

                // => Task.FromResult(listed ? SignInResult.NotAllowed : SignInResult.Success): the jurisdiction's arm of a returned choice.
                case IPropertyReferenceOperation or IFieldReferenceOperation or IInvocationOperation or IObjectCreationOperation
                    when IsReturnedArm(operation) && DenyingResult(operation) is { } armName:
                    return Deny("returns " + armName, operation);

                case IInvocationOperation invocation:
                    return ClassifyCall(invocation) ?? ClassifyDisconnect(invocation) ?? ClassifyDegradeCall(invocation) ?? ClassifyCallee(invocation);

                case IObjectCreationOperation creation:
                    return ClassifyResultCreation(creation);

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    when target.Property.Name == "StatusCode" && target.Property.ContainingType.InheritsFromOrEquals(_types.HttpResponse):
                    return DenyStatus(assignment.Value, "sets status ", operation);

                case ISimpleAssignmentOperation { Value.ConstantValue: { HasValue: true, Value: bool flag } } assignment:
                    return ClassifyDegradeAssignment(assignment.Target, flag, operation);

                default:
                    return null;
            }
        }

        /// <summary>A check whose true answer refuses (<c>IsBlocked</c>, <c>ShouldDeny</c>).</summary>
        internal static bool NamedForBlocking(string name) => StartsWithAny(name, Words.BlockCheckPrefixes);

        /// <summary><c>return false</c> from <c>IsAllowed(...)</c>, <c>return true</c> from <c>IsBlocked(...)</c>: an allow-check used as a gate.</summary>
        private GateAction? ClassifyCheckResult(bool returned, IOperation operation)
        {
            var name = _owner?.Name;
            if (name is null || !_owner!.ReturnsBool())
            {
                return null;
            }

            if (!returned && StartsWithAny(name, Words.AllowCheckPrefixes))
            {
                return Deny("returns false from allow-check " + name, operation);
            }

            return returned && StartsWithAny(name, Words.BlockCheckPrefixes) ? Deny("returns true from block-check " + name, operation) : null;
        }

        /// <summary>
        /// A returned result whose factory, property or type says it refuses (name evidence): <c>EnrollmentResult.Denied(...)</c>,
        /// <c>IdentityResult.Failed(...)</c>, <c>GeoDecision.Blocked</c>, <c>new RejectedResult()</c>, <c>SignInResult.NotAllowed</c>,
        /// also awaited or wrapped in <c>Task.FromResult</c>. The first word of the member's name decides, or "not" and the next.
        /// </summary>
        private static string? DenyingResult(IOperation result)
        {
            result = SignalFinder.Unwrap(result);
            if (result is IAwaitOperation awaited)
            {
                result = SignalFinder.Unwrap(awaited.Operation);
            }

            if (result is IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } wrapped)
            {
                result = SignalFinder.Unwrap(wrapped.Arguments[0].Value);
            }

            var (name, shown) = result switch
            {
                IInvocationOperation { TargetMethod: { IsStatic: true } factory } => (factory.Name, factory.ContainingType.Name + "." + factory.Name + "(...)"),
                IPropertyReferenceOperation { Property: { IsStatic: true } property } => (property.Name, property.ContainingType.Name + "." + property.Name),
                IFieldReferenceOperation { Field: { IsStatic: true } field } when field.Type.TypeKind != TypeKind.Enum => (field.Name, field.ContainingType.Name + "." + field.Name),
                IObjectCreationOperation { Type: { } created } => (created.Name, "new " + created.Name + "(...)"),
                _ => (null, null),
            };

            // SignInResult.NotAllowed, AccessResult.NotPermitted: "not" and a missing permission refuse as "Denied" does.
            var parts = name is null ? null : Services.NameVocabulary.Split(name);
            return parts is { Count: > 0 } && (Words.RefusingResultWords.Contains(parts[0]) || (parts[0] == "not" && parts.Count > 1 && Words.NegatedWords.Contains(parts[1])))
                ? shown
                : null;
        }

        /// <summary>An arm of a conditional expression whose value the method returns, also through conversions and <c>Task.FromResult</c>.</summary>
        private static bool IsReturnedArm(IOperation arm)
        {
            if (arm.Parent is not IConditionalOperation { IsRef: false } choice || (choice.WhenTrue != arm && choice.WhenFalse != arm))
            {
                return false;
            }

            for (var parent = choice.Parent; parent is not null; parent = parent.Parent)
            {
                switch (parent)
                {
                    case IReturnOperation:
                        return true;
                    case IConversionOperation or IParenthesizedOperation or IArgumentOperation or IAwaitOperation:
                        continue;
                    case IInvocationOperation { TargetMethod.Name: "FromResult" }:
                        continue;
                    default:
                        return false;
                }
            }

            return false;
        }

        /// <summary>Kick, ban and disconnect calls, also as a server command string ("kick {id}").</summary>
        private static GateAction? ClassifyDisconnect(IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            if (Words.DisconnectCalls.Contains(name))
            {
                return Deny("disconnects the user (" + name + ")", invocation);
            }

            // webSocket.CloseAsync(...), connection.Close(): the connection is dropped.
            var typeName = invocation.TargetMethod.ContainingType.Name;
            if (Words.CloseCalls.Contains(name) && Words.ConnectionTypeWords.Any(word => typeName.IndexOf(word, System.StringComparison.Ordinal) >= 0))
            {
                return Deny("closes the connection (" + typeName + "." + name + ")", invocation);
            }

            // member.RemoveAsync("not supported in your region"): a member, user or player removes itself from where it was
            // (a guild, a lobby), which is a kick. Collections (List<Member>.Remove(member)) are not such types.
            if (Words.MemberRemoveCalls.Contains(name) && invocation.Instance is not null
                && invocation.TargetMethod.Parameters.All(p => p.Type.SpecialType == SpecialType.System_String)
                && Words.MemberTypeEndings.Any(word => typeName.EndsWith(word, System.StringComparison.Ordinal)))
            {
                return Deny("removes the " + typeName + " (" + name + ")", invocation);
            }

            foreach (var argument in invocation.Arguments)
            {
                var text = argument.Value switch
                {
                    { ConstantValue: { HasValue: true, Value: string constant } } => constant,
                    IInterpolatedStringOperation { Parts: { Length: > 0 } parts } when parts[0] is IInterpolatedStringTextOperation first
                        => first.Text.ConstantValue.Value as string,
                    IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } joined => LeftmostText(joined),
                    _ => null,
                };

                if (text is not null && StartsWithAny(text, Words.CommandPrefixes))
                {
                    return Deny("sends a \"" + text.Trim().Split(' ')[0] + "\" command", invocation);
                }
            }

            return null;
        }

        /// <summary>The text a concatenation starts with: <c>"kickid " + slot</c> starts with "kickid ".</summary>
        private static string? LeftmostText(IBinaryOperation joined)
        {
            IOperation left = joined;
            while (left is IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } add)
            {
                left = add.LeftOperand;
            }

            return left.ConstantValue is { HasValue: true, Value: string text } ? text : null;
        }

        /// <summary><c>features.Disable("voice")</c>, <c>DisableUploads()</c>.</summary>
        private static GateAction? ClassifyDegradeCall(IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            if (Words.DisableCallPrefixes.Any(prefix => name.StartsWith(prefix, System.StringComparison.Ordinal)))
            {
                return new GateAction(ActionKind.Degrade, "calls " + name + "()", invocation);
            }

            // A setter called as a method, read like the property assignment it stands for: multiplayerButton.SetActive(false),
            // SetEnabled(false), SetInteractable(false). What it switches off must be named for a service (multiplayer,
            // video, chat): a generic panel or tab says nothing about what the jurisdiction's users lose.
            if (name.Length > 3 && name.StartsWith("Set", System.StringComparison.Ordinal) && char.IsUpper(name[3])
                && invocation.Arguments.Length == 1 && invocation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: bool value }
                && ReceiverName(invocation) is { } receiver && Services.NameVocabulary.Embedded.Match(receiver).Any())
            {
                var switchedOff = !value && ContainsAny(name, Words.SwitchedOffSetterWords);
                var restricted = value && ContainsAny(name, Words.RestrictedWords);
                return switchedOff || restricted
                    ? new GateAction(ActionKind.Degrade, "calls " + name + "(" + (value ? "true" : "false") + ")", invocation)
                    : null;
            }

            return null;
        }

        private static string? ReceiverName(IInvocationOperation invocation) => invocation.Instance switch
        {
            IFieldReferenceOperation field => field.Field.Name,
            IPropertyReferenceOperation property => property.Property.Name,
            ILocalReferenceOperation local => local.Local.Name,
            IParameterReferenceOperation parameter => parameter.Parameter.Name,
            _ => null,
        };

        /// <summary><c>VideoEnabled = false</c>, <c>IsReadOnly = true</c>: a feature switched off or reduced.</summary>
        private static GateAction? ClassifyDegradeAssignment(IOperation target, bool value, IOperation operation)
        {
            var name = target switch
            {
                // new { error = "...", blocked = true }: a reply's payload says what happened; it switches nothing off.
                IPropertyReferenceOperation { Property.ContainingType.IsAnonymousType: true } => null,
                IPropertyReferenceOperation property => property.Property.Name,
                IFieldReferenceOperation field => field.Field.Name,
                ILocalReferenceOperation local => local.Local.Name,
                _ => null,
            };

            if (name is null)
            {
                return null;
            }

            var switchedOff = !value && (ContainsAny(name, Words.SwitchedOffWords) || (name.Length > 3 && name.StartsWith("Can", System.StringComparison.Ordinal) && char.IsUpper(name[3])));
            var restricted = value && ContainsAny(name, Words.RestrictedWords);
            return switchedOff || restricted
                ? new GateAction(ActionKind.Degrade, "sets " + name + " = " + (value ? "true" : "false"), operation)
                : null;
        }

        private static bool StartsWithAny(string text, IEnumerable<string> prefixes)
        {
            foreach (var prefix in prefixes)
            {
                if (text.StartsWith(prefix, System.StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool ContainsAny(string text, IEnumerable<string> fragments)
        {
            foreach (var fragment in fragments)
            {
                if (text.IndexOf(fragment, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private GateAction? ClassifyCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;

            // Any call handed a refusing HTTP status, whatever its host (Results.Content(..., statusCode: 451), a server's
            // Fail(451, "...")): judged by its effect, not by a list of names.
            if (StatusArgument(invocation) is { } status && DenyStatus(status, "returns status ", invocation) is { } refused)
            {
                return refused;
            }

            // Forbid(), Context.Abort(), context.Fail(), ModelState.AddModelError(...): deny rows of Resources/ApiKnowledge.txt.
            if (ApiKnowledge.Embedded.DenialOf(method) is { } denial)
            {
                return Deny(denial, invocation);
            }

            return null;
        }

        /// <summary><c>new ForbidResult()</c>, <c>new StatusCodeResult(451)</c>, <c>new ObjectResult(x) { StatusCode = 403 }</c>, <c>new IdentityError { ... }</c>.</summary>
        private GateAction? ClassifyResultCreation(IObjectCreationOperation creation)
        {
            var type = creation.Type;
            if (type is null)
            {
                return null;
            }

            if (!type.IsOrImplements(_types.ActionResult))
            {
                // errors.Add(new IdentityError { ... }): a refusing type that is no action result (deny T: rows).
                return ApiKnowledge.Embedded.DenialOf(type) is { } recorded ? Deny(recorded, creation) : null;
            }

            if (ApiKnowledge.Embedded.DenialOf(type) is { } denial)
            {
                return Deny(denial, creation);
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

            // new RedirectResult("/unavailable"), new ViewResult { ViewName = "RegionBlocked" }: the page they are sent to says no.
            var page = creation.Arguments.Select(a => a.Value)
                .Concat(creation.Initializer?.Initializers.OfType<ISimpleAssignmentOperation>().Select(i => i.Value) ?? Enumerable.Empty<IOperation>())
                .Select(value => value.ConstantValue is { HasValue: true, Value: string text } ? text : null)
                .FirstOrDefault(text => text is not null && EarlyExit.SaysFailure(text));
            if (page is not null)
            {
                return Deny("returns " + type.Name + " to '" + page + "'", creation);
            }

            return ConstructorStatus(creation);
        }

        /// <summary>
        /// A result type of the project whose constructor sets a refusing status (<c>ForbiddenObjectResult(object value) :
        /// base(value) =&gt; StatusCode = 403;</c>), or hands one to its base (<c>: base(value) { StatusCode = 451; }</c>,
        /// <c>: base(403)</c>): creating it refuses, whatever its name.
        /// </summary>
        private GateAction? ConstructorStatus(IObjectCreationOperation creation)
        {
            if (creation.Constructor is not { DeclaringSyntaxReferences.Length: 1 } constructor || creation.SemanticModel?.Compilation is not { } compilation)
            {
                return null;
            }

            var syntax = constructor.DeclaringSyntaxReferences[0].GetSyntax();
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // Only for a result created on a gated path; its type usually lives nearby.
            var model = creation.SemanticModel.SyntaxTree == syntax.SyntaxTree ? creation.SemanticModel : compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax) is not { } body)
            {
                return null;
            }

            foreach (var operation in body.Descendants())
            {
                var status = operation switch
                {
                    ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "StatusCode" } } set => set.Value,
                    IArgumentOperation { Parent: IInvocationOperation { TargetMethod.MethodKind: MethodKind.Constructor } } argument when argument.Parameter?.Name == "statusCode" => argument.Value,
                    _ => null,
                };

                if (status is not null && DenyStatus(status, "returns " + creation.Type!.Name + " with status ", creation) is { } denied)
                {
                    return denied;
                }
            }

            return null;
        }

        private static IOperation? StatusArgument(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Name is "statusCode" or "code" or "status" or "httpStatusCode" && argument.ArgumentKind != ArgumentKind.DefaultValue)
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

            var unwrapped = SignalFinder.Unwrap(value);
            var constant = unwrapped.ConstantValue.HasValue ? unwrapped.ConstantValue : DefaultOf(unwrapped);
            if (!constant.HasValue || constant.Value is not int status)
            {
                return null;
            }

            return IsDenyStatus(status) ? Deny(verb + status, operation) : null;
        }

        /// <summary>
        /// The constant a field or property starts with (<c>public int StatusCode { get; set; } = StatusCodes.Status403Forbidden;</c>
        /// of a filter attribute): the status in effect wherever no use of the type sets another. Same tree only.
        /// </summary>
        private static Optional<object?> DefaultOf(IOperation value)
        {
            var member = value switch
            {
                IPropertyReferenceOperation property => (ISymbol)property.Property,
                IFieldReferenceOperation field => field.Field,
                _ => null,
            };

            if (member is not { DeclaringSyntaxReferences.Length: 1 } || value.SemanticModel is not { } model
                || member.DeclaringSyntaxReferences[0].SyntaxTree != model.SyntaxTree
                || ValueResolver.InitializerOf(member.DeclaringSyntaxReferences[0].GetSyntax()) is not { } initializer)
            {
                return default;
            }

            return model.GetConstantValue(initializer);
        }

        /// <summary>401, 403 and 451 refuse the user; 404 and 5xx are not read as geo-blocks.</summary>
        private static bool IsDenyStatus(int status) => status == 401 || status == 403 || status == 451;

        /// <summary>
        /// A call to a method of the project whose body always denies or degrades (<c>Reject(player, country)</c> whose
        /// statements ban the player, <c>return RejectAsync(context)</c> writing FTP 530 and closing the connection): the
        /// call does what the body does. Statements under a condition or in a loop are not "always"; one level deep.
        /// </summary>
        private GateAction? ClassifyCallee(IInvocationOperation invocation)
        {
            var callee = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
            if (!_followCalls || callee.IsAbstract || (callee.IsVirtual && !callee.IsSealed) || callee.DeclaringSyntaxReferences.Length != 1
                || invocation.SemanticModel?.Compilation is not { } compilation)
            {
                return null;
            }

            var syntax = callee.DeclaringSyntaxReferences[0].GetSyntax();
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // Only for a call on a gated path, whose callee usually lives in the same file.
            var model = invocation.SemanticModel.SyntaxTree == syntax.SyntaxTree ? invocation.SemanticModel : compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            var statements = model.GetOperation(syntax) switch
            {
                IMethodBodyOperation { BlockBody: { } block } => block.Operations,
                IMethodBodyOperation { ExpressionBody: { } expression } => expression.Operations,
                _ => ImmutableArray<IOperation>.Empty,
            };

            var inner = new ActionClassifier(_types, callee, followCalls: false);
            foreach (var statement in statements)
            {
                // if (_banOnSight) player.Ban(...); else player.Kick(...): both ways deny.
                if (statement is IConditionalOperation { WhenFalse: { } otherwise } choice
                    && inner.Classify(new[] { choice.WhenTrue }) is { Kind: not ActionKind.Neutral } eitherWay
                    && inner.Classify(new[] { otherwise }).Kind != ActionKind.Neutral)
                {
                    return new GateAction(eitherWay.Kind, "calls " + callee.Name + "(), which " + eitherWay.Description, invocation);
                }

                if (statement is IConditionalOperation or ILoopOperation or ISwitchOperation or ITryOperation)
                {
                    continue;
                }

                var action = inner.Classify(new[] { statement });
                if (action.Kind != ActionKind.Neutral)
                {
                    return new GateAction(action.Kind, "calls " + callee.Name + "(), which " + action.Description, invocation);
                }
            }

            return null;
        }

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
