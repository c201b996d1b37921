using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Scope
{
    /// <summary>
    /// Recognises cross-cutting components (middleware, filters, authorization handlers), endpoints and the wiring of
    /// an ASP.NET Core application, and records them in the <see cref="AppModel"/>.
    /// </summary>
    internal static class AppModelCollector
    {
        /// <summary>
        /// The identifiers a startup method must hold for its wiring to be read: the member names of the mapping, policy,
        /// filter and options rows and the words of the <c>registers</c> rows of ApiKnowledge.txt (the wiring itself is data).
        /// </summary>
        internal static readonly ImmutableHashSet<string> WiringWords = ImmutableHashSet.CreateRange(
            StringComparer.Ordinal,
            Detection.ApiKnowledge.Embedded.RegistrationWords().Union(Detection.ApiKnowledge.Embedded.WiringWords()));

        /// <summary>The cross-cutting component the gate's code belongs to, if any.</summary>
        public static (ComponentKind Kind, string Name, INamedTypeSymbol? Type, INamedTypeSymbol? Requirement)? ComponentOf(ISymbol owner, FeatureScope scope)
        {
            if (scope.Root is IAnonymousFunctionOperation lambda)
            {
                // app.Use(async (context, next) => ...), app.UseWhen(..., branch => branch.Use(...)),
                // group.AddEndpointFilter(async (context, next) => ...).
                return CallTaking(lambda) switch
                {
                    { } call when Wiring(call.TargetMethod) == "endpoint-filter" => (ComponentKind.EndpointFilter, "inline endpoint filter in " + FeatureResolver.NameOf(owner), null, null),
                    { } call when Detection.ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == Detection.ApiRole.Verdict => PolicyOf(call),
                    { } call when IsPipelineCall(call) => (ComponentKind.Middleware, "inline middleware in " + FeatureResolver.NameOf(owner), null, null),
                    _ => null,
                };
            }

            if (owner is not IMethodSymbol method || method.ContainingType is not { } type)
            {
                return null;
            }

            // What kind of component a type is comes from the component rows of ApiKnowledge.txt, not from names here.
            switch (Detection.ApiKnowledge.Embedded.ComponentOf(type))
            {
                case ("hub-filter", _):
                    return (ComponentKind.HubFilter, type.Name, type, null);

                // Only the server-side handlers (UnaryServerHandler...: server-handler rows) run in front of the service's methods.
                case ("grpc-interceptor", _) when Overrides(method, "server-handler"):
                    return (ComponentKind.GrpcInterceptor, type.Name, type, null);

                case ("endpoint-filter", _):
                    return (ComponentKind.EndpointFilter, type.Name, type, null);

                // A controller is an action filter too (Controller implements IActionFilter): only its filter methods
                // (OnActionExecuting...) guard other actions; a gate inside an action guards that action.
                case ("mvc-filter", _) when IsFilterMethod(method, type):
                    return (ComponentKind.MvcFilter, type.Name, type, null);

                case ("authorization-handler", var handler):
                    return (ComponentKind.AuthorizationHandler, type.Name, type, handler.TypeArguments.FirstOrDefault() as INamedTypeSymbol);
            }

            // Conventional middleware: the pipeline calls its Invoke or InvokeAsync with the request's HttpContext.
            if (method.Name is "Invoke" or "InvokeAsync" && method.Parameters.Any(p => Detection.ApiKnowledge.Embedded.IsWiringType(p.Type, "http-context")))
            {
                return (ComponentKind.Middleware, type.Name, type, null);
            }

            return null;
        }

        /// <summary>Whether the method overrides a method a wiring row of the kind names.</summary>
        private static bool Overrides(IMethodSymbol method, string kind)
        {
            for (var current = method.OverriddenMethod; current is not null; current = current.OverriddenMethod)
            {
                if (Wiring(current) == kind)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Paths the component lets through: <c>if (context.Request.Path.StartsWithSegments("/hubs/chat")) { await next(context); return; }</c>.</summary>
        public static ImmutableArray<string> ExemptPaths(IOperation body)
        {
            var paths = ImmutableArray.CreateBuilder<string>();
            foreach (var operation in body.Descendants())
            {
                if (operation is IInvocationOperation call && Wiring(call.TargetMethod) == "path-prefix"
                    && call.Arguments.Select(a => Detection.SignalFinder.Unwrap(a.Value).ConstantValue.Value).OfType<string>().FirstOrDefault() is string path
                    && path.StartsWith("/", StringComparison.Ordinal)
                    && LetsThrough(call))
                {
                    paths.Add(path);
                }
            }

            return paths.ToImmutable();
        }

        /// <summary>
        /// The request paths the gate's own condition tests (<c>path.StartsWithSegments("/api/messages") &amp;&amp; blocked</c>),
        /// also through a bool local computed in the same body, through a bool helper of the project handed the path
        /// (<c>IsGated(context.Request.Path)</c>, one level), and through a list of paths tested entry by entry
        /// (<c>foreach (var prefix in GatedPrefixes) if (path.StartsWithSegments(prefix))</c>, or <c>GatedPrefixes.Any(p =&gt; ...)</c>):
        /// the requests the gate singles out.
        /// </summary>
        public static ImmutableArray<string> GuardedPaths(IOperation comparison, IOperation body, SanctionsCompilationContext context)
        {
            IOperation? condition = null;
            for (IOperation? child = comparison, parent = comparison.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalOperation conditional && conditional.Condition == child)
                {
                    condition = child;
                    break;
                }
            }

            var paths = ImmutableArray.CreateBuilder<string>();
            if (condition is null)
            {
                return paths.ToImmutable();
            }

            var parts = new List<IOperation> { condition };
            foreach (var local in condition.DescendantsAndSelf().OfType<ILocalReferenceOperation>().Where(l => l.Type?.SpecialType == SpecialType.System_Boolean))
            {
                parts.AddRange(body.Descendants().OfType<IVariableDeclaratorOperation>()
                    .Where(d => SymbolEqualityComparer.Default.Equals(d.Symbol, local.Local) && d.Initializer is not null)
                    .Select(d => d.Initializer!.Value));
            }

            return PathsTestedIn(parts, context);
        }

        /// <summary>
        /// The request paths the given operations test, also through a bool helper of the project handed the path (one
        /// level, or handed the request or its context) and through a list of paths tested entry by entry: a gate's condition,
        /// or a pipeline branch's predicate
        /// (<c>app.UseWhen(ctx =&gt; IsCommunication(ctx.Request.Path), ...)</c>).
        /// </summary>
        internal static ImmutableArray<string> PathsTestedIn(List<IOperation> parts, SanctionsCompilationContext context)
        {
            var paths = ImmutableArray.CreateBuilder<string>();
            foreach (var helper in parts.SelectMany(p => p.DescendantsAndSelf()).OfType<IInvocationOperation>().ToList())
            {
                if (helper.TargetMethod.ReturnType.SpecialType == SpecialType.System_Boolean
                    && helper.Arguments.Any(a => IsRequestPath(Detection.SignalFinder.Unwrap(a.Value)) || IsRequest(Detection.SignalFinder.Unwrap(a.Value).Type))
                    && context.BodyOfMethodGroup(helper.TargetMethod, default) is { } helperBody)
                {
                    parts.Add(helperBody);
                }
            }

            foreach (var call in parts.SelectMany(p => p.DescendantsAndSelf()).OfType<IInvocationOperation>())
            {
                if (Wiring(call.TargetMethod) is "path-prefix" or "path-equals"
                    && Detection.SignalFinder.ReceiverOfCall(call) is { } receiver
                    && IsRequestPath(receiver))
                {
                    foreach (var path in call.Arguments.Take(1).SelectMany(a => PathValues(a.Value)))
                    {
                        if (path.StartsWith("/", StringComparison.Ordinal) && !paths.Contains(path))
                        {
                            paths.Add(path);
                        }
                    }
                }
            }

            return paths.ToImmutable();
        }

        private static IEnumerable<IOperation> AncestorsOf(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                yield return parent;
            }
        }

        /// <summary>A request path: a <c>PathString</c> (request-path rows), or the text one holds (<c>Request.Path.Value</c>).</summary>
        private static bool IsRequestPath(IOperation operation) =>
            Detection.ApiKnowledge.Embedded.IsWiringType(operation.Type, "request-path")
            || operation is IPropertyReferenceOperation { Instance: { } holder } && Detection.ApiKnowledge.Embedded.IsWiringType(holder.Type, "request-path");

        /// <summary>The request or its context (http-context and http-request rows): a helper handed one may test its path.</summary>
        private static bool IsRequest(ITypeSymbol? type) =>
            Detection.ApiKnowledge.Embedded.IsWiringType(type, "http-context") || Detection.ApiKnowledge.Embedded.IsWiringType(type, "http-request");

        /// <summary>A path argument's values: a constant, or the entries of the list a loop or predicate takes it from.</summary>
        private static IEnumerable<string> PathValues(IOperation argument)
        {
            var value = Detection.SignalFinder.Unwrap(argument);
            if (value.ConstantValue is { HasValue: true, Value: string constant })
            {
                return new[] { constant };
            }

            var list = value switch
            {
                ILocalReferenceOperation local => AncestorsOf(value).OfType<IForEachLoopOperation>()
                    .FirstOrDefault(loop => loop.Locals.Contains(local.Local, SymbolEqualityComparer.Default))?.Collection,
                IParameterReferenceOperation { Parameter.ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } lambda } =>
                    AncestorsOf(value).OfType<IInvocationOperation>().FirstOrDefault(c => c.Arguments.Any(a => (Detection.SignalFinder.Unwrap(a.Value) is IDelegateCreationOperation { Target: var target } ? target : a.Value) is IAnonymousFunctionOperation f
                        && SymbolEqualityComparer.Default.Equals(f.Symbol, lambda))) is { } predicateCall
                        ? predicateCall.Instance ?? predicateCall.Arguments.FirstOrDefault()?.Value
                        : null,
                _ => null,
            };

            var member = list is null ? null : Detection.SignalFinder.Unwrap(list) switch
            {
                IFieldReferenceOperation field => (ISymbol)field.Field,
                IPropertyReferenceOperation property => property.Property,
                _ => null,
            };

            return member?.DeclaringSyntaxReferences.Length == 1 && Detection.ValueResolver.InitializerOf(member.DeclaringSyntaxReferences[0].GetSyntax()) is { } initializer
                ? Detection.ValueResolver.LiteralsIn(initializer).Select(v => v.Value)
                : Enumerable.Empty<string>();
        }

        /// <summary>True when the condition's branch calls a delegate: the next step of the pipeline (the request goes on).</summary>
        private static bool LetsThrough(IOperation check)
        {
            var conditional = check.Parent;
            while (conditional is not null && conditional is not IConditionalOperation)
            {
                conditional = conditional.Parent;
            }

            return conditional is IConditionalOperation { WhenTrue: { } whenTrue }
                && whenTrue.DescendantsAndSelf().Any(o => o is IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke });
        }

        /// <summary>Hubs, with their categories, are known from symbols alone.</summary>
        public static void RecordHub(INamedTypeSymbol type, SanctionsCompilationContext context, AppModel model)
        {
            if (type.IsAbstract || context.FindBaseTypeApi(type, out var matched) is not { } api || type.Locations.FirstOrDefault() is not { IsInSource: true } location)
            {
                return;
            }

            // A declaration on the hub ([CommunicationService], sanctions_analyzers.category.BillingHub) replaces its host's category.
            var declared = FeatureResolver.DeclaredFor(type, context);
            var evidence = !declared.IsEmpty
                ? declared
                : api.Categories.Select(c => new CategoryEvidence(c, EvidenceStrength.KnownApi, "derives from " + matched!.ToDisplayString())).ToImmutableArray();
            model.Features.Add(new AppFeature(AppFeatureKind.Hub, type.Name, null, evidence, PoliciesOf(type, null), location, type));
        }

        /// <summary>A public action of a controller, with the categories of the services it calls.</summary>
        public static void RecordControllerAction(IMethodSymbol method, IOperation body, SanctionsCompilationContext context, AppModel model)
        {
            if (method.DeclaredAccessibility != Accessibility.Public || method.MethodKind != MethodKind.Ordinary
                || !method.ContainingType.InheritsFromOrEquals(context.Types.ControllerBase) || method.Locations.FirstOrDefault() is not { IsInSource: true } location)
            {
                return;
            }

            var feature = FeatureResolver.Resolve(method, FeatureScope.Of(body, method, FeatureResolver.NameOf(method)), context);
            model.Features.Add(new AppFeature(
                AppFeatureKind.ControllerAction,
                feature.Name,
                RouteOf(method),
                feature.Categories,
                PoliciesOf(method.ContainingType, method),
                location,
                method.ContainingType,
                action: method));
        }

        public static bool HasWiring(SyntaxNode codeBlock) =>
            codeBlock.DescendantTokens().Any(t => t.IsKind(SyntaxKind.IdentifierToken) && WiringWords.Contains(t.ValueText));

        /// <summary>MapHub routes, minimal-API endpoints and authorization policies of a startup method.</summary>
        public static void RecordWiring(ISymbol owner, IOperation body, SanctionsCompilationContext context, AppModel model, CancellationToken cancellationToken)
        {
            EndpointWiring? endpoints = null;
            foreach (var operation in body.Descendants())
            {
                if (operation is not IInvocationOperation call)
                {
                    continue;
                }

                // MapMailEndpoints(app.MapGroup("/mail")): what the caller's groups add to the endpoints mapped in there.
                RecordHandOffs(call, body, ref endpoints, model);

                var wiring = Wiring(call.TargetMethod);
                if (wiring == "map-hub" && call.TargetMethod.TypeArguments.FirstOrDefault() is INamedTypeSymbol hub && Pattern(call) is { } hubRoute)
                {
                    model.HubRoutes[hub.OriginalDefinition] = Normalize(hubRoute);
                }
                else if (wiring == "map-endpoint" && Handler(call, owner, context, cancellationToken) is { } handler && Pattern(call) is { } pattern)
                {
                    var feature = FeatureResolver.Resolve(handler.Owner, handler.Scope, context);
                    var routing = (endpoints ??= new EndpointWiring(body)).Resolve(call, pattern);
                    var endpoint = new AppFeature(
                        AppFeatureKind.Endpoint,
                        feature.Name,
                        routing.Route,
                        feature.Categories.IsEmpty ? RouteWords(routing.Route, context) : feature.Categories,
                        routing.Policies,
                        call.Syntax.GetLocation(),
                        null,
                        routing.Filters);
                    if (routing.HandedIn is { } parameter)
                    {
                        model.HandedInEndpoints.Add(new HandedInEndpoint(parameter, routing.RelativeRoute, endpoint));
                    }
                    else
                    {
                        model.Features.Add(endpoint);
                    }
                }
                else if (Detection.ApiKnowledge.Embedded.RegistrationOf(call.TargetMethod) is var registration and not Detection.Registration.None
                    && RegisteredType(call) is { } component)
                {
                    // Which features the component guards is the registering API's row (ApiKnowledge.txt), not a name here.
                    Register(registration, component.OriginalDefinition, call, context, model);
                }
                else if (Wiring(call.TargetMethod) == "add-policy" && call.Arguments.FirstOrDefault(a => a.Value.ConstantValue.Value is string)?.Value.ConstantValue.Value is string policy)
                {
                    var requirements = model.PolicyRequirements.GetOrAdd(policy, _ => new ConcurrentBag<INamedTypeSymbol>());
                    foreach (var requirement in RequirementsIn(call))
                    {
                        requirements.Add(requirement);
                    }
                }
                else if (call.Parent is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } && Wiring(target.Property) == "global-policy")
                {
                    foreach (var requirement in RequirementsIn(call))
                    {
                        model.GlobalRequirements.Add(requirement);
                    }
                }
            }
        }

        private static void Register(Detection.Registration registration, INamedTypeSymbol component, IInvocationOperation call, SanctionsCompilationContext context, AppModel model)
        {
            switch (registration)
            {
                case Detection.Registration.Pipeline:
                    model.MiddlewareRegistrations.GetOrAdd(component, _ => new ConcurrentBag<PathScope>()).Add(PathScope.Around(call, context));
                    break;
                case Detection.Registration.EveryHub:
                    model.HubFilterRegistrations.GetOrAdd(component, _ => new ConcurrentBag<INamedTypeSymbol?>()).Add(OptionsTarget(call));
                    break;
                case Detection.Registration.EveryGrpcService:
                    // AddGrpc(o => o.Interceptors.Add<T>()) guards every service; AddServiceOptions<TService>(o => ...) only that one.
                    model.InterceptorRegistrations.GetOrAdd(component, _ => new ConcurrentBag<INamedTypeSymbol?>()).Add(OptionsTarget(call));
                    break;
                case Detection.Registration.EveryController:
                    model.GlobalMvcFilters.TryAdd(component, true);
                    break;
            }
        }

        /// <summary>
        /// A call to one of the project's own methods that hands it a route builder (<c>group.MapMailEndpoints()</c>,
        /// <c>MailApi.Map(app.MapGroup("/mail"))</c>): the groups around the argument, for the endpoints that method maps.
        /// </summary>
        private static void RecordHandOffs(IInvocationOperation call, IOperation body, ref EndpointWiring? endpoints, AppModel model)
        {
            if (call.TargetMethod.DeclaringSyntaxReferences.IsEmpty)
            {
                return;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && EndpointWiring.IsRouteBuilder(parameter.Type))
                {
                    var group = (endpoints ??= new EndpointWiring(body)).ResolveGroup(argument.Value);
                    model.HandOffs.Add(new GroupHandOff(parameter.OriginalDefinition, group));
                }
            }
        }

        private static IEnumerable<INamedTypeSymbol> RequirementsIn(IOperation operation) =>
            operation.DescendantsAndSelf()
                .OfType<IObjectCreationOperation>()
                .Select(c => c.Type as INamedTypeSymbol)
                .Where(t => t is not null && Implements(t, "Microsoft.AspNetCore.Authorization.IAuthorizationRequirement"))!;

        /// <summary>
        /// The code of a routing call's handler and the symbol it belongs to: a lambda (a feature of the wiring method),
        /// or a method group (<c>app.MapPost("/mail/send", MailEndpoints.Send)</c>, a local function) whose body this
        /// compilation declares. A method group's own declarations ([CommunicationService], configured categories)
        /// count as evidence, as a controller action's do.
        /// </summary>
        private static (FeatureScope Scope, ISymbol Owner)? Handler(IInvocationOperation call, ISymbol wiringOwner, SanctionsCompilationContext context, CancellationToken cancellationToken)
        {
            foreach (var argument in call.Arguments)
            {
                var value = argument.Value;
                while (value is IDelegateCreationOperation or IConversionOperation)
                {
                    value = value is IDelegateCreationOperation creation ? creation.Target : ((IConversionOperation)value).Operand;
                }

                switch (value)
                {
                    case IAnonymousFunctionOperation lambda:
                        return (FeatureScope.Of(lambda.Body, wiringOwner, FeatureResolver.NameOf(wiringOwner)), wiringOwner);

                    case IMethodReferenceOperation { Method: var method } when context.BodyOfMethodGroup(method, cancellationToken) is { } body:
                        // A local function is named after the method that declares it ("Api.Map.Send"), as FeatureScope does.
                        var owner = method.MethodKind == MethodKind.LocalFunction ? wiringOwner : method;
                        return (FeatureScope.Of(body, owner, FeatureResolver.NameOf(owner)), owner);
                }
            }

            return null;
        }

        private static string? Pattern(IInvocationOperation call) =>
            call.Arguments.FirstOrDefault(a => a.Parameter?.Name == "pattern" && a.Value.ConstantValue.Value is string)?.Value.ConstantValue.Value as string;

        /// <summary>T of <c>UseMiddleware&lt;T&gt;()</c>, <c>UseMiddleware(typeof(T))</c>, <c>AddFilter&lt;T&gt;()</c>, <c>AddFilter(new T())</c>.</summary>
        private static INamedTypeSymbol? RegisteredType(IInvocationOperation call)
        {
            if (call.TargetMethod.TypeArguments.Length == 1)
            {
                return call.TargetMethod.TypeArguments[0] as INamedTypeSymbol;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Ordinal == 0 && call.TargetMethod.IsExtensionMethod)
                {
                    continue;
                }

                switch (PathScope.Unwrap(argument.Value))
                {
                    case ITypeOfOperation typeOf:
                        return typeOf.TypeOperand as INamedTypeSymbol;
                    case IObjectCreationOperation creation:
                        return creation.Type as INamedTypeSymbol;
                }
            }

            return null;
        }

        /// <summary>
        /// T when the registration is made in the options lambda of an <c>options-for</c> row's method
        /// (<c>AddHubOptions&lt;THub&gt;(options =&gt; ...)</c>, <c>AddServiceOptions&lt;TService&gt;(options =&gt; ...)</c>); null otherwise.
        /// </summary>
        private static INamedTypeSymbol? OptionsTarget(IOperation registration)
        {
            for (var current = registration.Parent; current is not null; current = current.Parent)
            {
                if (current is IAnonymousFunctionOperation lambda && CallTaking(lambda) is { } options
                    && Detection.ApiKnowledge.Embedded.RoleOf(options.TargetMethod) == Detection.ApiRole.OptionsFor)
                {
                    return (options.TargetMethod.TypeArguments.FirstOrDefault() as INamedTypeSymbol)?.OriginalDefinition;
                }
            }

            return null;
        }

        /// <summary>Policies of <c>[Authorize(Policy = "...")]</c> / <c>[Authorize("...")]</c> on the type and the method.</summary>
        private static ImmutableArray<string> PoliciesOf(INamedTypeSymbol type, IMethodSymbol? method)
        {
            var policies = ImmutableArray.CreateBuilder<string>();
            foreach (var attribute in type.GetAttributes().Concat(method?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty))
            {
                if (!Detection.ApiKnowledge.Embedded.IsWiringType(attribute.AttributeClass, "authorize-data"))
                {
                    continue;
                }

                // The policy is the constructor argument or the Policy property (IAuthorizeData.Policy).
                policies.AddRange(attribute.ConstructorArguments.Select(a => a.AsString()).OfType<string>());
                policies.AddRange(attribute.NamedArguments.Where(n => n.Key == "Policy").Select(n => n.Value.AsString()).OfType<string>());
            }

            return policies.ToImmutable();
        }

        /// <summary>"/api/mail/send" from [Route("api/mail")] on the controller and [HttpPost("send")] on the action.</summary>
        private static string? RouteOf(IMethodSymbol method)
        {
            // [Route], [HttpPost]...: route-template attributes (IRouteTemplateProvider), the template their first argument.
            string? Template(ISymbol symbol) => symbol.GetAttributes()
                .Where(a => Detection.ApiKnowledge.Embedded.IsWiringType(a.AttributeClass, "route-template"))
                .Select(a => a.ConstructorArguments.FirstOrDefault().AsString())
                .FirstOrDefault(t => t is not null);

            var controller = Template(method.ContainingType);
            var action = Template(method);
            if (controller is null && action is null)
            {
                return null;
            }

            var controllerName = method.ContainingType.Name.EndsWith("Controller", StringComparison.Ordinal)
                ? method.ContainingType.Name.Substring(0, method.ContainingType.Name.Length - "Controller".Length)
                : method.ContainingType.Name;
            var combined = action is not null && action.StartsWith("/", StringComparison.Ordinal)
                ? action
                : (controller ?? string.Empty) + "/" + (action ?? string.Empty);
            return Normalize(combined.Replace("[controller]", controllerName.ToLowerInvariant()).Replace("[action]", method.Name.ToLowerInvariant()));
        }

        /// <summary>
        /// An endpoint whose own names say nothing is named by its whole route, group prefixes included
        /// (<c>MapGroup("/api/maps")</c> then <c>MapGet("/search")</c> is "/api/maps/search": web maps).
        /// </summary>
        private static ImmutableArray<CategoryEvidence> RouteWords(string? route, SanctionsCompilationContext context)
        {
            if (route is null)
            {
                return ImmutableArray<CategoryEvidence>.Empty;
            }

            return context.Catalog.Vocabulary.MatchText(route)
                .SelectMany(match => match.Categories)
                .Distinct()
                .Select(category => new CategoryEvidence(category, EvidenceStrength.Name, "the route '" + route + "'"))
                .ToImmutableArray();
        }

        private static string Normalize(string route) => "/" + route.Trim('/').Replace("//", "/");

        /// <summary>The call a lambda is an argument of.</summary>
        /// <summary>
        /// The policy an assertion belongs to: the name of the <c>AddPolicy("name", p =&gt; p.RequireAssertion(...))</c> around
        /// it, or the fallback or default policy it is built into (<c>o.FallbackPolicy = new AuthorizationPolicyBuilder()
        /// .RequireAssertion(...).Build()</c>), which every endpoint requires. Null when it is built elsewhere.
        /// </summary>
        private static (ComponentKind Kind, string Name, INamedTypeSymbol? Type, INamedTypeSymbol? Requirement)? PolicyOf(IInvocationOperation assertion)
        {
            for (var current = assertion.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IInvocationOperation addPolicy when Wiring(addPolicy.TargetMethod) == "add-policy"
                        && addPolicy.Arguments.FirstOrDefault(a => a.Value.ConstantValue.Value is string)?.Value.ConstantValue.Value is string name:
                        return (ComponentKind.PolicyAssertion, name, null, null);
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation global } when Wiring(global.Property) == "global-policy":
                        return (ComponentKind.GlobalPolicyAssertion, global.Property.Name, null, null);
                    case IAnonymousFunctionOperation or ILocalFunctionOperation or IMethodBodyOperation:
                        // p => p.RequireAssertion(...) is the policy builder's lambda: keep looking at what it is handed to.
                        continue;
                }
            }

            return null;
        }

        /// <summary>The call a lambda is handed to as an argument (through its delegate creation), if any.</summary>
        internal static IInvocationOperation? CallTaking(IAnonymousFunctionOperation lambda)
        {
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation or IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IArgumentOperation { Parent: IInvocationOperation call } ? call : null;
        }

        private static bool IsPipelineCall(IInvocationOperation call) => Wiring(call.TargetMethod) is "pipeline-step" or "pipeline-branch" or "pipeline-path";

        /// <summary>How a method or property wires the application, per the wiring rows of ApiKnowledge.txt.</summary>
        internal static string? Wiring(ISymbol symbol) => Detection.ApiKnowledge.Embedded.WiringOf(symbol);

        /// <summary>Whether the method is one of the MVC filter interfaces' members (by name), or any method of a type that is not a controller.</summary>
        private static bool IsFilterMethod(IMethodSymbol method, INamedTypeSymbol type)
        {
            var isController = false;
            for (var current = type; current is not null; current = current.BaseType)
            {
                isController |= current.ToDisplayString() == "Microsoft.AspNetCore.Mvc.ControllerBase";
            }

            return !isController || Detection.ApiKnowledge.Embedded.ComponentInterfaces(type, "mvc-filter")
                .SelectMany(i => i.GetMembers())
                .Any(member => member.Name == method.Name);
        }

        /// <summary>
        /// A method of a gRPC service: a public instance method taking the call's <c>ServerCallContext</c> (the shape every
        /// generated service base declares, whether the class derives from one or is bound by hand).
        /// </summary>
        public static bool IsGrpcServiceMethod(IMethodSymbol method) =>
            method.DeclaredAccessibility == Accessibility.Public && !method.IsStatic && method.MethodKind == MethodKind.Ordinary
            && method.ContainingType is { IsAbstract: false } type && Detection.ApiKnowledge.Embedded.ComponentOf(type) is not ("grpc-interceptor", _)
            && method.Parameters.Any(p => p.Type.ToDisplayString() == "Grpc.Core.ServerCallContext");

        /// <summary>A gRPC service method, with the categories its own evidence gives (names included), guarded by every server interceptor.</summary>
        public static void RecordGrpcMethod(IMethodSymbol method, IOperation body, SanctionsCompilationContext context, AppModel model)
        {
            if (!IsGrpcServiceMethod(method) || method.Locations.FirstOrDefault() is not { IsInSource: true } location)
            {
                return;
            }

            var feature = FeatureResolver.Resolve(method, FeatureScope.Of(body, method, FeatureResolver.NameOf(method)), context);
            model.Features.Add(new AppFeature(AppFeatureKind.GrpcMethod, feature.Name, null, feature.Categories, ImmutableArray<string>.Empty, location, method.ContainingType, action: method));
        }

        private static bool Implements(INamedTypeSymbol type, string interfaceName) =>
            type.AllInterfaces.Any(i => i.OriginalDefinition.ToDisplayString() == interfaceName);
    }
}
