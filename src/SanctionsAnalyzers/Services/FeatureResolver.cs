using System;
using System.Collections.Generic;
using System.Linq;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Services
{
    /// <summary>Infers what a feature (a method and its type) provides, from the catalogued APIs it uses.</summary>
    internal static class FeatureResolver
    {
        private static readonly SymbolDisplayFormat NameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        /// <summary>Display name of a method-level feature: "ChatHub.SendMessage"; top-level statements read "Program".</summary>
        public static string NameOf(ISymbol owner) =>
            owner is IMethodSymbol { Name: WellKnownMemberNames.TopLevelStatementsEntryPointMethodName } ? "Program" : owner.ToDisplayString(NameFormat);

        public static Feature Resolve(ISymbol owner, FeatureScope scope, SanctionsCompilationContext context) => Resolve(owner, scope, context, askCallers: true);

        /// <summary>
        /// What the developer declared about a type or member (<c>[CommunicationService]</c>, <c>sanctions_analyzers.category.*</c>):
        /// the strongest evidence, which replaces inference. Empty when nothing is declared.
        /// </summary>
        public static ImmutableArray<CategoryEvidence> DeclaredFor(ISymbol symbol, SanctionsCompilationContext context)
        {
            var evidence = new List<CategoryEvidence>();
            var seen = new HashSet<string>();
            AddDeclarations(symbol, context, evidence, seen);
            foreach (var id in context.Overrides.CategoriesFor(symbol))
            {
                if (context.Policy.FindCategory(id.ToLowerInvariant()) is { } configured)
                {
                    Add(evidence, seen, new CategoryEvidence(configured, EvidenceStrength.Declaration, "declared in configuration (sanctions_analyzers.category)"));
                }
            }

            return evidence.ToImmutableArray();
        }

        private static Feature Resolve(ISymbol owner, FeatureScope scope, SanctionsCompilationContext context, bool askCallers)
        {
            var evidence = new List<CategoryEvidence>();
            var seen = new HashSet<string>();

            // The developer's own declaration is the strongest evidence and replaces inference.
            foreach (var declared in new[] { scope.Symbol, owner, owner.ContainingType })
            {
                AddDeclarations(declared, context, evidence, seen);
            }

            foreach (var id in context.Overrides.CategoriesFor(scope.Symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } ? owner : scope.Symbol))
            {
                if (context.Policy.FindCategory(id.ToLowerInvariant()) is { } configured)
                {
                    Add(evidence, seen, new CategoryEvidence(configured, EvidenceStrength.Declaration, "declared in configuration (sanctions_analyzers.category)"));
                }
            }

            if (evidence.Count > 0)
            {
                return new Feature(scope.Symbol, scope.Name, evidence.ToImmutableArray());
            }

            if (owner.ContainingType is { } type && context.FindBaseTypeApi(type, out var matchedBase) is { } baseApi)
            {
                foreach (var category in baseApi.Categories)
                {
                    Add(evidence, seen, new CategoryEvidence(category, EvidenceStrength.KnownApi, "derives from " + matchedBase!.ToDisplayString() + " (" + baseApi.Family + ")"));
                }
            }

            foreach (var operation in OperationsOf(scope.Root))
            {
                foreach (var item in EvidenceOf(operation, context))
                {
                    Add(evidence, seen, item);
                }
            }

            if (evidence.Count == 0)
            {
                AddNameHints(scope, owner, context, evidence, seen, askCallers);
            }

            return new Feature(scope.Symbol, scope.Name, evidence.ToImmutableArray());
        }

        /// <summary>
        /// Whether any of the operations (and what they contain) uses a service: a catalogued API, a package with
        /// declared categories, a service host or a catalogued client handed on; in a type deriving from a catalogued
        /// base (a SignalR hub), also a call into that base's namespace (<c>Clients.All.SendAsync</c>). Declarations and
        /// names do not count.
        /// </summary>
        public static bool UsesAService(IEnumerable<IOperation> roots, ISymbol owner, SanctionsCompilationContext context)
        {
            INamedTypeSymbol? matched = null;
            var baseNamespace = owner.ContainingType is { } type && context.FindBaseTypeApi(type, out matched) is not null
                ? matched!.ContainingNamespace?.ToDisplayString()
                : null;

            // The base's own members (base.OnConnectedAsync(), Context) are the plumbing, not the service.
            bool CallsIntoBase(IOperation operation) =>
                CalledMember(operation) is { ContainingType: { } called } member
                && !SymbolEqualityComparer.Default.Equals(called.OriginalDefinition, matched!.OriginalDefinition)
                && member.ContainingNamespace?.ToDisplayString() == baseNamespace;

            return roots.Any(root => OperationsOf(root).Any(operation =>
                EvidenceOf(operation, context).Any() || (baseNamespace is not null && CallsIntoBase(operation))));
        }

        /// <summary>What one operation says about the categories of the code it is in.</summary>
        private static IEnumerable<CategoryEvidence> EvidenceOf(IOperation operation, SanctionsCompilationContext context)
        {
            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } } && context.Catalog.MatchHost(literal) is { } host)
            {
                foreach (var category in host.Categories)
                {
                    yield return new CategoryEvidence(category, EvidenceStrength.ServiceHost, "calls host " + host.Name + " (" + host.Family + ")");
                }

                yield break;
            }

            // A catalogued client handed to a helper: (string to, SmtpClient smtp) => Digest.Send(to, smtp).
            if (operation is IArgumentOperation { Parent: IInvocationOperation or IObjectCreationOperation } argument
                && PassedType(argument) is { } passed
                && context.FindCalledApi(passed) is { } passedApi)
            {
                foreach (var category in passedApi.Categories)
                {
                    yield return new CategoryEvidence(category, EvidenceStrength.KnownApi, "passes a " + passed.ToDisplayString() + " (" + passedApi.Family + ")");
                }

                yield break;
            }

            var member = CalledMember(operation);
            if (member?.ContainingType is null)
            {
                yield break;
            }

            // The package author's own declaration about their assembly wins over the embedded catalog.
            if (context.MetadataOf(member.ContainingAssembly) is { Categories.IsEmpty: false } metadata)
            {
                var outside = metadata.OutsideAuthorization
                    ? "export classification " + metadata.Classification + " of " + metadata.Assembly.Name + " is outside EAR99 / 5D992.c (31 CFR 560.540(a)(2))"
                    : null;
                foreach (var category in metadata.Categories)
                {
                    yield return new CategoryEvidence(category, EvidenceStrength.PackageMetadata, "package metadata of " + metadata.Assembly.Name, outside);
                }

                yield break;
            }

            if (context.FindCalledApi(member.ContainingType) is not { } api)
            {
                yield break;
            }

            foreach (var category in api.Categories)
            {
                yield return new CategoryEvidence(category, EvidenceStrength.KnownApi, "uses " + member.ContainingType.ToDisplayString() + "." + member.Name + " (" + api.Family + ")");
            }
        }

        /// <summary>
        /// The weakest evidence: words of the feature's names (Resources/NameVocabulary.txt). The nearest names decide:
        /// the method, then its routes, then its type (with base types and interfaces), then the types of its fields, then
        /// the features that call it, then its namespace; the first of these that names any category gives all the
        /// categories it names, so "CheckoutService.JoinChat" is chat.
        /// </summary>
        private static void AddNameHints(FeatureScope scope, ISymbol owner, SanctionsCompilationContext context, List<CategoryEvidence> evidence, HashSet<string> seen, bool askCallers)
        {
            foreach (var tier in NameTiers(scope, owner))
            {
                AddNames(tier, context, evidence, seen);
                if (evidence.Count > 0)
                {
                    return;
                }
            }

            if (askCallers)
            {
                AddCallers(scope, owner, context, evidence, seen);
                if (evidence.Count > 0)
                {
                    return;
                }
            }

            AddNames(NamespaceTier(owner), context, evidence, seen);
        }

        private static void AddNames(List<(string Kind, string Name)> tier, SanctionsCompilationContext context, List<CategoryEvidence> evidence, HashSet<string> seen)
        {
            foreach (var (kind, name) in tier)
            {
                // A route is text written for people: "/api/maps" names web maps, where a member's "Map" is plumbing.
                var words = kind == "route" ? context.Catalog.Vocabulary.MatchText(name) : context.Catalog.Vocabulary.Match(name);
                foreach (var (_, categories) in words)
                {
                    foreach (var category in categories)
                    {
                        Add(evidence, seen, new CategoryEvidence(category, EvidenceStrength.Name, "the " + kind + " name '" + name + "'"));
                    }
                }
            }
        }

        /// <summary>
        /// A shared check or policy (<c>CallPolicy.For(country)</c> returning reduced call capabilities) serves the features
        /// that call it: their categories, from any evidence of their own, count as names of the check (an inference
        /// the diagnostic words as such). One level: a caller's own callers are not asked.
        /// </summary>
        private static void AddCallers(FeatureScope scope, ISymbol owner, SanctionsCompilationContext context, List<CategoryEvidence> evidence, HashSet<string> seen)
        {
            if (!SymbolEqualityComparer.Default.Equals(scope.Symbol, owner) || owner is not IMethodSymbol method)
            {
                return;
            }

            foreach (var site in context.Callers.Of(method, default))
            {
                var caller = Resolve(site.Member, FeatureScope.Of(site.Call, site.Member, NameOf(site.Member)), context, askCallers: false);
                foreach (var item in caller.Categories)
                {
                    Add(evidence, seen, new CategoryEvidence(item.Category, EvidenceStrength.Name, "its caller " + caller.Name + " (" + item.Source + ")"));
                }
            }
        }

        /// <summary>The feature's own names, nearest first, grouped by tier: method, route, type, the types of its fields.</summary>
        private static IEnumerable<List<(string Kind, string Name)>> NameTiers(FeatureScope scope, ISymbol owner)
        {
            // A route handler lambda has no name of its own: its route is the nearest name, not the method that maps it
            // (app.MapPost("/checkout", ...) inside MapChatEndpoints is a checkout). Another lambda belongs to its method.
            var isRouteHandler = scope.Symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } && scope.Name.IndexOf('"') >= 0;
            var method = scope.Symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction } ? owner : scope.Symbol;
            yield return !isRouteHandler && method is IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.LocalFunction } named
                ? new List<(string, string)> { ("method", named.Name) }
                : new List<(string, string)>();

            var routes = new List<(string, string)>();
            if (isRouteHandler)
            {
                routes.Add(("route", scope.Name.Substring(scope.Name.IndexOf('"')).Trim('"')));
            }

            foreach (var symbol in isRouteHandler ? new ISymbol?[] { method?.ContainingType } : new ISymbol?[] { method, method?.ContainingType })
            {
                foreach (var template in RouteTemplates(symbol))
                {
                    routes.Add(("route", template));
                }
            }

            yield return routes;

            var types = new List<(string, string)>();
            for (var type = owner.ContainingType; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
            {
                types.Add((types.Count == 0 ? "type" : "base type", type.Name));
            }

            foreach (var implemented in owner.ContainingType?.AllInterfaces ?? ImmutableArray<INamedTypeSymbol>.Empty)
            {
                types.Add(("interface", implemented.Name));
            }

            yield return types;

            // What the type is built on: a plugin holding an IGameServer serves a game, a bot holding an IChatClient chats.
            var hosts = new List<(string, string)>();
            foreach (var member in owner.ContainingType?.GetMembers() ?? ImmutableArray<ISymbol>.Empty)
            {
                if (member is IFieldSymbol { IsStatic: false, Type: INamedTypeSymbol fieldType } && !hosts.Contains(("field type", fieldType.Name)))
                {
                    hosts.Add(("field type", fieldType.Name));
                }
            }

            yield return hosts;
        }

        /// <summary>The farthest name tier: the namespace of the feature's type.</summary>
        private static List<(string Kind, string Name)> NamespaceTier(ISymbol owner) =>
            owner.ContainingType?.ContainingNamespace is { IsGlobalNamespace: false } ns
                ? new List<(string, string)> { ("namespace", ns.ToDisplayString()) }
                : new List<(string, string)>();

        /// <summary>Templates of [HttpGet("...")], [HttpPost("...")], [Route("...")] on the symbol.</summary>
        private static IEnumerable<string> RouteTemplates(ISymbol? symbol)
        {
            foreach (var attribute in symbol?.GetAttributes() ?? ImmutableArray<AttributeData>.Empty)
            {
                if (attribute.AttributeClass?.Name is { } name && (name.StartsWith("Http", StringComparison.Ordinal) || name == "RouteAttribute")
                    && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
                    && attribute.ConstructorArguments[0].Value is string template)
                {
                    yield return template;
                }
            }
        }

        /// <summary>The scope's operations, leaving out nested route handlers: they are features of their own.</summary>
        private static IEnumerable<IOperation> OperationsOf(IOperation root)
        {
            var stack = new Stack<IOperation>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                yield return current;
                foreach (var child in current.ChildOperations)
                {
                    if (child is IAnonymousFunctionOperation lambda && lambda != root && FeatureScope.IsRouteHandler(lambda))
                    {
                        continue;
                    }

                    stack.Push(child);
                }
            }
        }

        /// <summary>
        /// <c>[CommunicationService("chat", "e-mail")]</c> on the method or its class, matched by name so that no
        /// runtime dependency on this package is needed. Unknown category ids are left out here.
        /// </summary>
        private static void AddDeclarations(ISymbol? symbol, SanctionsCompilationContext context, List<CategoryEvidence> evidence, HashSet<string> seen)
        {
            if (symbol is null)
            {
                return;
            }

            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass?.Name is not ("CommunicationServiceAttribute" or "CommunicationService"))
                {
                    continue;
                }

                foreach (var argument in attribute.ConstructorArguments)
                {
                    var values = argument.Kind == TypedConstantKind.Array ? argument.Values : ImmutableArray.Create(argument);
                    foreach (var value in values)
                    {
                        if (value.AsString() is string id && context.Policy.FindCategory(id) is { } category)
                        {
                            Add(evidence, seen, new CategoryEvidence(category, EvidenceStrength.Declaration, "declared by [CommunicationService] on " + symbol.Name));
                        }
                    }
                }
            }
        }

        /// <summary>The type of the value itself, before conversions: a <c>null</c> passed as a client is no client.</summary>
        private static INamedTypeSymbol? PassedType(IArgumentOperation argument)
        {
            var value = argument.Value;
            while (value is IConversionOperation conversion)
            {
                value = conversion.Operand;
            }

            return value.Type as INamedTypeSymbol;
        }

        private static ISymbol? CalledMember(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IPropertyReferenceOperation property => property.Property,
            IMethodReferenceOperation method => method.Method,
            _ => null,
        };

        private static void Add(List<CategoryEvidence> evidence, HashSet<string> seen, CategoryEvidence item)
        {
            // Keep the first (strongest, earliest) evidence per category.
            if (seen.Add(item.Category.Id))
            {
                evidence.Add(item);
            }
        }
    }
}
