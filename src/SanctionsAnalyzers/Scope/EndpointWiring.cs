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

        /// <summary>A convention that adds a filter or requires a policy on an endpoint or group (the wiring rows of ApiKnowledge.txt).</summary>
        private static bool IsConvention(IMethodSymbol method) => AppModelCollector.Wiring(method) is "endpoint-filter" or "requires-policy";

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
                    case IInvocationOperation call when IsConvention(call.TargetMethod) && BaseSymbol(call) is { } symbol:
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
        public EndpointRouting Resolve(IInvocationOperation map, string pattern)
        {
            var policies = ImmutableArray.CreateBuilder<string>();
            var filters = ImmutableArray.CreateBuilder<string>();

            // The endpoint's own chain: app.MapPost(...).AddEndpointFilter<GeoFilter>().RequireAuthorization("Geo").
            var top = (IOperation)map;
            var last = (IOperation)map;
            for (var parent = map.Parent; parent is IArgumentOperation or IConversionOperation or IInvocationOperation; parent = parent.Parent)
            {
                if (parent is IInvocationOperation convention && IsConvention(convention.TargetMethod))
                {
                    Collect(convention, policies, filters);
                }
                else if (parent is IInvocationOperation helper && Receiver(helper) is { } on && PathScope.Unwrap(on) == last)
                {
                    // .DenyFrom("IR", "KP"): the project's own extension adds the filter or policy inside.
                    CollectInside(helper, policies, filters);
                }

                if (parent is IInvocationOperation)
                {
                    last = parent;
                }

                top = parent;
            }

            // var endpoint = app.MapPost(...); endpoint.AddEndpointFilter(...);
            if (top.Parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator })
            {
                CollectOn(declarator.Symbol, policies, filters);
            }

            var group = ResolveGroup(Receiver(map));
            var relative = group.Prefix is null ? null : JoinRoute(group.Prefix, pattern);

            // A builder handed in as a parameter is taken for the application itself until its callers are known
            // (AppModel.ResolveHandOffs); a route group handed in has a prefix that is not known here.
            var route = group.HandedIn is { } parameter && IsGroupBuilder(parameter.Type) ? null : relative;
            return new EndpointRouting(route, relative, policies.ToImmutable().AddRange(group.Policies), filters.ToImmutable().AddRange(group.Filters), group.HandedIn);
        }

        /// <summary>
        /// The groups a builder expression is in, outwards: their prefix, policies and endpoint filters, and the
        /// parameter the chain starts from when the builder is handed in by a caller (<c>this RouteGroupBuilder group</c>).
        /// </summary>
        public GroupContext ResolveGroup(IOperation? builder)
        {
            var policies = ImmutableArray.CreateBuilder<string>();
            var filters = ImmutableArray.CreateBuilder<string>();
            var prefix = string.Empty;
            var prefixKnown = true;
            IParameterSymbol? handedIn = null;
            var visited = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            var receiver = builder is null ? null : PathScope.Unwrap(builder);
            for (var step = 0; receiver is not null && step < MaxChain; step++)
            {
                if (receiver is IInvocationOperation group && AppModelCollector.Wiring(group.TargetMethod) == "map-group")
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
                else if (receiver is IInvocationOperation convention && IsConvention(convention.TargetMethod))
                {
                    Collect(convention, policies, filters);
                    receiver = Receiver(convention);
                }
                else if (receiver is IInvocationOperation helper && IsRouteBuilder(helper.Type) && Receiver(helper) is { } inner && IsRouteBuilder(inner.Type))
                {
                    // app.MapGroup("/chat").DenyFrom("IR"): the project's own extension adds the filter or policy inside.
                    CollectInside(helper, policies, filters);
                    receiver = PathScope.Unwrap(inner);
                }
                else if (receiver is ILocalReferenceOperation or IParameterReferenceOperation)
                {
                    var symbol = receiver is ILocalReferenceOperation local ? (ISymbol)local.Local : ((IParameterReferenceOperation)receiver).Parameter;
                    if (!visited.Add(symbol))
                    {
                        break;
                    }

                    CollectOn(symbol, policies, filters);
                    if (_initializers.TryGetValue(symbol, out var initializer))
                    {
                        receiver = PathScope.Unwrap(initializer);
                        continue;
                    }

                    // A builder handed in by a caller: the callers say what it is (AppModel.ResolveHandOffs). Any other
                    // group whose making is not seen here has an unknown prefix.
                    if (symbol is IParameterSymbol parameter && IsRouteBuilder(parameter.Type))
                    {
                        handedIn = parameter;
                    }
                    else
                    {
                        prefixKnown &= !IsGroupBuilder(receiver.Type);
                    }

                    break;
                }
                else
                {
                    break;
                }
            }

            return new GroupContext(prefixKnown ? prefix : null, policies.ToImmutable(), filters.ToImmutable(), handedIn);
        }

        /// <summary>"/api" + "mail/send/" → "/api/mail/send".</summary>
        public static string JoinRoute(string prefix, string pattern) => "/" + (prefix + "/" + pattern.Trim('/')).Trim('/').Replace("//", "/");

        /// <summary>An <c>IEndpointRouteBuilder</c>: the application, or a route group.</summary>
        public static bool IsRouteBuilder(ITypeSymbol? type) => Detection.ApiKnowledge.Embedded.IsWiringType(type, "route-builder");

        private void Collect(IInvocationOperation convention, ImmutableArray<string>.Builder policies, ImmutableArray<string>.Builder filters)
        {
            if (AppModelCollector.Wiring(convention.TargetMethod) == "requires-policy")
            {
                policies.AddRange(convention.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()).Select(o => o.ConstantValue.Value).OfType<string>());
            }
            else if (FilterKey(convention) is { } key)
            {
                filters.Add(key);
            }
        }

        /// <summary>
        /// A convention written as the project's own method (<c>builder.DenyFrom("IR")</c> whose body calls
        /// <c>builder.AddEndpointFilter(...)</c> or <c>RequireAuthorization(...)</c> on its builder parameter): the filters and
        /// policies it adds, one level deep.
        /// </summary>
        private static void CollectInside(IInvocationOperation helper, ImmutableArray<string>.Builder policies, ImmutableArray<string>.Builder filters)
        {
            var method = (helper.TargetMethod.ReducedFrom ?? helper.TargetMethod).OriginalDefinition;
            var compilation = helper.SemanticModel?.Compilation;
            if (compilation is null || method.DeclaringSyntaxReferences.Length != 1 || method.Parameters.IsEmpty || !IsConventionBuilder(method.Parameters[0].Type))
            {
                return;
            }

            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return;
            }

