using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// The values a parameter receives from the compilation's call sites: <c>.BlockCountries("IR", "CU")</c> for
    /// <c>params string[] countryCodes</c>, <c>new BlockRequirement(new[] { "Iran" })</c> for a constructor parameter,
    /// <c>[DenyRegions("IR")]</c> for an attribute's. Found by name in the text first, then bound; cached per parameter.
    /// </summary>
    internal sealed class CallSiteValues
    {
        /// <summary>Beyond this many call sites a parameter is taken as filled at run time.</summary>
        private const int MaxCallSites = 32;

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IParameterSymbol, Sites> _cache = new ConcurrentDictionary<IParameterSymbol, Sites>(SymbolEqualityComparer.Default);

        private readonly MemberWrites _writes;

        public CallSiteValues(Compilation compilation, MemberWrites writes)
        {
            _compilation = compilation;
            _writes = writes;
        }

        public ListValues Of(IParameterSymbol parameter, CancellationToken cancellationToken) =>
            _cache.GetOrAdd(parameter.OriginalDefinition, p => Compute(p, cancellationToken)).Values;

        /// <summary>The argument operations the call sites pass for the parameter (not attribute arguments); empty beyond the cap.</summary>
        public ImmutableArray<IOperation> ArgumentsOf(IParameterSymbol parameter, CancellationToken cancellationToken) =>
            _cache.GetOrAdd(parameter.OriginalDefinition, p => Compute(p, cancellationToken)).Arguments;

        private Sites Compute(IParameterSymbol parameter, CancellationToken cancellationToken)
        {
            var unknown = new Sites(
                ListValues.Unknown("parameter '" + parameter.Name + "' of " + parameter.ContainingSymbol.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + " filled by its callers at run time"),
                ImmutableArray<IOperation>.Empty);
            if (parameter.ContainingSymbol is not IMethodSymbol method || method.DeclaringSyntaxReferences.IsEmpty)
            {
                return unknown;
            }

            var passed = ImmutableArray.CreateBuilder<IOperation>();

            var isConstructor = method.MethodKind == MethodKind.Constructor;
            var name = isConstructor ? method.ContainingType.Name : method.Name;
            var attributeName = name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
            var values = ImmutableArray.CreateBuilder<ListValue>();
            var sites = 0;
            foreach (var tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = tree.GetText(cancellationToken).ToString();
                if (text.IndexOf(attributeName, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (!NamesTheCallee(node, name, attributeName))
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Call sites live in other files; bound once per parameter (cached above).
                    model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (++sites > MaxCallSites)
                    {
                        return unknown;
                    }

                    if (node is AttributeSyntax attribute)
                    {
                        if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(attribute, cancellationToken).Symbol?.OriginalDefinition, method.OriginalDefinition))
                        {
                            continue;
                        }

                        // Attribute arguments have no operations in every compiler: read their constants.
                        var arguments = attribute.ArgumentList?.Arguments.Where(a => a.NameEquals is null && a.NameColon is null).ToList();
                        for (var i = parameter.Ordinal; arguments is not null && i < arguments.Count && (i == parameter.Ordinal || parameter.IsParams); i++)
                        {
                            values.AddRange(ValueResolver.LiteralsIn(arguments[i].Expression));
                        }

                        continue;
                    }

                    var operation = model.GetOperation(node, cancellationToken);
                    var (target, arguments2) = operation switch
                    {
                        IInvocationOperation call => (call.TargetMethod, call.Arguments),
                        IObjectCreationOperation creation => (creation.Constructor, creation.Arguments),
                        _ => (null, ImmutableArray<IArgumentOperation>.Empty),
                    };
                    if (target is null || !SymbolEqualityComparer.Default.Equals((target.ReducedFrom ?? target).OriginalDefinition, method.OriginalDefinition))
                    {
                        continue;
                    }

                    foreach (var argument in arguments2.Where(a => SymbolEqualityComparer.Default.Equals(a.Parameter?.OriginalDefinition, parameter)))
                    {
                        var constants = ValueResolver.ConstantsIn(argument.Value);
                        values.AddRange(constants.IsEmpty ? HandedOnMember(argument.Value, cancellationToken) : constants);
                        passed.Add(argument.Value);
                    }
                }
            }

            return new Sites(values.Count > 0 ? ListValues.Resolved(values.ToImmutable()) : unknown.Values, passed.ToImmutable());
        }

        /// <summary>
        /// A field or property handed on by name (<c>new CountryDenyFilter(EmbargoedForPayments)</c>): the literals of its
        /// initializer, read from syntax, else the constants written to it (an attribute's named argument,
        /// <c>[GuardTraffic(DenyCountries = "IR,CU")]</c>). Neither asks another summary, so none can ask back.
        /// </summary>
        private ImmutableArray<ListValue> HandedOnMember(IOperation argument, CancellationToken cancellationToken)
        {
            var member = SignalFinder.Unwrap(argument) switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };

            if (member is null || member.DeclaringSyntaxReferences.Length != 1)
            {
                return ImmutableArray<ListValue>.Empty;
            }

            return ValueResolver.InitializerOf(member.DeclaringSyntaxReferences[0].GetSyntax()) is { } initializer
                ? ValueResolver.LiteralsIn(initializer)
                : _writes.Of(member, cancellationToken) is { Unresolved: null } written ? written.Values : ImmutableArray<ListValue>.Empty;
        }

        /// <summary>What the call sites of one parameter pass: the constants as a list, and the argument operations.</summary>
        private sealed class Sites
        {
            public Sites(ListValues values, ImmutableArray<IOperation> arguments)
            {
                Values = values;
                Arguments = arguments;
            }

            public ListValues Values { get; }

            public ImmutableArray<IOperation> Arguments { get; }
        }

        private static bool NamesTheCallee(SyntaxNode node, string name, string attributeName) => node switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name.Identifier.ValueText == name,
            InvocationExpressionSyntax { Expression: IdentifierNameSyntax identifier } => identifier.Identifier.ValueText == name,
            InvocationExpressionSyntax { Expression: GenericNameSyntax generic } => generic.Identifier.ValueText == name,
            ObjectCreationExpressionSyntax { Type: var type } => LastName(type) == name,
            ImplicitObjectCreationExpressionSyntax => true,
            AttributeSyntax attribute => LastName(attribute.Name) is { } last && (last == name || last == attributeName),
            _ => false,
        };

        private static string? LastName(TypeSyntax type) => type switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
