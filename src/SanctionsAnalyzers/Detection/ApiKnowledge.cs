using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>What a well-known API does to a value (Resources/ApiKnowledge.txt).</summary>
    internal enum ApiRole
    {
        None,

        /// <summary>The result is the same value, reshaped (Trim, ToUpperInvariant, Replace, FirstOrDefault).</summary>
        Transfer,

        /// <summary>The position of an item in a collection, -1 when absent (Array.IndexOf, List&lt;T&gt;.IndexOf).</summary>
        IndexOf,

        /// <summary>Static membership by predicate (Array.Exists).</summary>
        Exists,

        /// <summary>A text parsed into an enum succeeds for its member names (Enum.TryParse, Enum.IsDefined): membership in them.</summary>
        EnumMember,

        /// <summary>Reads input at run time (environment, files, the network): a list made from it is unknown.</summary>
        Input,

        /// <summary>The number of entries a predicate matches (Enumerable.Count): compared with a number, a membership test.</summary>
        Count,

        /// <summary>The entries a predicate matches (Enumerable.Where): Any(), Count() or FirstOrDefault() of it test membership.</summary>
        Filter,

        /// <summary>Entries that come from the source's entries only, projected, reordered or fewer (Select, Distinct, ToList).</summary>
        EntriesOf,

        /// <summary>The entries of a joined string (String.Split): the instance's text, cut at the arguments' separators.</summary>
        Split,

        /// <summary>An empty collection (Array.Empty, Enumerable.Empty): handed out instead of the data, it withholds it.</summary>
        Empty,

        /// <summary>Calling the method, or creating the type, refuses the user (Forbid(), HubCallerContext.Abort(), new ForbidResult()).</summary>
        Deny,

        /// <summary>
        /// A delegate handed to the method answers the host whether the user may pass, and <c>false</c> refuses
        /// (<c>AuthorizationPolicyBuilder.RequireAssertion(ctx =&gt; ...)</c>).
        /// </summary>
        Verdict,

        /// <summary>
        /// Calling the method (M:), or carrying the attribute (T:), puts a component (filter, interceptor, middleware) in
        /// front of features; <see cref="Registration"/> says which.
        /// </summary>
        Registers,

        /// <summary>A type implementing or deriving from the row's type (T:) is a component guarding other features; the next word says which.</summary>
        Component,

        /// <summary>
        /// The method (M:) or property (P:) wires the application: adds or requires a policy, adds an endpoint filter, a
        /// pipeline step or branch, or tests a request path; the next word says which (see <see cref="ApiKnowledge.WiringOf(ISymbol)"/>).
        /// </summary>
        Wiring,

        /// <summary>
        /// A registration made in the options lambda of the method (<c>AddHubOptions&lt;THub&gt;(o =&gt; ...)</c>,
        /// <c>AddServiceOptions&lt;TService&gt;(o =&gt; ...)</c>) applies to its type argument only.
        /// </summary>
        OptionsFor,
    }

    /// <summary>Which features a registration puts its component in front of (the third word of a <c>registers</c> row).</summary>
    internal enum Registration
    {
        None,

        /// <summary>Every controller action: <c>MvcOptions.Filters.Add&lt;T&gt;()</c>.</summary>
        EveryController,

        /// <summary>The controller or action carrying the attribute: <c>[ServiceFilter(typeof(T))]</c>.</summary>
        Carrier,

        /// <summary>Every hub, or the hub of the <c>AddHubOptions&lt;THub&gt;</c> around it: <c>HubOptions.AddFilter&lt;T&gt;()</c>.</summary>
        EveryHub,

        /// <summary>Every gRPC service, or the service of the <c>AddServiceOptions&lt;TService&gt;</c> around it.</summary>
        EveryGrpcService,

        /// <summary>Every request of the pipeline branch around it: <c>UseMiddleware&lt;T&gt;()</c>.</summary>
        Pipeline,
    }

    /// <summary>
    /// API knowledge as data: rows keyed by documentation-comment ID without the parameter list, so that a new API is
    /// a row, not code. Loaded once from the analyzer's embedded resource.
    /// </summary>
    internal sealed class ApiKnowledge
    {
        private const string FileName = "ApiKnowledge.txt";

        private static readonly Lazy<ApiKnowledge> EmbeddedKnowledge = new Lazy<ApiKnowledge>(Load, isThreadSafe: true);

        private readonly Dictionary<string, ApiRole> _roles;
        private readonly Dictionary<string, string> _denials;
        private readonly Dictionary<string, (Registration Scope, string Word)> _registrations;
        private readonly Dictionary<string, string> _components;
        private readonly Dictionary<string, string> _wiring;
        private readonly HashSet<string> _inputErrors;

        private ApiKnowledge(Dictionary<string, ApiRole> roles, Dictionary<string, string> denials, Dictionary<string, (Registration, string)> registrations, Dictionary<string, string> components, Dictionary<string, string> wiring, HashSet<string> inputErrors)
        {
            _inputErrors = inputErrors;
            _wiring = wiring;
            _roles = roles;
            _denials = denials;
            _registrations = registrations;
            _components = components;
        }

        /// <summary>The kinds a <c>wiring</c> row may name.</summary>
        public static readonly IReadOnlyCollection<string> WiringKinds = new[]
        {
            "add-policy", "global-policy", "requires-policy", "endpoint-filter", "pipeline-step", "pipeline-branch", "pipeline-path", "path-prefix", "path-equals",
            "map-hub", "map-endpoint", "map-group", "server-handler",
            "route-builder", "endpoint-builder", "route-group", "authorize-data", "route-template", "http-context", "http-request", "request-path",
        };

        /// <summary>The kinds a <c>wiring</c> row naming a type (T:) may give; the others are for members.</summary>
        private static readonly HashSet<string> TypeWiringKinds = new HashSet<string>(StringComparer.Ordinal)
        {
            "route-builder", "endpoint-builder", "route-group", "authorize-data", "route-template", "http-context", "http-request", "request-path",
        };

        /// <summary>The ids of the <c>wiring</c> rows, for tests that resolve them.</summary>
        public IReadOnlyCollection<string> WiringIds => _wiring.Keys;

        /// <summary>
        /// How a method or property wires the application ("add-policy", "requires-policy", "endpoint-filter", "pipeline-branch",
        /// "path-prefix"...), per the <c>wiring</c> rows; null for anything else.
        /// </summary>
        public string? WiringOf(ISymbol symbol)
        {
            if (_wiring.Count == 0)
            {
                return null;
            }

            var definition = symbol is IMethodSymbol method ? (method.ReducedFrom ?? method).OriginalDefinition : symbol.OriginalDefinition;
            return KeyOf(definition) is { } key && _wiring.TryGetValue(key, out var kind) ? kind : null;
        }

        /// <summary>
        /// The member names of the wiring rows that map endpoints and hubs or register or require policies and filters, and
        /// of the <c>options-for</c> rows, for the startup pre-filter.
        /// </summary>
        public IEnumerable<string> WiringWords() =>
            _wiring.Where(row => row.Value is "add-policy" or "global-policy" or "requires-policy" or "endpoint-filter" or "map-hub" or "map-endpoint" or "map-group")
                .Select(row => row.Key)
                .Concat(_roles.Where(row => row.Value == ApiRole.OptionsFor).Select(row => row.Key))
                .Select(key => key.Substring(key.LastIndexOf('.') + 1))
                .Distinct();

        /// <summary>
        /// Whether the type is, derives from or implements a type a <c>wiring</c> row of the kind names (<c>route-builder</c>:
        /// an <c>IEndpointRouteBuilder</c>, the application or a route group).
        /// </summary>
        public bool IsWiringType(ITypeSymbol? type, string kind)
        {
            if (type is null || _wiring.Count == 0)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (Is(current))
                {
                    return true;
                }
            }

            return type.AllInterfaces.Any(Is);

            bool Is(ITypeSymbol candidate) =>
                candidate.OriginalDefinition.GetDocumentationCommentId() is { } key && _wiring.TryGetValue(key, out var rowKind) && rowKind == kind;
        }

        /// <summary>The kinds a <c>component</c> row may name.</summary>
        public static readonly IReadOnlyCollection<string> ComponentKinds = new[] { "hub-filter", "grpc-interceptor", "endpoint-filter", "mvc-filter", "authorization-handler" };

        /// <summary>The ids of the <c>component</c> rows, for tests that resolve them.</summary>
        public IReadOnlyCollection<string> ComponentIds => _components.Keys;

        /// <summary>
        /// Which component a type is (a <c>component</c> row naming one of its base types or interfaces), with the row's type
        /// as the type sees it (<c>AuthorizationHandler&lt;NotFromRegionsRequirement&gt;</c>); null for any other type.
        /// </summary>
        public (string Kind, INamedTypeSymbol Matched)? ComponentOf(INamedTypeSymbol type)
        {
            if (_components.Count == 0)
            {
                return null;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.OriginalDefinition.GetDocumentationCommentId() is { } key && _components.TryGetValue(key, out var kind))
                {
                    return (kind, current);
                }
            }

            foreach (var contract in type.AllInterfaces)
            {
                if (contract.OriginalDefinition.GetDocumentationCommentId() is { } key && _components.TryGetValue(key, out var kind))
                {
                    return (kind, contract);
                }
            }

            return null;
        }

        /// <summary>The interfaces of a type that <c>component</c> rows of the kind name (the MVC filter interfaces it implements).</summary>
        public IEnumerable<INamedTypeSymbol> ComponentInterfaces(INamedTypeSymbol type, string kind) =>
            type.AllInterfaces.Where(i => i.OriginalDefinition.GetDocumentationCommentId() is { } key && _components.TryGetValue(key, out var rowKind) && rowKind == kind);

        /// <summary>The ids of the <c>registers</c> rows, for tests that resolve them.</summary>
        public IReadOnlyCollection<string> RegistrationIds => _registrations.Keys;

        /// <summary>What a registering call puts its component in front of; None for any other method.</summary>
        public Registration RegistrationOf(IMethodSymbol method) =>
            KeyOf((method.ReducedFrom ?? method).OriginalDefinition) is { } key && _registrations.TryGetValue(key, out var row) ? row.Scope : Registration.None;

        /// <summary>What a registering attribute puts the component it names in front of; None for any other attribute class.</summary>
        public Registration RegistrationOf(INamedTypeSymbol attributeClass) =>
            attributeClass.OriginalDefinition.GetDocumentationCommentId() is { } key && _registrations.TryGetValue(key, out var row) ? row.Scope : Registration.None;

        /// <summary>
        /// The words whose presence in a startup method's tokens says it may register something: each row's fourth word,
        /// or its member name (<c>Filters</c> for <c>FilterCollection.Add</c>: "Add" alone is everywhere).
        /// </summary>
        public IEnumerable<string> RegistrationWords() => _registrations.Values.Select(r => r.Word).Distinct();

        public static ApiKnowledge Embedded => EmbeddedKnowledge.Value;

        /// <summary>The rows, id → role, for tests that resolve them.</summary>
        public IReadOnlyDictionary<string, ApiRole> Rows => _roles;

        /// <summary>What the method does to a value; extension methods are looked up by their declaring method.</summary>
        public ApiRole RoleOf(IMethodSymbol method)
        {
            var definition = (method.ReducedFrom ?? method).OriginalDefinition;
            return _roles.Count > 0 && KeyOf(definition) is { } key && _roles.TryGetValue(key, out var role) ? role : ApiRole.None;
        }

        /// <summary>How a call refuses the user ("aborts the connection"), when a deny row names the method or one it overrides.</summary>
        public string? DenialOf(IMethodSymbol method) =>
            ListedKey(method, _denials.ContainsKey) is { } key ? _denials[key] : null;

        /// <summary>
        /// Whether the call or creation records an input error (a deny row marked <c>input-error</c>: a model or identity
        /// error), which refuses a value rather than a user: against a list of supported countries it is a picker's check.
        /// </summary>
        public bool IsInputError(IOperation operation) => operation switch
        {
            IInvocationOperation call => ListedKey(call.TargetMethod, _inputErrors.Contains) is not null,
            IObjectCreationOperation { Type: { } created } => ListedKey(created, _inputErrors.Contains) is not null,
            _ => false,
        };

        /// <summary>How creating the type refuses the user ("returns ForbidResult"), when a deny row names it or a base type.</summary>
        public string? DenialOf(ITypeSymbol created) =>
            ListedKey(created, _denials.ContainsKey) is { } key ? _denials[key] : null;

        /// <summary>The row key of the method or of a method it overrides, when <paramref name="listed"/> holds it.</summary>
        private static string? ListedKey(IMethodSymbol method, Func<string, bool> listed)
        {
            for (var current = (method.ReducedFrom ?? method).OriginalDefinition; current is not null; current = current.OverriddenMethod?.OriginalDefinition)
            {
                if (KeyOf(current) is { } key && listed(key))
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>The row key of the type or of a base type, when <paramref name="listed"/> holds it.</summary>
        private static string? ListedKey(ITypeSymbol type, Func<string, bool> listed)
        {
            for (ITypeSymbol? current = type; current is not null; current = current.BaseType)
            {
                if (current.OriginalDefinition.GetDocumentationCommentId() is { } key && listed(key))
                {
                    return key;
                }
            }

            return null;
        }

        /// <summary>Member names of the rows of a role ("IndexOf", "Exists"), for the text pre-filter.</summary>
        public IEnumerable<string> MemberNames(ApiRole role)
        {
            foreach (var row in _roles)
            {
                if (row.Value == role)
                {
                    yield return row.Key.Substring(row.Key.LastIndexOf('.') + 1);
                }
            }
        }

        /// <summary>"M:System.Array.IndexOf``1(``0[],``0)" → "M:System.Array.IndexOf".</summary>
        /// <summary>
        /// Names of the transfer rows that pick an entry of a collection (First, FirstOrDefault, Single...): handed a
        /// predicate, a pick is a lookup, so the pre-filter counts them with the membership calls.
        /// </summary>
        public IEnumerable<string> PickNames()
        {
            foreach (var row in _roles)
            {
                if (row.Value == ApiRole.Transfer && row.Key.StartsWith("M:System.Linq.", StringComparison.Ordinal))
                {
                    yield return row.Key.Substring(row.Key.LastIndexOf('.') + 1);
                }
            }
        }

        public static string? KeyOf(ISymbol symbol)
        {
            var id = symbol.GetDocumentationCommentId();
            if (id is null)
            {
                return null;
            }

            var parameters = id.IndexOf('(');
            if (parameters >= 0)
            {
                id = id.Substring(0, parameters);
            }

            var arity = id.IndexOf("``", StringComparison.Ordinal);
            return arity >= 0 ? id.Substring(0, arity) : id;
        }

        internal static ApiKnowledge Parse(TextReader reader)
        {
            var roles = new Dictionary<string, ApiRole>(StringComparer.Ordinal);
            var denials = new Dictionary<string, string>(StringComparer.Ordinal);
            var registrations = new Dictionary<string, (Registration, string)>(StringComparer.Ordinal);
            var components = new Dictionary<string, string>(StringComparer.Ordinal);
            var wiring = new Dictionary<string, string>(StringComparer.Ordinal);
            var inputErrors = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (number, line) in EmbeddedResources.DataLines(reader))
            {
                var parts = line.Split(new[] { ' ', '\t' }, 3, StringSplitOptions.RemoveEmptyEntries);
                var role = parts.Length >= 2 ? RoleNamed(parts[0]) : ApiRole.None;
                if (role == ApiRole.Wiring)
                {
                    // wiring M:Type.Member <kind>, wiring P:Type.Property <kind>, or wiring T:Type <kind>.
                    var forType = parts[1].StartsWith("T:", StringComparison.Ordinal);
                    AddKindRow(wiring, "wiring", forType ? new[] { "T:" } : new[] { "M:", "P:" }, WiringKinds.Where(k => TypeWiringKinds.Contains(k) == forType).ToList(), parts, number, line);
                    continue;
                }

                if (role == ApiRole.Component)
                {
                    // component T:Type <kind>.
                    AddKindRow(components, "component", new[] { "T:" }, ComponentKinds, parts, number, line);
                    continue;
                }

                if (role == ApiRole.Registers)
                {
                    // registers M:Type.Method <scope> [word], or registers T:AttributeType <scope> [word].
                    var rest = parts.Length == 3 ? parts[2].Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries) : Array.Empty<string>();
                    var scope = rest.Length is 1 or 2 ? RegistrationNamed(rest[0]) : Registration.None;
                    if (scope == Registration.None || !(parts[1].StartsWith("M:", StringComparison.Ordinal) || parts[1].StartsWith("T:", StringComparison.Ordinal)) || parts[1].IndexOf('(') >= 0)
                    {
                        throw new InvalidDataException(FileName + " line " + number + ": expected 'registers M:Namespace.Type.Member|T:Namespace.Type every-controller|carrier|every-hub|every-grpc-service|pipeline [prefilter-word]', found '" + line + "'");
                    }

                    if (registrations.ContainsKey(parts[1]))
                    {
                        throw new InvalidDataException(FileName + " line " + number + ": '" + parts[1] + "' is listed twice");
                    }

                    registrations.Add(parts[1], (scope, rest.Length == 2 ? rest[1] : parts[1].Substring(parts[1].LastIndexOf('.') + 1)));
                    continue;
                }

                if (role == ApiRole.Deny)
                {
                    // deny M:Type.Method <how it refuses>, or deny T:Type <how creating it refuses>.
                    if (parts.Length != 3 || !(parts[1].StartsWith("M:", StringComparison.Ordinal) || parts[1].StartsWith("T:", StringComparison.Ordinal)) || parts[1].IndexOf('(') >= 0)
                    {
                        throw new InvalidDataException(FileName + " line " + number + ": expected 'deny M:Namespace.Type.Member <description>' or 'deny T:Namespace.Type <description>', found '" + line + "'");
                    }
                }
                else if (role == ApiRole.None || parts.Length != 2 || !parts[1].StartsWith("M:", StringComparison.Ordinal) || parts[1].IndexOf('(') >= 0)
                {
                    throw new InvalidDataException(FileName + " line " + number + ": expected 'transfer|index-of|exists|input|count|filter|split M:Namespace.Type.Member' (no parameter list), found '" + line + "'");
                }

                if (roles.ContainsKey(parts[1]))
                {
                    throw new InvalidDataException(FileName + " line " + number + ": '" + parts[1] + "' is listed twice");
                }

                roles.Add(parts[1], role);
                if (role == ApiRole.Deny)
                {
                    // deny X:Id input-error <description>: the refusal is an input error.
                    var description = parts[2].Trim();
                    if (description.StartsWith(InputErrorMark, StringComparison.Ordinal))
                    {
                        inputErrors.Add(parts[1]);
                        description = description.Substring(InputErrorMark.Length).Trim();
                    }

                    denials.Add(parts[1], description);
                }
            }

            return new ApiKnowledge(roles, denials, registrations, components, wiring, inputErrors);
        }

        private const string InputErrorMark = "input-error ";

        private static ApiRole RoleNamed(string kind) => kind switch
        {
            "transfer" => ApiRole.Transfer,
            "index-of" => ApiRole.IndexOf,
            "exists" => ApiRole.Exists,
            "enum-member" => ApiRole.EnumMember,
            "input" => ApiRole.Input,
            "count" => ApiRole.Count,
            "filter" => ApiRole.Filter,
            "entries-of" => ApiRole.EntriesOf,
            "split" => ApiRole.Split,
            "empty" => ApiRole.Empty,
            "deny" => ApiRole.Deny,
            "verdict" => ApiRole.Verdict,
            "registers" => ApiRole.Registers,
            "component" => ApiRole.Component,
            "wiring" => ApiRole.Wiring,
            "options-for" => ApiRole.OptionsFor,
            _ => ApiRole.None,
        };

        /// <summary>A row of the form <c>kind X:Id word</c> whose word is one of <paramref name="words"/>; anything else is a data error naming its line.</summary>
        private static void AddKindRow(Dictionary<string, string> rows, string kind, string[] prefixes, IReadOnlyCollection<string> words, string[] parts, int number, string line)
        {
            if (parts.Length != 3 || !prefixes.Any(p => parts[1].StartsWith(p, StringComparison.Ordinal)) || parts[1].IndexOf('(') >= 0 || !words.Contains(parts[2].Trim()))
            {
                throw new InvalidDataException(FileName + " line " + number + ": expected '" + kind + " " + string.Join("|", prefixes.Select(p => p + "Namespace.Type.Member"))
                    + " " + string.Join("|", words) + "', found '" + line + "'");
            }

            if (rows.ContainsKey(parts[1]))
            {
                throw new InvalidDataException(FileName + " line " + number + ": '" + parts[1] + "' is listed twice");
            }

            rows.Add(parts[1], parts[2].Trim());
        }

        private static Registration RegistrationNamed(string scope) => scope switch
        {
            "every-controller" => Registration.EveryController,
            "carrier" => Registration.Carrier,
            "every-hub" => Registration.EveryHub,
            "every-grpc-service" => Registration.EveryGrpcService,
            "pipeline" => Registration.Pipeline,
            _ => Registration.None,
        };

        private static ApiKnowledge Load()
        {
            using var reader = new StreamReader(EmbeddedResources.Open(FileName), Encoding.UTF8);
            return Parse(reader);
        }
    }
}
