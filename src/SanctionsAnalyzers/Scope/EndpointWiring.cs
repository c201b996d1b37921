using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Scope
{
    /// <summary>
    /// Route groups and endpoint conventions of one startup method: the full route of
    /// <c>api.MapPost("/mail", ...)</c> after <c>var api = app.MapGroup("/api")</c>, and the endpoint filters and
    /// authorization policies added to the endpoint or to any group it is in.
    /// </summary>
    internal sealed class EndpointWiring
    {
        private const int MaxChain = 32;

        private static readonly ImmutableHashSet<string> ConventionMethods = ImmutableHashSet.Create(
            StringComparer.Ordinal, "AddEndpointFilter", "AddEndpointFilterFactory", "RequireAuthorization");

        private readonly Dictionary<ISymbol, List<IInvocationOperation>> _conventions = new Dictionary<ISymbol, List<IInvocationOperation>>(SymbolEqualityComparer.Default);
        private readonly Dictionary<ISymbol, IOperation> _initializers = new Dictionary<ISymbol, IOperation>(SymbolEqualityComparer.Default);

        public EndpointWiring(IOperation body)
        {
            foreach (var operation in body.Descendants())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation { Initializer: { } initializer } declarator:
                        _initializers[declarator.Symbol] = initializer.Value;
                        break;
                    case ISimpleAssignmentOperation { Target: ILocalReferenceOperation local } assignment:
                        _initializers[local.Local] = assignment.Value;
                        break;
                    case IInvocationOperation call when ConventionMethods.Contains(call.TargetMethod.Name) && BaseSymbol(call) is { } symbol:
                        if (!_conventions.TryGetValue(symbol, out var list))
                        {
                            _conventions[symbol] = list = new List<IInvocationOperation>();
                        }

                        list.Add(call);
                        break;
                }
            }
        }

        /// <summary>Route, policies and endpoint filters of the endpoint that <paramref name="map"/> maps.</summary>
        public (string? Route, ImmutableArray<string> Policies, ImmutableArray<string> Filters) Resolve(IInvocationOperation map, string pattern)
        {
            var policies = ImmutableArray.CreateBuilder<string>();
            var filters = ImmutableArray.CreateBuilder<string>();
            void Collect(IInvocationOperation convention)
            {
                if (convention.TargetMethod.Name == "RequireAuthorization")
                {
                    policies.AddRange(convention.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).Select(o => o.ConstantValue.Value).OfType<string>());
                }
                else if (FilterKey(convention) is { } key)
                {
                    filters.Add(key);
                }
            }

            void CollectOn(ISymbol symbol)
            {
                if (_conventions.TryGetValue(symbol, out var list))
                {
                    list.ForEach(Collect);
                }
            }

            // The endpoint's own chain: app.MapPost(...).AddEndpointFilter<GeoFilter>().RequireAuthorization("Geo").
            var top = (IOperation)map;
            for (var parent = map.Parent; parent is IArgumentOperation or IConversionOperation or IInvocationOperation; parent = parent.Parent)
            {
                if (parent is IInvocationOperation convention && ConventionMethods.Contains(convention.TargetMethod.Name))
                {
                    Collect(convention);
                }

                top = parent;
            }

            // var endpoint = app.MapPost(...); endpoint.AddEndpointFilter(...);
            if (top.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                CollectOn(declarator.Symbol);
            }

            // The groups it is in, outwards.
            var prefix = string.Empty;
            var prefixKnown = true;
            var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var receiver = Receiver(map);
            for (var step = 0; receiver is not null && step < MaxChain; step++)
            {
                if (receiver is IInvocationOperation { TargetMethod.Name: "MapGroup" } group)
                {
                    if (group.Arguments.Select(a => PathScope.Unwrap(a.Value).ConstantValue.Value).OfType<string>().FirstOrDefault() is { } groupPrefix)
                    {
                        prefix = "/" + groupPrefix.Trim('/') + prefix;
                    }
                    else
                    {
                        prefixKnown = false;
                    }

                    receiver = Receiver(group);
                }
                else if (receiver is IInvocationOperation convention && ConventionMethods.Contains(convention.TargetMethod.Name))
                {
                    Collect(convention);
                    receiver = Receiver(convention);
                }
                else if (receiver is ILocalReferenceOperation or IParameterReferenceOperation)
                {
                    var symbol = receiver is ILocalReferenceOperation local ? (ISymbol)local.Local : ((IParameterReferenceOperation)receiver).Parameter;
                    if (!visited.Add(symbol))
                    {
                        break;
                    }

                    CollectOn(symbol);
                    if (_initializers.TryGetValue(symbol, out var initializer))
                    {
                        receiver = PathScope.Unwrap(initializer);
                        continue;
                    }

                    // A group handed in from elsewhere: its prefix is not known here.
                    prefixKnown &= !IsGroupBuilder(receiver.Type);
                    break;
                }
                else
                {
                    break;
                }
            }

            var route = prefixKnown ? "/" + (prefix + "/" + pattern.Trim('/')).Trim('/').Replace("//", "/") : null;
            return (route, policies.ToImmutable(), filters.ToImmutable());
        }

        /// <summary>Identity of an endpoint filter type, matched between the registration and the filter's own code.</summary>
        public static string TypeKey(ITypeSymbol type) => "T:" + type.OriginalDefinition.ToDisplayString();

        /// <summary>Identity of an inline filter lambda.</summary>
        public static string LambdaKey(SyntaxNode lambda) => "L:" + lambda.SyntaxTree.FilePath + "@" + lambda.SpanStart.ToString(System.Globalization.CultureInfo.InvariantCulture);

        private static string? FilterKey(IInvocationOperation addFilter)
        {
            foreach (var typeArgument in addFilter.TargetMethod.TypeArguments)
            {
                if (IsEndpointFilter(typeArgument))
                {
                    return TypeKey(typeArgument);
                }
            }

            foreach (var argument in addFilter.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0 && addFilter.TargetMethod.IsExtensionMethod)
                {
                    continue;
                }

                var value = PathScope.Unwrap(argument.Value);
                if (value is IAnonymousFunctionOperation lambda)
                {
                    return LambdaKey(lambda.Syntax);
                }

                if (value.Type is { } type && IsEndpointFilter(type))
                {
                    return TypeKey(type);
                }
            }

            return null;
        }

        private static bool IsEndpointFilter(ITypeSymbol type) =>
            type.AllInterfaces.Any(i => i.ToDisplayString() == "Microsoft.AspNetCore.Http.IEndpointFilter");

        private static bool IsGroupBuilder(ITypeSymbol? type) =>
            type is not null && (type.Name == "RouteGroupBuilder" || type.AllInterfaces.Any(i => i.Name == "IEndpointConventionBuilder"));

        /// <summary>The symbol a chain of conventions starts from: <c>api</c> in <c>api.AddEndpointFilter(...).RequireAuthorization()</c>.</summary>
        private static ISymbol? BaseSymbol(IInvocationOperation call)
        {
            var receiver = Receiver(call);
            for (var step = 0; receiver is IInvocationOperation inner && ConventionMethods.Contains(inner.TargetMethod.Name) && step < MaxChain; step++)
            {
                receiver = Receiver(inner);
            }

            return receiver switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
        }

        /// <summary>The builder a call is made on, for instance and extension-method calls alike.</summary>
        internal static IOperation? Receiver(IInvocationOperation call)
        {
            var receiver = call.Instance
                ?? (call.TargetMethod.IsExtensionMethod ? call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == 0)?.Value : null);
            return receiver is null ? null : PathScope.Unwrap(receiver);
        }
    }
}
