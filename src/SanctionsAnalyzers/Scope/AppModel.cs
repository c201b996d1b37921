using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Scope
{
    /// <summary>What kind of cross-cutting component a gate lives in; it decides which features the gate guards.</summary>
    internal enum ComponentKind
    {
        Middleware,
        HubFilter,
        MvcFilter,
        EndpointFilter,
        AuthorizationHandler,
        GrpcInterceptor,

        /// <summary>A <c>RequireAssertion</c> delegate of a named policy: it guards the endpoints that require the policy.</summary>
        PolicyAssertion,

        /// <summary>A <c>RequireAssertion</c> delegate of the fallback or default policy: it guards every endpoint.</summary>
        GlobalPolicyAssertion,
    }

    /// <summary>A geo-block in middleware, a filter or an authorization handler: it guards other features.</summary>
    internal sealed class CrossCuttingGate
    {
        public CrossCuttingGate(GeoBlock block, ComponentKind kind, string componentName, INamedTypeSymbol? componentType, INamedTypeSymbol? requirement, ImmutableArray<string> exemptPaths, ImmutableArray<string> guardedPaths = default)
        {
            GuardedPaths = guardedPaths.IsDefault ? ImmutableArray<string>.Empty : guardedPaths;
            Block = block;
            Kind = kind;
            ComponentName = componentName;
            ComponentType = componentType;
            Requirement = requirement;
            ExemptPaths = exemptPaths;

            // The gate's own position tells which inline filter lambda it is in and which pipeline branch encloses it.
            var lambda = InnermostLambda(block.Gate.Comparison);
            FilterKey = componentType is not null ? EndpointWiring.TypeKey(componentType)
                : kind == ComponentKind.EndpointFilter && lambda is not null ? EndpointWiring.LambdaKey(lambda.Syntax)
                : null;
            Branch = PathScope.Around(block.Gate.Comparison);
        }

        /// <summary>Request paths the gate's own condition tests ("/api/messages"): what it guards when no endpoint is visible.</summary>
        public ImmutableArray<string> GuardedPaths { get; }

        private static Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation? InnermostLambda(IOperation operation)
        {
            for (var current = operation.Parent; current is not null; current = current.Parent)
            {
                if (current is Microsoft.CodeAnalysis.Operations.IAnonymousFunctionOperation lambda)
                {
                    return lambda;
                }
            }

            return null;
        }

        public GeoBlock Block { get; }

        public ComponentKind Kind { get; }

        public string ComponentName { get; }

        public INamedTypeSymbol? ComponentType { get; }

        /// <summary>For an authorization handler: the requirement it handles.</summary>
        public INamedTypeSymbol? Requirement { get; }

        /// <summary>Path prefixes the component lets through before its gate ("/hubs/chat").</summary>
        public ImmutableArray<string> ExemptPaths { get; }

        /// <summary>For an endpoint filter: its identity in <c>AddEndpointFilter</c> registrations (type or inline lambda).</summary>
        public string? FilterKey { get; }

        /// <summary>For inline middleware: the <c>UseWhen</c>/<c>MapWhen</c>/<c>Map</c> branch it is registered in.</summary>
        public PathScope Branch { get; }
    }

    internal enum AppFeatureKind
    {
        Hub,
        ControllerAction,
        Endpoint,
        GrpcMethod,
    }

    /// <summary>An endpoint of the application: a hub, a controller action or a minimal-API handler.</summary>
    internal sealed class AppFeature
    {
        public AppFeature(AppFeatureKind kind, string name, string? route, ImmutableArray<CategoryEvidence> categories, ImmutableArray<string> policies, Location location, INamedTypeSymbol? type, ImmutableArray<string> endpointFilters = default, IMethodSymbol? action = null)
        {
            Action = action;
            EndpointFilters = endpointFilters.IsDefault ? ImmutableArray<string>.Empty : endpointFilters;
            Kind = kind;
            Name = name;
            Route = route;
            Categories = categories;
            Policies = policies;
            Location = location;
            Type = type;
        }

        public AppFeatureKind Kind { get; }

        public string Name { get; }

        /// <summary>"/hubs/chat", "/api/mail/send"; null when unknown (conventional routing).</summary>
        public string? Route { get; }

        /// <summary>Categories from the strongest evidence found: names (the route, the action, the controller) when nothing stronger is.</summary>
        public ImmutableArray<CategoryEvidence> Categories { get; }

        /// <summary>Authorization policies required by [Authorize(Policy = ...)] or RequireAuthorization(...).</summary>
        public ImmutableArray<string> Policies { get; }

        public Location Location { get; }

        /// <summary>The hub or controller type.</summary>
        public INamedTypeSymbol? Type { get; }

        /// <summary>For a controller action, its method: filter attributes may sit on it rather than on the controller.</summary>
        public IMethodSymbol? Action { get; }

        /// <summary>Endpoint filters added to a minimal-API endpoint or its route groups (<see cref="EndpointWiring.TypeKey"/>).</summary>
        public ImmutableArray<string> EndpointFilters { get; }

        public bool IsUnder(string prefix) =>
            Route is not null
            && Route.StartsWith(prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            && (Route.Length == prefix.TrimEnd('/').Length || Route[prefix.TrimEnd('/').Length] == '/');
    }

    /// <summary>
    /// The application as far as one compilation shows it: cross-cutting gates, endpoints, and the wiring between
    /// them (middleware registrations, hub routes, policies). Filled concurrently during analysis, read at its end.
    /// </summary>
    internal sealed class AppModel
    {
        /// <summary>How many methods deep a route builder is followed from caller to callee.</summary>
        private const int MaxHandOffs = 4;

        /// <summary>How many routes one endpoint mapped on a handed-in builder may get (a module mapped under many groups).</summary>
        private const int MaxEndpointsPerHandOff = 64;

        public ConcurrentBag<CrossCuttingGate> Gates { get; } = new ConcurrentBag<CrossCuttingGate>();

        public ConcurrentBag<AppFeature> Features { get; } = new ConcurrentBag<AppFeature>();

        /// <summary>Hub type → route pattern from MapHub&lt;T&gt;("...").</summary>
        public ConcurrentDictionary<INamedTypeSymbol, string> HubRoutes { get; } = new ConcurrentDictionary<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);

        /// <summary>Policy name → requirement types added to it.</summary>
        public ConcurrentDictionary<string, ConcurrentBag<INamedTypeSymbol>> PolicyRequirements { get; } = new ConcurrentDictionary<string, ConcurrentBag<INamedTypeSymbol>>(StringComparer.Ordinal);

        /// <summary>Requirements of the fallback or default policy: they apply to every endpoint.</summary>
        public ConcurrentBag<INamedTypeSymbol> GlobalRequirements { get; } = new ConcurrentBag<INamedTypeSymbol>();

        /// <summary>Middleware type → the pipeline branches <c>UseMiddleware&lt;T&gt;()</c> registers it in.</summary>
        public ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<PathScope>> MiddlewareRegistrations { get; } =
            new ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<PathScope>>(SymbolEqualityComparer.Default);

        /// <summary>
        /// gRPC interceptor type → the services <c>AddServiceOptions&lt;TService&gt;(o =&gt; o.Interceptors.Add&lt;T&gt;())</c> limits
        /// it to; null for a server-wide <c>AddGrpc(o =&gt; o.Interceptors.Add&lt;T&gt;())</c>.
        /// </summary>
        public ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<INamedTypeSymbol?>> InterceptorRegistrations { get; } =
            new ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<INamedTypeSymbol?>>(SymbolEqualityComparer.Default);

        /// <summary>Hub filter type → the hubs <c>AddHubOptions&lt;THub&gt;(o =&gt; o.AddFilter&lt;T&gt;())</c> limits it to; null for a global <c>AddSignalR(o =&gt; o.AddFilter...)</c>.</summary>
        public ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<INamedTypeSymbol?>> HubFilterRegistrations { get; } =
            new ConcurrentDictionary<INamedTypeSymbol, ConcurrentBag<INamedTypeSymbol?>>(SymbolEqualityComparer.Default);

        /// <summary>MVC filter types added to every controller (<c>AddControllers(o =&gt; o.Filters.Add&lt;T&gt;())</c>).</summary>
        public ConcurrentDictionary<INamedTypeSymbol, bool> GlobalMvcFilters { get; } =
            new ConcurrentDictionary<INamedTypeSymbol, bool>(SymbolEqualityComparer.Default);

        /// <summary>Minimal-API endpoints mapped on a route builder their wiring method is handed by a caller.</summary>
        public ConcurrentBag<HandedInEndpoint> HandedInEndpoints { get; } = new ConcurrentBag<HandedInEndpoint>();

        /// <summary>Calls that hand a route builder (the application or a group) to one of the project's methods.</summary>
        public ConcurrentBag<GroupHandOff> HandOffs { get; } = new ConcurrentBag<GroupHandOff>();

        /// <summary>
        /// Adds the endpoints mapped on handed-in builders, once per caller that hands one in, with the caller's group
        /// prefix, policies and filters (through up to <see cref="MaxHandOffs"/> methods). An endpoint no caller is
        /// seen for is added as its own method shows it: on the application, or with an unknown route on a group.
        /// </summary>
        public void ResolveHandOffs()
        {
            var callers = HandOffs.ToLookup(h => h.Parameter, SymbolEqualityComparer.Default);
            foreach (var pending in HandedInEndpoints)
            {
                var added = new HashSet<(string?, string)>();
                foreach (var endpoint in Compose(pending.Parameter, pending.RelativeRoute, pending.Endpoint, callers, depth: 0).Take(MaxEndpointsPerHandOff))
                {
                    if (added.Add((endpoint.Route, string.Join(",", endpoint.EndpointFilters.Concat(endpoint.Policies)))))
                    {
                        Features.Add(endpoint);
                    }
                }
            }
        }

        private static IEnumerable<AppFeature> Compose(IParameterSymbol parameter, string? relativeRoute, AppFeature endpoint, ILookup<ISymbol?, GroupHandOff> callers, int depth)
        {
            // The same group handed in by many calls counts once.
            var handOffs = callers[parameter.OriginalDefinition].GroupBy(h => h.Signature, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(h => h.Signature, StringComparer.Ordinal).ToList();
            if (handOffs.Count == 0 || depth >= MaxHandOffs)
            {
                yield return endpoint;
                yield break;
            }

            foreach (var handOff in handOffs)
            {
                var group = handOff.Group;
                var route = relativeRoute is not null && group.Prefix is not null ? EndpointWiring.JoinRoute(group.Prefix, relativeRoute) : null;
                var outer = group.HandedIn;

                // Handed in again by this caller: the route stays unknown on a group until that caller's callers are seen.
                var fallbackRoute = outer is not null && EndpointWiring.IsGroupBuilder(outer.Type) ? null : route;
                var composed = new AppFeature(
                    endpoint.Kind,
                    endpoint.Name,
                    fallbackRoute,
                    endpoint.Categories,
                    endpoint.Policies.AddRange(group.Policies),
                    endpoint.Location,
                    endpoint.Type,
                    endpoint.EndpointFilters.AddRange(group.Filters));
                if (outer is null)
                {
                    yield return composed;
                    continue;
                }

                foreach (var further in Compose(outer, route, composed, callers, depth + 1))
                {
                    yield return further;
                }
            }
        }

        /// <summary>The features a cross-cutting gate guards, less those its path exemptions let through and those outside the paths it tests.</summary>
        public IEnumerable<AppFeature> CoveredBy(CrossCuttingGate gate)
        {
            IEnumerable<AppFeature> covered = gate.Kind switch
            {
                ComponentKind.HubFilter => Features.Where(f => f.Kind == AppFeatureKind.Hub && HubFilterApplies(gate, f)),
                ComponentKind.MvcFilter => MvcFilterCovers(gate),
                ComponentKind.EndpointFilter => Features.Where(f => f.Kind == AppFeatureKind.Endpoint && gate.FilterKey is { } key && f.EndpointFilters.Contains(key)),
                ComponentKind.AuthorizationHandler => Features.Where(f => RequiresHandledRequirement(gate, f)),
                ComponentKind.PolicyAssertion => Features.Where(f => f.Policies.Contains(gate.ComponentName)),

                // A server interceptor runs for every gRPC call of the server it is added to (AddGrpc(o => o.Interceptors.Add<T>())),
                // or of the services it is added to (AddServiceOptions<TService>(o => o.Interceptors.Add<T>())).
                ComponentKind.GrpcInterceptor => Features.Where(f => f.Kind == AppFeatureKind.GrpcMethod && InterceptorApplies(gate, f)),
                _ => Features,
            };

            // A gate whose own condition singles out request paths (IsGated(context.Request.Path) && ...) guards only the
            // endpoints under them.
            var branches = BranchesOf(gate);
            return covered
                .Select(WithRoute)
                .Where(f => !gate.ExemptPaths.Any(f.IsUnder) && branches.Any(b => b.Covers(f)) && (gate.GuardedPaths.IsEmpty || gate.GuardedPaths.Any(f.IsUnder)))
                .OrderBy(f => f.Name, StringComparer.Ordinal)
                .ThenBy(f => f.Route ?? string.Empty, StringComparer.Ordinal);
        }

        /// <summary>
        /// True when which requests reach the gate depends on something the analyzer cannot read: a pipeline branch
        /// condition that is not a path check, or an inline filter reached through a helper.
        /// </summary>
        public bool HasUnknownScope(CrossCuttingGate gate) =>
            (gate.Kind == ComponentKind.Middleware && BranchesOf(gate).All(b => b.IsUnknown))
            || (gate.Kind == ComponentKind.EndpointFilter && gate.FilterKey is null);

        /// <summary>
        /// Middleware runs in the branches it is registered in; a middleware class never seen registered, or registered
        /// outside any branch, runs for every request.
        /// </summary>
        private IReadOnlyCollection<PathScope> BranchesOf(CrossCuttingGate gate)
        {
            if (gate.Kind != ComponentKind.Middleware)
            {
                return new[] { PathScope.Everything };
            }

            if (gate.ComponentType is null)
            {
                return new[] { gate.Branch };
            }

            return MiddlewareRegistrations.TryGetValue(gate.ComponentType.OriginalDefinition, out var registrations) && !registrations.Any(r => r.IsEverything)
                ? registrations.ToArray()
                : new[] { PathScope.Everything };
        }

        /// <summary>An interceptor registered only through <c>AddServiceOptions&lt;TService&gt;</c> guards those services; otherwise every one.</summary>
        private bool InterceptorApplies(CrossCuttingGate gate, AppFeature method) =>
            gate.ComponentType is null
            || !InterceptorRegistrations.TryGetValue(gate.ComponentType.OriginalDefinition, out var services)
            || services.Any(s => s is null || (method.Type is not null && SymbolEqualityComparer.Default.Equals(s, method.Type.OriginalDefinition)));

        /// <summary>A hub filter registered only through <c>AddHubOptions&lt;THub&gt;</c> guards those hubs; otherwise every hub.</summary>
        private bool HubFilterApplies(CrossCuttingGate gate, AppFeature hub) =>
            gate.ComponentType is null
            || !HubFilterRegistrations.TryGetValue(gate.ComponentType.OriginalDefinition, out var hubs)
            || hubs.Any(h => h is null || (hub.Type is not null && SymbolEqualityComparer.Default.Equals(h, hub.Type.OriginalDefinition)));

        private AppFeature WithRoute(AppFeature feature) =>
            feature.Kind == AppFeatureKind.Hub && feature.Route is null && feature.Type is not null && HubRoutes.TryGetValue(feature.Type, out var route)
                ? new AppFeature(feature.Kind, feature.Name, route, feature.Categories, feature.Policies, feature.Location, feature.Type, feature.EndpointFilters, feature.Action)
                : feature;

        /// <summary>An MVC filter attribute applies where it is placed; a filter class without attribute use is taken as global.</summary>
        /// <summary>
        /// The controller actions an MVC filter runs for: those carrying it (an attribute filter, or a
        /// <c>[ServiceFilter(typeof(T))]</c>-like attribute of a <c>registers ... carrier</c> row), unless it is also added to
        /// every controller; a filter never seen registered may be added anywhere, so it counts for every action.
        /// </summary>
        private IEnumerable<AppFeature> MvcFilterCovers(CrossCuttingGate gate)
        {
            var actions = Features.Where(f => f.Kind == AppFeatureKind.ControllerAction).ToList();
            if (gate.ComponentType is not { } filter || GlobalMvcFilters.ContainsKey(filter.OriginalDefinition))
            {
                return actions;
            }

            var carriers = actions.Where(f => Carries(f.Type, filter) || Carries(f.Action, filter)).ToList();
            return carriers.Count > 0 || IsAttribute(filter) ? carriers : actions;
        }

        /// <summary><c>[DenyRegions("IR")]</c> or <c>[ServiceFilter(typeof(RegionFilter))]</c> on the controller or the action.</summary>
        private static bool Carries(ISymbol? symbol, INamedTypeSymbol filter) =>
            symbol is not null && symbol.GetAttributes().Any(a =>
                SymbolEqualityComparer.Default.Equals(a.AttributeClass?.OriginalDefinition, filter.OriginalDefinition)
                || (a.AttributeClass is { } attribute && Detection.ApiKnowledge.Embedded.RegistrationOf(attribute) == Detection.Registration.Carrier
                    && a.ConstructorArguments.Any(c => c.Value is INamedTypeSymbol named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, filter.OriginalDefinition))));

        private static bool IsAttribute(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.ToDisplayString() == "System.Attribute")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The policies of a feature that require the requirement an authorization handler's gate handles.</summary>
        public IEnumerable<string> PoliciesBringing(CrossCuttingGate gate, AppFeature feature) =>
            feature.Policies.Where(policy => gate.Kind == ComponentKind.PolicyAssertion
                ? policy == gate.ComponentName
                : gate.Requirement is not null && Requires(policy, gate.Requirement));

        /// <summary>
        /// Whether the named policy requires the requirement: as built with <c>AddPolicy</c> in this compilation, or, for a
        /// policy built nowhere here (in another project, from configuration), when the requirement is named after it
        /// (<c>[Authorize(Policy = "JoinMeeting")]</c> and <c>JoinMeetingRequirement</c>).
        /// </summary>
        private bool Requires(string policy, INamedTypeSymbol requirement)
        {
            if (PolicyRequirements.TryGetValue(policy, out var requirements))
            {
                return requirements.Any(r => SymbolEqualityComparer.Default.Equals(r, requirement));
            }

            const string Suffix = "Requirement";
            var name = requirement.Name.EndsWith(Suffix, StringComparison.Ordinal) ? requirement.Name.Substring(0, requirement.Name.Length - Suffix.Length) : requirement.Name;
            return name.Length > 0 && string.Equals(name, policy, StringComparison.OrdinalIgnoreCase);
        }

        private bool RequiresHandledRequirement(CrossCuttingGate gate, AppFeature feature)
        {
            if (gate.Requirement is null)
            {
                return false;
            }

            if (GlobalRequirements.Any(r => SymbolEqualityComparer.Default.Equals(r, gate.Requirement)))
            {
                return true;
            }

            return feature.Policies.Any(policy => Requires(policy, gate.Requirement));
        }
    }

    /// <summary>An endpoint mapped on a route builder its wiring method is handed: completed by the callers' groups.</summary>
    internal sealed class HandedInEndpoint
    {
        public HandedInEndpoint(IParameterSymbol parameter, string? relativeRoute, AppFeature endpoint)
        {
            Parameter = parameter;
            RelativeRoute = relativeRoute;
            Endpoint = endpoint;
        }

        public IParameterSymbol Parameter { get; }

        /// <summary>The route below the handed-in builder; null when a group in between has an unknown prefix.</summary>
        public string? RelativeRoute { get; }

        /// <summary>The endpoint as its own method shows it: its policies and filters, and its route as if on the application.</summary>
        public AppFeature Endpoint { get; }
    }

    /// <summary>A call handing a route builder to <see cref="Parameter"/>, and what the groups around the argument add.</summary>
    internal sealed class GroupHandOff
    {
        public GroupHandOff(IParameterSymbol parameter, GroupContext group)
        {
            Parameter = parameter;
            Group = group;
            Signature = string.Join(
                "|",
                group.Prefix ?? "?",
                string.Join(",", group.Filters),
                string.Join(",", group.Policies),
                group.HandedIn is { } outer ? outer.ContainingSymbol.ToDisplayString() + "#" + outer.Ordinal.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
        }

        public IParameterSymbol Parameter { get; }

        public GroupContext Group { get; }

        /// <summary>What the hand-off adds, as text: equal for calls that hand in the same group.</summary>
        public string Signature { get; }
    }
}
