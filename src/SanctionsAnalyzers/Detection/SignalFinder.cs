using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Decides whether an expression tells where a user is: catalogued members and headers, claims,
    /// names that say "country" or "phone", and locals holding any of those.
    /// </summary>
    internal sealed class SignalFinder
    {
        private const int MaxLocalDepth = 4;

        private readonly SanctionsCompilationContext _context;
        private readonly MethodIndex _index;
        private readonly IParameterSymbol? _placeholder;

        /// <param name="placeholder">When summarising a helper, the parameter that stands for the caller's signal.</param>
        /// <summary>How many callers' frames this finder is away from the method being analysed.</summary>
        private readonly int _callerDepth;

        public SignalFinder(SanctionsCompilationContext context, MethodIndex index, IParameterSymbol? placeholder = null)
            : this(context, index, placeholder, callerDepth: 0)
        {
        }

        private SignalFinder(SanctionsCompilationContext context, MethodIndex index, IParameterSymbol? placeholder, int callerDepth)
        {
            _context = context;
            _index = index;
            _placeholder = placeholder;
            _callerDepth = callerDepth;
        }

        /// <summary>
        /// A finder for a method summary: it reads neither callers nor other summaries, so that what a summary says does
        /// not depend on the order methods are analysed in.
        /// </summary>
        public static SignalFinder ForSummary(SanctionsCompilationContext context, MethodIndex index) =>
            new SignalFinder(context, index, placeholder: null, callerDepth: SummaryDepth);

        private const int SummaryDepth = 2;

        /// <summary>True when <paramref name="signal"/> is the helper parameter being summarised: any identifier form counts.</summary>
        public bool IsPlaceholder(Signal signal) =>
            _placeholder is not null && signal.Operation is IParameterReferenceOperation p && SymbolEqualityComparer.Default.Equals(p.Parameter, _placeholder);

        public Signal? Find(IOperation operation) => Find(operation, depth: 0);

        private Signal? Find(IOperation operation, int depth)
        {
            var value = Unwrap(operation);
            switch (value)
            {
                case IParameterReferenceOperation parameter when _placeholder is not null
                    && SymbolEqualityComparer.Default.Equals(parameter.Parameter, _placeholder):
                    return new Signal(SignalKind.Location, "parameter '" + parameter.Parameter.Name + "'", parameter);

                case IPropertyReferenceOperation property when property.Property.IsIndexer:
                    return FromIndexer(property);

                case IPropertyReferenceOperation property:
                    return FromClaimValue(property)
                        ?? FromCatalogMember(property)
                        ?? FromName(property.Property.Name, property.Type, "property", property)
                        ?? FromGetter(property);

                case IFieldReferenceOperation field when !field.Field.IsConst:
                    return FromName(field.Field.Name, field.Type, "field", field);

                case IParameterReferenceOperation parameter:
                    return FromName(parameter.Parameter.Name, parameter.Type, "parameter", parameter) ?? FromCallers(parameter);

                case ILocalReferenceOperation local:
                    return FromLocal(local, depth) ?? FromName(local.Local.Name, local.Type, "variable", local);

                case IInvocationOperation invocation:
                    return FromCall(invocation, depth);

                case IAwaitOperation awaited:
                    // await lookup.CountryCodeAsync(ip): what the task completes with.
                    return Find(awaited.Operation, depth);

                case ISimpleAssignmentOperation assignment:
                    // cache[ip] = await geo.CountryCodeAsync(ip): an assignment's value is what it assigns.
                    return Find(assignment.Value, depth);

                case IConditionalOperation { WhenFalse: { } whenFalse } ternary when depth < MaxLocalDepth:
                    // "address is null ? null : geo.Country(address).Country.IsoCode": either branch may carry the signal.
                    return Find(ternary.WhenTrue, depth + 1) ?? Find(whenFalse, depth + 1);

                default:
                    return null;
            }
        }

        /// <summary>
        /// The IP address a request comes from: an <c>IPAddress</c>, text made from one, or a string parameter named for
        /// one (<c>ipAddress</c>). An address names no country by itself; a range table or a check named after a place
        /// (<c>IranBlocks.Contains(ip)</c>, <c>IsIranian(ip)</c>) ties it to one, as name evidence.
        /// </summary>
        public Signal? FindAddress(IOperation operation) => FindAddress(operation, depth: 0);

        private Signal? FindAddress(IOperation operation, int depth)
        {
            var value = Unwrap(operation);
            if (value.Type is { } type && _context.Types.IPAddress is { } address && type.InheritsFromOrEquals(address))
            {
                return new Signal(SignalKind.Location, "IP address", value);
            }

            switch (value)
            {
                case ILocalReferenceOperation local when depth < MaxLocalDepth:
                    return _index.ValuesOf(local.Local).Select(v => FindAddress(v, depth + 1)).FirstOrDefault(s => s is not null);

                case IParameterReferenceOperation parameter when parameter.Type?.SpecialType == SpecialType.System_String && IsAddressName(parameter.Parameter.Name):
                    return new Signal(SignalKind.Location, "IP address '" + parameter.Parameter.Name + "'", parameter);

                // RangeFile.ToUInt(ip), ip.GetAddressBytes(): the address as a number or bytes, to compare with range bounds.
                case IInvocationOperation call when depth < MaxLocalDepth && IsNumericForm(call.Type)
                    && (call.Instance is { } instance ? new[] { instance } : call.Arguments.Select(a => a.Value)).Any(a => FindAddress(a, depth + 1) is not null):
                    return new Signal(SignalKind.Location, "IP address (as a number)", value);

                default:
                    return null;
            }
        }

        private static bool IsNumericForm(ITypeSymbol? type) =>
            type is not null && (type.SpecialType is >= SpecialType.System_Int32 and <= SpecialType.System_UInt64
                || type.Name == "BigInteger"
                || type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte });

        /// <summary>
        /// A parameter of a private or internal method whose callers pass a signal (<c>FeaturesFor(User.FindFirst("zoneinfo")?.Value)</c>
        /// for <c>FeaturesFor(string? zoneId)</c>): the parameter carries it. Read at most two callers deep.
        /// </summary>
        private Signal? FromCallers(IParameterReferenceOperation parameter)
        {
            const int MaxCallerDepth = 2;
            var symbol = parameter.Parameter;
            if (_callerDepth >= MaxCallerDepth || _placeholder is not null || !CanHoldIdentifier(symbol.Type)
                || symbol.ContainingSymbol is not IMethodSymbol { DeclaredAccessibility: Accessibility.Private or Accessibility.Internal, MethodKind: MethodKind.Ordinary })
            {
                return null;
            }

            foreach (var argument in _context.CallSites.ArgumentsOf(symbol, default))
            {
                var root = argument;
                while (root.Parent is { } parent)
                {
                    root = parent;
                }

                var callers = new SignalFinder(_context, MethodIndex.Build(root), placeholder: null, _callerDepth + 1);
                if (callers.Find(argument) is { } passed)
                {
                    return new Signal(passed.Kind, passed.Description + " (passed as parameter '" + symbol.Name + "')", parameter);
                }
            }

            return null;
        }

        /// <summary>
        /// <c>TryNormalize(user.PhoneNumber, out var normalized)</c>: the argument a project method writes its out parameter
        /// from (<see cref="Analysis.TransferSummaries.OutParameterSource"/>), when <paramref name="local"/> is that out argument.
        /// </summary>
        private IOperation? OutArgumentSource(IOperation assigned, ILocalSymbol local)
        {
            if (assigned is not IInvocationOperation call)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { RefKind: RefKind.Out } parameter
                    && Unwrap(argument.Value) switch
                    {
                        IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => SymbolEqualityComparer.Default.Equals(declared.Local, local),
                        ILocalReferenceOperation existing => SymbolEqualityComparer.Default.Equals(existing.Local, local),
                        _ => false,
                    }
                    && _context.Transfers.OutParameterSource(call.TargetMethod, parameter.Ordinal, call.SemanticModel) is { } source)
                {
                    return call.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == source)?.Value;
                }
            }

            return null;
        }

        private Signal? FromLocal(ILocalReferenceOperation local, int depth)
        {
            if (depth >= MaxLocalDepth)
            {
                return null;
            }

            // A local holds a signal when some value assigned to it is one ("var country = ...IsoCode;").
            foreach (var assigned in _index.ValuesOf(local.Local))
            {
                var signal = OutArgumentSource(assigned, local.Local) is { } source ? Find(source, depth + 1) : Find(assigned, depth + 1);
                if (signal is not null)
                {
                    return signal;
                }
            }

            // "var (code, name) = GetCountry(ip)": the element of a tuple literal, or of what the project's method returns.
            if (_index.TupleElementOf(local.Local) is { } element)
            {
                switch (Unwrap(element.Value))
                {
                    case ITupleOperation tuple when element.Index < tuple.Elements.Length:
                        return Find(tuple.Elements[element.Index], depth + 1);
                    case IInvocationOperation call when _callerDepth < SummaryDepth
                        && _context.ReturnedSignals.OfElement(call.TargetMethod, element.Index, call.SemanticModel) is { } returned:
                        return new Signal(returned.Kind, "element " + (element.Index + 1) + " of " + call.TargetMethod.Name + "() (" + returned.Description + ")", local);
                }
            }

            return null;
        }

        /// <summary>
        /// <c>_region.TwoLetterCode</c>: a property of the project whose getter returns a signal
        /// (<c>RegionInfo.CurrentRegion.TwoLetterISORegionName</c>), also through an interface implemented once in the
        /// compilation. One summary level, as for methods returning a signal.
        /// </summary>
        private Signal? FromGetter(IPropertyReferenceOperation property)
        {
            if (_callerDepth >= SummaryDepth || property.Property.GetMethod is not { } getter || !ReturnsText(property.Property.Type))
            {
                return null;
            }

            if ((getter.IsAbstract || getter.IsVirtual) && _context.Implementations.Single(getter, default) is { } implementation)
            {
                getter = implementation;
            }

            return _context.ReturnedSignals.Of(getter, property.SemanticModel) is { } returned
                ? new Signal(returned.Kind, "property '" + property.Property.Name + "' (" + returned.Description + ")", property)
                : null;
        }

        /// <summary><c>Request.Headers["CF-IPCountry"]</c>, <c>Request.Query["country"]</c>.</summary>
        private Signal? FromIndexer(IPropertyReferenceOperation indexer)
        {
            if (indexer.Arguments.Length != 1 || indexer.Arguments[0].Value.ConstantValue is not { HasValue: true, Value: string key })
            {
                return null;
            }

            if (_context.Signals.Headers.TryGetValue(key, out var header) && IsHeaderDictionary(indexer.Instance?.Type))
            {
                return new Signal(header.Kind, "header " + header.Name + " (" + header.Provider + ")", indexer);
            }

            var named = _context.Signals.MatchName(key);
            return named is null ? null : new Signal(named.Kind, "value '" + key + "'", indexer);
        }

        /// <summary><c>User.FindFirst(ClaimTypes.Country).Value</c>.</summary>
        private Signal? FromClaimValue(IPropertyReferenceOperation property)
        {
            if (property.Property.Name != "Value" || property.Instance is null
                || !SymbolEqualityComparer.Default.Equals(property.Property.ContainingType, _context.Types.Claim))
            {
                return null;
            }

            // User.FindFirst(...).Value, or var claim = User.FindFirst(...); claim.Value.
            var instance = Unwrap(property.Instance);
            var lookups = instance is ILocalReferenceOperation local ? _index.ValuesOf(local.Local).Select(Unwrap) : new[] { instance };
            return lookups.OfType<IInvocationOperation>().Where(call => call.TargetMethod.Name == "FindFirst").Select(FromClaimLookup).FirstOrDefault(s => s is not null);
        }

        private Signal? FromClaimLookup(IInvocationOperation invocation)
        {
            // FindFirst(ClaimTypes.Country), or FindFirst(c => c.Type == ClaimTypes.Country): the claim type is a constant
            // of the argument or of its predicate.
            foreach (var constant in invocation.Arguments.SelectMany(a => a.Value.DescendantsAndSelf()))
            {
                if (constant.ConstantValue is { HasValue: true, Value: string claimType }
                    && _context.Signals.Claims.TryGetValue(claimType, out var kind))
                {
                    return new Signal(kind, "claim " + claimType, invocation);
                }
            }

            return null;
        }

        private Signal? FromCatalogMember(IPropertyReferenceOperation property)
        {
            var member = _context.FindMemberSignal(property.Property, property.Instance?.Type);
            return member is null ? null : new Signal(member.Kind, member.Description, property);
        }

        private Signal? FromCall(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            switch (method.Name)
            {
                case "FindFirstValue":
                    return FromClaimLookup(invocation);

                case "TryGetValue":
                case "GetCommaSeparatedValues":
                case "Get" when invocation.Instance?.Type?.Name == "RequestHeaders":
                    // headers.TryGetValue("CF-IPCountry", out var country): the out local is traced back to this call.
                    var receiver = invocation.Instance ?? (invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Value.ConstantValue is { HasValue: true, Value: string key }
                            && _context.Signals.Headers.TryGetValue(key, out var header)
                            && (IsHeaderDictionary(Unwrap(receiver!).Type) || Unwrap(receiver!).Type?.Name == "RequestHeaders"))
                        {
                            return new Signal(header.Kind, "header " + header.Name + " (" + header.Provider + ")", invocation);
                        }
                    }

                    // Context.Items.TryGetValue("country", out var country): a value stored under a signal's name, as with
                    // the indexer (Context.Items["country"]).
                    if (method.Name == "TryGetValue"
                        && invocation.Arguments.Select(a => Unwrap(a.Value).ConstantValue).Where(c => c.HasValue).Select(c => c.Value).OfType<string>().FirstOrDefault() is { } name
                        && _context.Signals.MatchName(name) is { } stored)
                    {
                        return new Signal(stored.Kind, "value '" + name + "'", invocation);
                    }

                    return null;
            }

            // geo.GetCountryCode(ip), phoneUtil.GetRegionCodeForNumber(number): a method named for what it returns.
            if (!ReturnsText(method.ReturnType))
            {
                return null;
            }

            var named = _context.Signals.MatchName(method.Name);
            if (named is null)
            {
                if (method.Name == "GetRegionCodeForNumber")
                {
                    return new Signal(SignalKind.PhoneRegion, "libphonenumber GetRegionCodeForNumber", invocation);
                }

                // ResolveIso(host) returning reader.Country(ip).Country.IsoCode: the project's method returns a signal.
                if (_callerDepth < SummaryDepth && _context.ReturnedSignals.Of(method, invocation.SemanticModel) is { } returned)
                {
                    return new Signal(returned.Kind, "result of " + method.Name + "() (" + returned.Description + ")", invocation);
                }

                // PhoneNumbers.ToItu(message.PhoneNumber): a text helper of the project returns its argument reshaped.
                if (_context.Transfers.ReturnedParameter(method, invocation.SemanticModel) is { } ordinal)
                {
                    // Counted as one more step of the value's way, so that `s = Clean(s)` cannot recurse without end.
                    return depth < MaxLocalDepth && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Ordinal == ordinal) is { } passed
                        ? Find(passed.Value, depth + 1)
                        : null;
                }

                // resolver.Resolve(http) on an IVisitorCountry: a method whose own name says nothing returns what its type
                // is named for.
                named = _context.Signals.MatchName(TypeNameOf(method.ContainingType));
                if (named is null)
                {
                    return null;
                }
            }

            var kind = named.Kind == SignalKind.DeclaredResidence && TakesAnAddress(invocation) ? SignalKind.Location : named.Kind;
            return new Signal(kind, "result of " + method.Name + "()", invocation);
        }

        /// <summary>Text, or a task completing with text (<c>Task&lt;string&gt;</c>, <c>ValueTask&lt;string?&gt;</c>).</summary>
        private static bool ReturnsText(ITypeSymbol type) =>
            type.SpecialType == SpecialType.System_String
            || (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                && task.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks"
                && task.TypeArguments[0].SpecialType == SpecialType.System_String);

        /// <summary>"IVisitorCountry" → "VisitorCountry": an interface's I prefix is no part of its name.</summary>
        private static string TypeNameOf(INamedTypeSymbol type) =>
            type.TypeKind == TypeKind.Interface && type.Name.Length > 2 && type.Name[0] == 'I' && char.IsUpper(type.Name[1]) ? type.Name.Substring(1) : type.Name;

        private Signal? FromName(string name, ITypeSymbol? type, string what, IOperation operation)
        {
            if (!CanHoldIdentifier(type))
            {
                return null;
            }

            var named = _context.Signals.MatchName(name);
            return named is null ? null : new Signal(named.Kind, what + " '" + name + "'", operation);
        }

        /// <summary>Strings, enums and header values can name a place; collections and numbers cannot.</summary>
        private bool CanHoldIdentifier(ITypeSymbol? type) =>
            type is not null
            && (type.SpecialType == SpecialType.System_String
                || type.TypeKind == TypeKind.Enum
                || SymbolEqualityComparer.Default.Equals(type, _context.Types.StringValues));

        private bool IsHeaderDictionary(ITypeSymbol? type) =>
            type.IsOrImplements(_context.Types.HeaderDictionary) || type.IsOrImplements(_context.Types.StringValuesDictionary);

        private static bool TakesAnAddress(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (IsAddressName(argument.Parameter?.Name ?? string.Empty) || argument.Value.Type?.Name == "IPAddress")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>"ip", "ipAddress", "clientIp", "remoteIpAddress" — not "recipient" or "zip".</summary>
        private static bool IsAddressName(string name) =>
            name.Equals("ip", System.StringComparison.OrdinalIgnoreCase)
            || (name.StartsWith("ip", System.StringComparison.OrdinalIgnoreCase) && name.Length > 2 && char.IsUpper(name[2]))
            || name.IndexOf("Ip", System.StringComparison.Ordinal) > 0;

        /// <summary>Looks through conversions, null handling, case or whitespace normalisation and single-value picks.</summary>
        public static IOperation Unwrap(IOperation operation)
        {
            var current = operation;
            while (true)
            {
                switch (current)
                {
                    case IConversionOperation conversion:
                        current = conversion.Operand;
                        continue;
                    case IParenthesizedOperation parenthesized:
                        current = parenthesized.Operand;
                        continue;
                    case ICoalesceOperation coalesce:
                        current = coalesce.Value;
                        continue;
                    case IConditionalAccessOperation conditionalAccess:
                        current = conditionalAccess.WhenNotNull;
                        continue;
                    case IConditionalAccessInstanceOperation instance when ReceiverOf(instance) is { } receiver:
                        current = receiver;
                        continue;
                    case IInvocationOperation invocation when IsNormalisation(invocation.TargetMethod) && ReceiverOfCall(invocation) is { } callReceiver:
                        current = callReceiver;
                        continue;
                    default:
                        return current;
                }
            }
        }

        /// <summary>The instance of a call, or the first argument of an extension method call.</summary>
        public static IOperation? ReceiverOfCall(IInvocationOperation invocation) =>
            invocation.Instance ?? (invocation.TargetMethod.IsExtensionMethod && invocation.Arguments.Length > 0 ? invocation.Arguments[0].Value : null);

        /// <summary>The value <c>x</c> that the placeholder in <c>x?.Member</c> stands for.</summary>
        private static IOperation? ReceiverOf(IConditionalAccessInstanceOperation instance)
        {
            IOperation child = instance;
            for (var parent = instance.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IConditionalAccessOperation access && access.WhenNotNull == child)
                {
                    return access.Operation;
                }
            }

            return null;
        }

        /// <summary>A call that reshapes the value without changing what it says: a transfer row of Resources/ApiKnowledge.txt, or ToString().</summary>
        private static bool IsNormalisation(IMethodSymbol method) =>
            ApiKnowledge.Embedded.RoleOf(method) == ApiRole.Transfer
            || (method.Name == "ToString" && method.Parameters.Length == 0);
    }
}
