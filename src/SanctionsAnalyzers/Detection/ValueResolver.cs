using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Finds the string constants a collection may hold: literals in initializers and collection expressions,
    /// named constants, locals, fields and properties with initializers, and lists bound from configuration.
    /// </summary>
    internal sealed class ValueResolver
    {
        private const int MaxDepth = 4;

        private readonly SanctionsCompilationContext _context;
        private readonly MethodIndex _index;

        public ValueResolver(SanctionsCompilationContext context, MethodIndex index)
        {
            _context = context;
            _index = index;
        }

        /// <summary>The list's values; null when the expression is not a list this resolver understands.</summary>
        public ListValues? Resolve(IOperation collection) => Resolve(collection, depth: 0);

        private ListValues? Resolve(IOperation collection, int depth, bool text = false)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var value = SignalFinder.Unwrap(collection);
            switch (value)
            {
                case ILocalReferenceOperation local:
                    var values = ImmutableArray.CreateBuilder<ListValue>();
                    string? unresolved = null;
                    foreach (var assigned in _index.ValuesOf(local.Local))
                    {
                        var resolved = Resolve(assigned, depth + 1, text);
                        if (resolved is null)
                        {
                            continue;
                        }

                        values.AddRange(resolved.Values);
                        unresolved ??= resolved.Unresolved;
                    }

                    return values.Count > 0 || unresolved is null ? ListValues.Resolved(values.ToImmutable()) : ListValues.Unknown(unresolved);

                case IFieldReferenceOperation field:
                    return _context.MemberValues(field.Field, value.SemanticModel);

                case IPropertyReferenceOperation property when !property.Property.IsIndexer:
                    return _context.MemberValues(property.Property, value.SemanticModel);

                case IParameterReferenceOperation parameter when text || parameter.Type?.SpecialType != SpecialType.System_String:
                    // A list handed in (params string[] countries, a constructor's list), or the text a split cuts: what the callers pass.
                    return _context.CallSites.Of(parameter.Parameter, default);

                case IInvocationOperation invocation when _context.Configuration.TryResolveBinding(invocation, out var bound):
                    return bound;

                case IInvocationOperation { Instance: { } joined } split when ApiKnowledge.Embedded.RoleOf(split.TargetMethod) == ApiRole.Split
                    && RunTimeInputIn(value) is null && Resolve(joined, depth + 1, text: true) is { Unresolved: null, Values.IsEmpty: false } joinedText:
                    // deny.Split(',') where deny is "IR,CU,KP" (a literal, a member's value, what the callers pass): its entries.
                    return ListValues.Resolved(Cut(joinedText.Values, SeparatorsOf(split)));

                case IInvocationOperation { Instance: { } joined } split when ApiKnowledge.Embedded.RoleOf(split.TargetMethod) == ApiRole.Split
                    && RunTimeInputIn(value) is null && Resolve(joined, depth + 1, text: true) is { Unresolved: { } unknownText }:
                    // settings.Split(',') where the settings are read at run time: unknown for the same reason.
                    return ListValues.Unknown(unknownText);

                case IInvocationOperation chained when RunTimeInputIn(value) is null && ChainSource(chained) is { } source
                    && Resolve(source, depth + 1, text) is { Unresolved: { } unknownSource }:
                    // settings.Split(',').Where(...).Select(...).ToHashSet(): a list made from one read at run time is unknown too,
                    // whatever constants the steps write (a length, a separator).
                    return ListValues.Unknown(unknownSource);

                case ICoalesceOperation coalesce when text:
                    // (deny ?? "").Split(','): the text, or nothing.
                    return Resolve(coalesce.Value, depth + 1, text);

                default:
                    return WithoutConstantsIsUnknown(ConstantsIn(value), value);
            }
        }

        /// <summary>
        /// What a chain of calls starts from: <c>raw</c> in <c>raw.Split(',').Where(...).Select(...).ToHashSet()</c> (the
        /// receiver, or an extension's first argument, followed down a bounded number of steps); null past the bound.
        /// </summary>
        private static IOperation? ChainSource(IInvocationOperation call)
        {
            IOperation? current = call;
            for (var step = 0; step < MaxChainSteps; step++)
            {
                if (current is not IInvocationOperation invocation)
                {
                    return current;
                }

                current = invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                current = current is null ? null : SignalFinder.Unwrap(current);
                if (current is null)
                {
                    return null;
                }
            }

            return null;
        }

        private const int MaxChainSteps = 16;

        /// <summary>The separators of a split: its char and string arguments (one, several, or an array); white space when none.</summary>
        private static string[] SeparatorsOf(IInvocationOperation split)
        {
            var separators = split.Arguments
                .SelectMany(a => a.Value.DescendantsAndSelf())
                .Select(o => o.ConstantValue)
                .Where(c => c.HasValue && c.Value is char or string)
                .Select(c => c.Value is char single ? single.ToString() : (string)c.Value!)
                .Where(separator => separator.Length > 0)
                .ToArray();
            return separators.Length > 0 ? separators : new[] { " ", "\t", "\n", "\r" };
        }

        /// <summary>Each text cut at the separators, entries trimmed, empty ones dropped; an entry keeps its text's location.</summary>
        private static ImmutableArray<ListValue> Cut(ImmutableArray<ListValue> texts, string[] separators) =>
            texts.SelectMany(t => t.Value.Split(separators, System.StringSplitOptions.RemoveEmptyEntries)
                    .Select(entry => entry.Trim())
                    .Where(entry => entry.Length > 0)
                    .Select(entry => new ListValue(entry, t.Location)))
                .ToImmutableArray();

        /// <summary>
        /// A list expression that writes no constant is filled or computed at run time (<c>new HashSet&lt;string&gt;()</c>
        /// filled by an admin endpoint, <c>Environment.GetEnvironmentVariable("BLOCKED")?.Split(',')</c>, a settings
        /// string split at run time): its contents are unknown, not empty.
        /// </summary>
        public static ListValues WithoutConstantsIsUnknown(ImmutableArray<ListValue> constants, IOperation expression)
        {
            if (RunTimeInputIn(expression) is { } input)
            {
                return input;
            }

            if (AskedOfAService(expression) is { } asked)
            {
                return asked;
            }

            if (!constants.IsEmpty)
            {
                return ListValues.Resolved(constants);
            }

            var source = expression.DescendantsAndSelf().OfType<IInvocationOperation>().FirstOrDefault();
            return ListValues.Unknown(source is null
                ? "a list filled at run time"
                : "a list computed at run time by " + source.TargetMethod.ContainingType.Name + "." + source.TargetMethod.Name);
        }

        /// <summary>
        /// A value asked of a service through an interface or abstract member (<c>await _settings.GetValueAsync("auth.banned_countries")</c>):
        /// what it returns is known at run time only, and the constants handed to it are keys, not entries. The key names
        /// what the list holds.
        /// </summary>
        private static ListValues? AskedOfAService(IOperation expression)
        {
            var value = expression;
            while (value is IAwaitOperation or IConversionOperation)
            {
                value = value is IAwaitOperation awaited ? awaited.Operation : ((IConversionOperation)value).Operand;
            }

            if (value is not IInvocationOperation { TargetMethod: var method } call
                || !(method.IsAbstract || method.ContainingType.TypeKind == TypeKind.Interface))
            {
                return null;
            }

            var key = call.Arguments.Select(a => a.Value.ConstantValue).FirstOrDefault(c => c.HasValue && c.Value is string).Value as string;
            return ListValues.Unknown("a list read at run time by " + method.ContainingType.Name + "." + method.Name + (key is null ? string.Empty : " '" + key + "'"));
        }

        /// <summary>
        /// A list read at run time by an input API (Resources/ApiKnowledge.txt): <c>Environment.GetEnvironmentVariable("BLOCKED")</c>
        /// writes a constant, but it is the variable's name, not an entry.
        /// </summary>
        public static ListValues? RunTimeInputIn(IOperation expression)
        {
            foreach (var call in expression.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Input)
                {
                    var key = call.Arguments.Length > 0 && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string name } ? " '" + name + "'" : string.Empty;
                    return ListValues.Unknown("a list read at run time by " + call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name + key);
                }
            }

            return null;
        }

        /// <summary>Every string constant (and enum member) written inside an initializer expression.</summary>
        public static ImmutableArray<ListValue> ConstantsIn(IOperation operation)
        {
            var result = ImmutableArray.CreateBuilder<ListValue>();
            foreach (var descendant in operation.DescendantsAndSelf())
            {
                switch (descendant)
                {
                    case ILiteralOperation or IFieldReferenceOperation when descendant.ConstantValue is { HasValue: true, Value: string text }:
                        result.Add(new ListValue(text, descendant.Syntax.GetLocation()));
                        break;
                    case IFieldReferenceOperation { Field.ContainingType.TypeKind: TypeKind.Enum } enumMember when !IsFrameworkOption(enumMember.Field.ContainingType):
                        // Country.Iran; not the options of the call building the list (Split(',', StringSplitOptions.TrimEntries)).
                        result.Add(new ListValue(enumMember.Field.Name, descendant.Syntax.GetLocation()));
                        break;
                }
            }

            return result.ToImmutable();
        }

        /// <summary>An enum of the framework (StringSplitOptions, StringComparison): how a list is built, never one of its entries.</summary>
        private static bool IsFrameworkOption(INamedTypeSymbol type)
        {
            var root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                root = parent;
            }

            return root?.Name is "System" or "Microsoft";
        }

        /// <summary>
        /// String literals of an initializer in a tree the current semantic model does not cover: the syntax is
        /// enough to read literals, and named constants there are left out.
        /// </summary>
        public static ImmutableArray<ListValue> LiteralsIn(SyntaxNode initializer) =>
            initializer.DescendantTokens()
                .Where(t => t.IsKind(SyntaxKind.StringLiteralToken))
                .Select(t => new ListValue(t.ValueText, t.GetLocation()))
                .ToImmutableArray();

        /// <summary>The initializer expression of a field or property declaration, if it has one.</summary>
        public static ExpressionSyntax? InitializerOf(SyntaxNode declaration) => declaration switch
        {
            VariableDeclaratorSyntax { Initializer: { } initializer } => initializer.Value,
            PropertyDeclarationSyntax { Initializer: { } initializer } => initializer.Value,
            PropertyDeclarationSyntax { ExpressionBody: { } body } => body.Expression,
            _ => null,
        };
    }
}
