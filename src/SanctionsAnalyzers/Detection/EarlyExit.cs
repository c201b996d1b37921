using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Engine;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// A deny judged by its effect on the control flow graph: the jurisdiction's users leave (return, go to the next turn
    /// of the loop, or skip the branch) before work that everyone else gets and that uses a service, while their own path
    /// only logs, notifies, records a validation error and leaves. Routing (their path uses another service) is no deny,
    /// and a returned value must show the refusal (<c>false</c>, <c>null</c>, a result with a flag switched off or a failure
    /// status, a form shown again with a model error): a different page alone is not one.
    /// </summary>
    internal static class EarlyExit
    {
        public static GateAction? Find(FlowGateFinder.FlowGate flow, ISymbol owner, SanctionsCompilationContext context)
        {
            if (!flow.Leaves || flow.Skipped.Count == 0)
            {
                return null;
            }

            // Their own path may only log, notify, record a validation error and leave, or call what everyone else's path
            // calls too (a bot's reply in the same chat): anything else (queueing them for another edition, sending through
            // another provider) routes them rather than refusing them.
            IOperation? leave = null;
            (string Text, IOperation Operation)? shownRefusal = null;
            var validationError = false;
            var shared = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
            foreach (var operation in flow.Path)
            {
                switch (operation)
                {
                    case IReturnOperation or IBranchOperation:
                        leave ??= operation;
                        continue;
                    case IInvocationOperation call when ApiKnowledge.Embedded.IsInputError(call):
                        validationError = true;
                        continue;
                }

                if (GeoBlockFinder.IsLoggingOrNotice(operation))
                {
                    continue;
                }

                // builder.AddContent(2, "Sorry, this content isn't available in your region."): a notice saying no (a log line
                // saying "blocked" is no notice to the user).
                if (RefusalShownBy(operation) is { } notice)
                {
                    shownRefusal ??= (notice, operation);
                    continue;
                }

                if (RecordsRefusal(operation))
                {
                    continue;
                }

                if (CalledMethod(operation) is { } called && flow.Skipped.Any(skipped => Calls(skipped).Any(c => SymbolEqualityComparer.Default.Equals(c.TargetMethod.OriginalDefinition, called.OriginalDefinition))))
                {
                    shared.Add(called.OriginalDefinition);
                    continue;
                }

                return null;
            }

            // return Redirect($"/login?error=geo_blocked&country={code}"): the page they are sent to says no, whatever the
            // method does after for everyone else.
            if (leave is IReturnOperation { ReturnedValue: { } shown } && RefusalTextOf(shown) is { } page)
            {
                return new GateAction(ActionKind.Deny, "sends them to '" + page + "'", leave);
            }

            // A block list's users are shown a refusal ("isn't available in your region") and leave: whatever the rest
            // renders or does is denied them. An allow-list's notice ("country not supported") may be a form's validation.
            if (shownRefusal is { } refusal && !validationError && flow.Gate.Form != GateForm.AllowList && !flow.Gate.Mentions.IsEmpty)
            {
                return new GateAction(ActionKind.Deny, "shows '" + refusal.Text + "' and leaves", leave ?? refusal.Operation);
            }

            // return Results.File(BlankTile.Png, "image/png") where everyone else gets Results.File(tile, "image/png") of the
            // renderer's tile: the same answer with stored filler instead of the content, a degrade.
            if (leave is IReturnOperation { ReturnedValue: { } filler } && flow.Gate.Form != GateForm.AllowList && !flow.Gate.Mentions.IsEmpty
                && Placeholder(filler, flow.Skipped) is { } withheld)
            {
                return new GateAction(ActionKind.Degrade, "returns stored filler instead of what " + withheld.Name + " returns", leave);
            }

            if (leave is IReturnOperation { ReturnedValue: { } returned } && !validationError && !ShowsRefusal(returned, depth: 0)
                && !(flow.Gate.Form != GateForm.AllowList && !flow.Gate.Mentions.IsEmpty && IsErrorResult(returned)))
            {
                return null;
            }

            // What they skip: a service the analyzer knows, or work of the project's own collaborators (a key issued by the
            // VPN client, a code sent by the SMS gateway): the feature's own evidence then says which service it is.
            var skippedService = flow.Skipped.FirstOrDefault(operation => !Calls(operation).All(call => shared.Contains(call.TargetMethod.OriginalDefinition))
                && (FeatureResolver.UsesAService(new[] { operation }, owner, context) || Calls(operation).Any(call => Collaborator(call) is not null)));
            if (skippedService is null || SkipsOnlyWorkStillBlocked(skippedService, flow.Gate, context) || !SkipsAlways(flow.Site, skippedService))
            {
                return null;
            }

            var skippedName = NameOf(skippedService);
            var description = (leave is IReturnOperation ? "returns before " : "skips ") + (skippedName ?? "the service call");
            return new GateAction(ActionKind.Deny, description, leave ?? flow.Gate.Comparison);
        }

        /// <summary>
        /// True when the names of the skipped call (its collaborator's type and the method: <c>IStoreController.InitiatePurchase</c>)
        /// say it is a service no authorization covers for any of the gate's jurisdictions (payments, trading): skipping it is
        /// the block the law asks for, whatever the enclosing class is named after.
        /// </summary>
        private static bool SkipsOnlyWorkStillBlocked(IOperation skipped, Gate gate, SanctionsCompilationContext context)
        {
            var call = skipped.DescendantsAndSelf().OfType<IInvocationOperation>().FirstOrDefault(c => Collaborator(c) is not null);
            if (call is null)
            {
                return false;
            }

            var categories = context.Catalog.Vocabulary.Match(call.TargetMethod.Name).Concat(context.Catalog.Vocabulary.Match(Collaborator(call)!.Name))
                .SelectMany(match => match.Categories).Distinct().ToList();
            return categories.Count > 0 && categories.All(category => gate.Jurisdictions.All(jurisdiction =>
                context.Policy.Evaluate(jurisdiction, category).Kind is VerdictKind.NotCovered or VerdictKind.Excluded));
        }

        /// <summary>
        /// The type of the collaborator a call is made on: a field, property or parameter holding an object of the project
        /// or of a package (not the framework's: string, collections, logging), such as an injected client or gateway.
        /// </summary>
        private static INamedTypeSymbol? Collaborator(IInvocationOperation call)
        {
            // A field, property or parameter holding a collaborator, or a local of an interface type (a provider resolved
            // from a list: `provider.TranslateAsync(...)` after `TryResolveProvider(..., out var provider)`).
            if (call.Instance is not (IFieldReferenceOperation or IPropertyReferenceOperation or IParameterReferenceOperation or ILocalReferenceOperation { Type.TypeKind: TypeKind.Interface })
                || call.Instance.Type is not INamedTypeSymbol type
                || GeoBlockFinder.IsLoggingOrNotice(call))
            {
                return null;
            }

            var root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                root = parent;
            }

            return root?.Name is "System" or "Microsoft" ? null : type;
        }

        /// <summary>
        /// The gate's if statement is a statement of the method (or lambda, local function, loop) body itself, or the skipped
        /// work follows it in its own block (<c>if (message.Contact != null) { if (!IsSupported(phone)) { reply; return; } Register(...); }</c>):
        /// an exit from a block that runs only sometimes, before work elsewhere, skips that work only then.
        /// </summary>
        private static bool SkipsAlways(IOperation comparison, IOperation skipped)
        {
            var statement = comparison;
            while (statement.Parent is { } parent && statement is not IConditionalOperation { Type: null })
            {
                statement = parent;
            }

            if (statement is not IConditionalOperation { Parent: IBlockOperation block })
            {
                return false;
            }

            if (block.Parent is IMethodBodyOperation or IAnonymousFunctionOperation or ILocalFunctionOperation or ILoopOperation)
            {
                return true;
            }

            for (var ancestor = skipped; ancestor is not null; ancestor = ancestor.Parent)
            {
                if (ancestor.Parent == block)
                {
                    return ancestor.Syntax.SpanStart > statement.Syntax.SpanStart;
                }
            }

            return false;
        }

        /// <summary>
        /// The collaborator method whose result everyone else's answer carries, when the jurisdiction's answer is the same
        /// call made from stored values only (static fields, constants): <c>Results.File(BlankTile.Png, ...)</c> against
        /// <c>Results.File(tile, ...)</c> with <c>var tile = await renderer.RenderAsync(...)</c>.
        /// </summary>
        private static IMethodSymbol? Placeholder(IOperation filler, IReadOnlyList<IOperation> skipped)
        {
            if (SignalFinder.Unwrap(filler) is not IInvocationOperation mine
                || !mine.Arguments.All(a => IsStored(SignalFinder.Unwrap(a.Value))))
            {
                return null;
            }

            var theirs = skipped.SelectMany(s => s.DescendantsAndSelf()).OfType<IInvocationOperation>()
                .Where(c => SymbolEqualityComparer.Default.Equals(c.TargetMethod.OriginalDefinition, mine.TargetMethod.OriginalDefinition));
            foreach (var answer in theirs)
            {
                foreach (var local in answer.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).OfType<ILocalReferenceOperation>())
                {
                    var fetched = skipped.SelectMany(s => s.DescendantsAndSelf()).OfType<IVariableDeclaratorOperation>()
                        .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local))
                        .Select(d => d.Initializer?.Value is { } value ? SignalFinder.Unwrap(value) : null)
                        .Select(value => value is IAwaitOperation awaited ? SignalFinder.Unwrap(awaited.Operation) : value)
                        .OfType<IInvocationOperation>()
                        .FirstOrDefault(call => Collaborator(call) is not null);
                    if (fetched is not null)
                    {
                        return fetched.TargetMethod;
                    }
                }
            }

            return null;
        }

        private static bool IsStored(IOperation value) =>
            value.ConstantValue.HasValue || value is IFieldReferenceOperation { Field.IsStatic: true } or IPropertyReferenceOperation { Property.IsStatic: true }
            || (value is IDefaultValueOperation);

        private static IEnumerable<IInvocationOperation> Calls(IOperation operation) => operation.DescendantsAndSelf().OfType<IInvocationOperation>();

        /// <summary>The method a statement calls (<c>await bot.SendTextMessageAsync(...)</c>), if it is one call.</summary>
        private static IMethodSymbol? CalledMethod(IOperation statement)
        {
            var operation = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
            return (operation is IAwaitOperation awaited ? awaited.Operation : operation) is IInvocationOperation call ? call.TargetMethod : null;
        }

        /// <summary>Whether a returned value says no: false, null, default, or a result built with a false flag or a failure status.</summary>
        private static bool ShowsRefusal(IOperation value, int depth)
        {
            value = SignalFinder.Unwrap(value);
            if (value is IAwaitOperation awaited)
            {
                value = SignalFinder.Unwrap(awaited.Operation);
            }

            switch (value)
            {
                case { ConstantValue: { HasValue: true, Value: false or null } }:
                case IDefaultValueOperation:
                    return true;
                case IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } member }:
                    return SaysFailure(member.Name);
                case IInvocationOperation { TargetMethod.Name: "FromResult", Arguments.Length: 1 } wrapped:
                    return ShowsRefusal(wrapped.Arguments[0].Value, depth);
                case IObjectCreationOperation creation:
                    return creation.Arguments.Any(a => IsRefusalPart(a.Value))
                        || (creation.Initializer?.Initializers.OfType<IAssignmentOperation>().Any(i => IsRefusalPart(i.Value)) ?? false);
                case IAnonymousObjectCreationOperation anonymous:
                    return anonymous.Initializers.OfType<IAssignmentOperation>().Any(i => IsRefusalPart(i.Value));
                case IInvocationOperation call when depth == 0:
                    // Json(new { Success = false, ... }), Ok(new Result(false, ...)): the payload says no.
                    // RedirectToPage("/AccessDeniedDueToIP"), Redirect("/blocked"): the page they are sent to says no.
                    return call.Arguments.Any(a => ShowsRefusal(a.Value, depth + 1) && SignalFinder.Unwrap(a.Value) is IObjectCreationOperation or IAnonymousObjectCreationOperation)
                        || call.Arguments.Any(a => a.Value.ConstantValue is { HasValue: true, Value: string target } && SaysFailure(target));
                default:
                    return false;
            }
        }

        /// <summary>
        /// The text a returned result is built from when it says the refusal: a page, route or message handed to the call
        /// that makes the result (<c>Redirect($"/login?error=geo_blocked&amp;country={code}")</c>, <c>View("RegionBlocked")</c>),
        /// a constant or the literal parts of an interpolation. Null for any other result.
        /// </summary>
        private static string? RefusalTextOf(IOperation returned)
        {
            var value = SignalFinder.Unwrap(returned);
            if (value is IAwaitOperation awaited)
            {
                value = SignalFinder.Unwrap(awaited.Operation);
            }

            if (value is not IInvocationOperation call)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                var text = SignalFinder.Unwrap(argument.Value) switch
                {
                    { ConstantValue: { HasValue: true, Value: string constant } } => constant,
                    IInterpolatedStringOperation interpolated => string.Concat(interpolated.Parts.OfType<IInterpolatedStringTextOperation>()
                        .Select(part => part.Text.ConstantValue.Value as string)),
                    _ => null,
                };
                if (text is not null && SaysFailure(text))
                {
                    return text;
                }
            }

            return null;
        }

        /// <summary>A part of a result that says no: a false flag or a failure member (<c>Status.Error</c>, <c>RecipientNotAllowed</c>).</summary>
        private static bool IsRefusalPart(IOperation value)
        {
            value = SignalFinder.Unwrap(value);
            return value.ConstantValue is { HasValue: true, Value: false }
                || (value is IFieldReferenceOperation { Field: { ContainingType.TypeKind: TypeKind.Enum } member } && SaysFailure(member.Name));
        }

        /// <summary>
        /// A call whose name says the refusal (<c>_invitations.ReminderWasNotSent(...)</c>, <c>MarkRejected(...)</c>), or handed
        /// a new object whose type says it (<c>await context.Publish(new EmailSuppressed(...))</c>), or a text that says it
        /// (<c>DisplayAlertAsync("Video call", "Not available in your region.", "OK")</c>): it records or announces the
        /// refusal, as a log line does.
        /// </summary>
        private static bool RecordsRefusal(IOperation statement)
        {
            var operation = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
            if (operation is IAwaitOperation awaited)
            {
                operation = awaited.Operation;
            }

            return operation is IInvocationOperation call
                && (SaysFailure(call.TargetMethod.Name)
                    || call.Arguments.Any(a => SignalFinder.Unwrap(a.Value) is IObjectCreationOperation { Type: { } created } && SaysFailure(created.Name))
                    || call.Arguments.Any(a => a.Value.ConstantValue is { HasValue: true, Value: string text } && SaysFailure(text)));
        }

        /// <summary>A member name with a failure word (<c>Error</c>, <c>Rejected</c>) or a negated permission (<c>RecipientNotAllowed</c>).</summary>
        /// <summary><c>UnprocessableEntity(new { error })</c>, <c>Results.Conflict()</c>: an HTTP error result (the <c>error-result</c> words).</summary>
        private static bool IsErrorResult(IOperation returned)
        {
            var value = SignalFinder.Unwrap(returned);
            if (value is IAwaitOperation awaited)
            {
                value = SignalFinder.Unwrap(awaited.Operation);
            }

            return value is IInvocationOperation call && ActionWords.Embedded.ErrorResultCalls.Contains(call.TargetMethod.Name);
        }

        /// <summary>A text handed to a call on their path that says no ("Sorry, this content isn't available in your region.").</summary>
        private static string? RefusalShownBy(IOperation statement)
        {
            var operation = statement is IExpressionStatementOperation expression ? expression.Operation : statement;
            if (operation is not IInvocationOperation call)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (SignalFinder.Unwrap(argument.Value).ConstantValue is { HasValue: true, Value: string text } && text.IndexOf(' ') > 0 && SaysFailure(text))
                {
                    return text;
                }
            }

            return null;
        }

        internal static bool SaysFailure(string name)
        {
            // "isn't available" says "not available".
            var parts = NameVocabulary.Split(name.Replace("n't", " not").Replace("n\u2019t", " not"));
            for (var i = 0; i < parts.Count; i++)
            {
                if (ActionWords.Embedded.FailureWords.Contains(parts[i]) || (parts[i] == "not" && i + 1 < parts.Count && ActionWords.Embedded.NegatedWords.Contains(parts[i + 1])))
                {
                    return true;
                }
            }

            return false;
        }

        private static string? NameOf(IOperation operation) =>
            operation.DescendantsAndSelf().OfType<IInvocationOperation>().FirstOrDefault()?.TargetMethod.Name;
    }
}