#pragma warning disable RS1030 // The convention method's body, once per endpoint that uses it, at compilation end.
            var body = compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
#pragma warning restore RS1030
            foreach (var call in body?.Descendants().OfType<IInvocationOperation>() ?? Enumerable.Empty<IInvocationOperation>())
            {
                if (IsConvention(call.TargetMethod) && BaseSymbol(call) is IParameterSymbol builder && SymbolEqualityComparer.Default.Equals(builder, method.Parameters[0]))
                {
                    new EndpointWiring(body!).Collect(call, policies, filters);
                }
            }
        }

        /// <summary>What endpoint conventions are added to: a route handler, a route group, any endpoint convention builder.</summary>
        private static bool IsConventionBuilder(ITypeSymbol type) =>
            type is ITypeParameterSymbol generic
                ? generic.ConstraintTypes.Any(IsConventionBuilder)
                : Detection.ApiKnowledge.Embedded.IsWiringType(type, "endpoint-builder") || IsRouteBuilder(type);

        private void CollectOn(ISymbol symbol, ImmutableArray<string>.Builder policies, ImmutableArray<string>.Builder filters)
        {
            if (_conventions.TryGetValue(symbol, out var list))
            {
                foreach (var convention in list)
                {
                    Collect(convention, policies, filters);
                }
            }
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
            type is INamedTypeSymbol named && Detection.ApiKnowledge.Embedded.ComponentOf(named) is ("endpoint-filter", _);

        /// <summary>A route group or an endpoint's convention builder: a prefix or conventions come with it.</summary>
        public static bool IsGroupBuilder(ITypeSymbol? type) =>
            Detection.ApiKnowledge.Embedded.IsWiringType(type, "route-group") || Detection.ApiKnowledge.Embedded.IsWiringType(type, "endpoint-builder");

        /// <summary>The symbol a chain of conventions starts from: <c>api</c> in <c>api.AddEndpointFilter(...).RequireAuthorization()</c>.</summary>
        private static ISymbol? BaseSymbol(IInvocationOperation call)
        {
            var receiver = Receiver(call);
            for (var step = 0; receiver is IInvocationOperation inner && IsConvention(inner.TargetMethod) && step < MaxChain; step++)
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

    /// <summary>Where an endpoint answers and what its groups add, as far as its wiring method shows.</summary>
    internal sealed class EndpointRouting
    {
        public EndpointRouting(string? route, string? relativeRoute, ImmutableArray<string> policies, ImmutableArray<string> filters, IParameterSymbol? handedIn)
        {
            Route = route;
            RelativeRoute = relativeRoute;
            Policies = policies;
            Filters = filters;
            HandedIn = handedIn;
        }

        /// <summary>The full route, or null when a group prefix is not known.</summary>
        public string? Route { get; }

        /// <summary>The route below the builder the chain starts from (the handed-in one, or the application).</summary>
        public string? RelativeRoute { get; }

        public ImmutableArray<string> Policies { get; }

        public ImmutableArray<string> Filters { get; }

        /// <summary>The wiring method's parameter the endpoint is mapped on, when a caller hands the builder in.</summary>
        public IParameterSymbol? HandedIn { get; }
    }

    /// <summary>What the groups around a builder add: a prefix (null when not known), policies and endpoint filters.</summary>
    internal sealed class GroupContext
    {
        public GroupContext(string? prefix, ImmutableArray<string> policies, ImmutableArray<string> filters, IParameterSymbol? handedIn)
        {
            Prefix = prefix;
            Policies = policies;
            Filters = filters;
            HandedIn = handedIn;
        }

        public string? Prefix { get; }

        public ImmutableArray<string> Policies { get; }

        public ImmutableArray<string> Filters { get; }

        /// <summary>The parameter the chain starts from, when the builder is itself handed in.</summary>
        public IParameterSymbol? HandedIn { get; }
    }
}
