using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Configuration;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Everything resolved once per compilation: the policy, the known signal members, the catalogued
    /// service APIs, the framework types, configuration and helper summaries. Created at compilation start;
    /// immutable afterwards except for thread-safe caches.
    /// </summary>
    internal sealed class SanctionsCompilationContext
    {
        private readonly ImmutableArray<ResolvedMemberSignal> _memberSignals;
        private readonly ImmutableDictionary<INamedTypeSymbol, CatalogApi> _baseTypeApis;
        private readonly ImmutableDictionary<INamedTypeSymbol, CatalogApi> _callTypeApis;
        private readonly ImmutableArray<CatalogApi> _namespaceApis;
        private readonly ConcurrentDictionary<INamespaceSymbol, CatalogApi?> _namespaceCache =
            new ConcurrentDictionary<INamespaceSymbol, CatalogApi?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ISymbol, ListValues?> _memberValues =
            new ConcurrentDictionary<ISymbol, ListValues?>(SymbolEqualityComparer.Default);
        private readonly Lazy<ConfigurationLists> _configuration;
        private readonly ConcurrentDictionary<IAssemblySymbol, PackageMetadata?> _packageMetadata =
            new ConcurrentDictionary<IAssemblySymbol, PackageMetadata?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, CatalogApi?> _calledApis =
            new ConcurrentDictionary<INamedTypeSymbol, CatalogApi?>(SymbolEqualityComparer.Default);
        private readonly Func<INamedTypeSymbol, CatalogApi?> _findCalledApi;
        private readonly ConcurrentDictionary<SyntaxTree, string> _texts = new ConcurrentDictionary<SyntaxTree, string>();
        private readonly Lazy<DeclarationWords> _declarations;

        private SanctionsCompilationContext(
            Compilation compilation,
            AnalyzerOptions options,
            CancellationToken cancellationToken,
            ImmutableArray<ResolvedMemberSignal> memberSignals,
            ImmutableDictionary<INamedTypeSymbol, CatalogApi> baseTypeApis,
            ImmutableDictionary<INamedTypeSymbol, CatalogApi> callTypeApis,
            ImmutableArray<CatalogApi> namespaceApis,
            PolicyOverrides overrides)
        {
            Compilation = compilation;
            Overrides = overrides;
            Policy = PolicyMap.Embedded.WithOverrides(overrides);
            Signals = SignalCatalog.Embedded;
            Scanner = overrides.Identifiers.IsEmpty ? CandidateScanner.Embedded : CandidateScanner.For(Policy, Signals);
            Places = overrides.Identifiers.IsEmpty ? PlaceNames.Embedded : PlaceNames.For(Policy);
            Types = new WellKnownTypes(compilation);
            Helpers = new HelperSummaries(this);
            Classifiers = new ClassifierSummaries(this);
            Transfers = new TransferSummaries(compilation);
            ReturnedSignals = new ReturnedSignals(this);
            Writes = new MemberWrites(compilation, ConfigurationBindingIn);
            Implementations = new Implementations(compilation);
            _memberSignals = memberSignals;
            _baseTypeApis = baseTypeApis;
            _callTypeApis = callTypeApis;
            _namespaceApis = namespaceApis;

            _findCalledApi = FindCalledApiCore;

            // Built by the first code block that needs it, from declarations only.
            _declarations = new Lazy<DeclarationWords>(() => Scanner.IndexDeclarations(compilation.SyntaxTrees, cancellationToken), LazyThreadSafetyMode.ExecutionAndPublication);

            // appsettings*.json are parsed on first need only: most compilations never bind a list from them.
            _configuration = new Lazy<ConfigurationLists>(
                () => new ConfigurationLists(AppSettingsIndex.Create(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, cancellationToken), compilation),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        /// <summary>The values parameters receive from the compilation's call sites (lists handed to a constructor or an extension method).</summary>
        public CallSiteValues CallSites => _callSites ??= new CallSiteValues(Compilation, Writes);

        private CallSiteValues? _callSites;

        /// <summary>The project methods that call a method: the features a shared check's verdict reaches.</summary>
        public Callers Callers => _callers ??= new Callers(Compilation, TextOf);

        /// <summary>The project's types an input API fills at run time (deserialized from a file or a server).</summary>
        public RunTimeTypes RunTimeTypes => _runTimeTypes ??= new RunTimeTypes(Compilation, TextOf);

        private RunTimeTypes? _runTimeTypes;

        private Callers? _callers;

        /// <summary>The effective policy: the embedded map with the organisation's and project's layers applied.</summary>
        public PolicyMap Policy { get; }

        public PolicyOverrides Overrides { get; }

        /// <summary>Jurisdictions named by identifiers and data file names: name evidence.</summary>
        public PlaceNames Places { get; }

        public SignalCatalog Signals { get; }

        public CandidateScanner Scanner { get; }

        public WellKnownTypes Types { get; }

        public HelperSummaries Helpers { get; }

        /// <summary>Methods of the compilation that map a value to a constant with one switch expression (<c>Classify(country)</c>).</summary>
        public ClassifierSummaries Classifiers { get; }

        /// <summary>Text helpers of the compilation that return their argument reshaped: a signal passes through them.</summary>
        public TransferSummaries Transfers { get; }

        /// <summary>The compilation's own methods that return a signal (<c>ResolveIso(host)</c>).</summary>
        public ReturnedSignals ReturnedSignals { get; }

        /// <summary>The compilation's own implementations of interface and abstract methods.</summary>
        public Implementations Implementations { get; }

        /// <summary>The constants written to a member elsewhere in the compilation (object initializers, start-up code).</summary>
        public MemberWrites Writes { get; }

        public ServiceCatalog Catalog => ServiceCatalog.Embedded;

        public ConfigurationLists Configuration => _configuration.Value;

        /// <summary>Whether a code block is worth an operation tree for geo-block detection (<see cref="CandidateScanner"/>).</summary>
        public bool IsCandidate(SyntaxNode codeBlock, CancellationToken cancellationToken) =>
            Scanner.IsCandidate(codeBlock, TextOf(codeBlock.SyntaxTree, cancellationToken), _declarations.Value);

        /// <summary>What the candidate scan saw in a code block, for tests and the benchmark's probe.</summary>
        public string ExplainCandidate(SyntaxNode codeBlock, CancellationToken cancellationToken) =>
            Scanner.Explain(codeBlock, TextOf(codeBlock.SyntaxTree, cancellationToken), _declarations.Value);

        /// <summary>
        /// False when no tree so much as mentions a signal (DESIGN §7's bail-out): no method can hold a gate then.
        /// A search of the text, without tokens; comments and strings count, so it errs on the side of analysing.
        /// </summary>
        public bool MayHoldSignal(CancellationToken cancellationToken)
        {
            foreach (var tree in Compilation.SyntaxTrees)
            {
                var text = TextOf(tree, cancellationToken);
                if (Scanner.Signals.FoundIn(text)
                    || ((TextPrefilter.HasEscapes(text, 0, text.Length) || TextPrefilter.HasLiteralConcatenation(text, 0, text.Length))
                        && Scanner.TokensMentionSignal(tree.GetRoot(cancellationToken))))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The body of a method named as a method group (a route handler), when this compilation declares it once:
        /// the method's body operation, or a local function's body (whose parent is the local function). Read only at
        /// compilation end, for the application model.
        /// </summary>
        public IOperation? BodyOfMethodGroup(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var declared = method.PartialImplementationPart ?? method.OriginalDefinition;
            if (declared.DeclaringSyntaxReferences is not { Length: 1 } references || !Compilation.ContainsSyntaxTree(references[0].SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // Compilation end only, and only for route handlers given as method groups.
            var model = Compilation.GetSemanticModel(references[0].SyntaxTree);
#pragma warning restore RS1030
            return model.GetOperation(references[0].GetSyntax(cancellationToken), cancellationToken) switch
            {
                ILocalFunctionOperation local => local.Body,
                IMethodBodyOperation body => body,
                _ => null,
            };
        }

        /// <summary>A tree's text as one string, kept for the compilation: the pre-filters search it without tokens.</summary>
        public string TextOf(SyntaxTree tree, CancellationToken cancellationToken) =>
            _texts.GetOrAdd(tree, t => t.GetText(cancellationToken).ToString());

        /// <summary>
        /// Resolves the context, or returns null when the project is not to be analysed
        /// (a test project, unless <c>SanctionsAnalyzeTestProjects</c> is true).
        /// </summary>
        public static SanctionsCompilationContext? TryCreate(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (AnalyzerSettings.IsExcludedTestProject(options.AnalyzerConfigOptionsProvider.GlobalOptions))
            {
                return null;
            }

            var catalog = ServiceCatalog.Embedded;
            var baseTypeApis = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, CatalogApi>(SymbolEqualityComparer.Default);
            var callTypeApis = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, CatalogApi>(SymbolEqualityComparer.Default);
            var namespaceApis = ImmutableArray.CreateBuilder<CatalogApi>();
            foreach (var api in catalog.Apis)
            {
                if (api.NamespaceName is not null)
                {
                    namespaceApis.Add(api);
                    continue;
                }

                foreach (var type in compilation.GetTypesByMetadataName(api.TypeName!))
                {
                    var target = api.Use == ApiUse.BaseType ? baseTypeApis : callTypeApis;
                    target[type.OriginalDefinition] = api;
                }
            }

            return new SanctionsCompilationContext(
                compilation,
                options,
                cancellationToken,
                ResolveMemberSignals(compilation, SignalCatalog.Embedded),
                baseTypeApis.ToImmutable(),
                callTypeApis.ToImmutable(),
                namespaceApis.ToImmutable(),
                PolicyOverrides.Read(options.AnalyzerConfigOptionsProvider.GlobalOptions, PolicyMap.Embedded));
        }

        /// <summary>
        /// The operation of a member's initializer or expression body: through the caller's semantic model when it covers
        /// the tree, else through the compilation's (a list declared in another file; bound once, the values are cached).
        /// </summary>
        private IOperation? OperationOf(SyntaxNode initializer, SemanticModel? model)
        {
            if (model is not null && model.SyntaxTree == initializer.SyntaxTree)
            {
                return model.GetOperation(initializer);
            }

#pragma warning disable RS1030 // One initializer of a list member in another file, once per member (MemberValues caches it).
            return Compilation.GetSemanticModel(initializer.SyntaxTree).GetOperation(initializer);
#pragma warning restore RS1030
        }

        /// <summary>The values of the first configuration binding inside an initializer (Get, GetValue), if any.</summary>
        private ListValues? ConfigurationBindingIn(IOperation operation)
        {
            foreach (var invocation in operation.DescendantsAndSelf().OfType<IInvocationOperation>())
            {
                if (Configuration.TryResolveBinding(invocation, out var bound))
                {
                    return bound;
                }
            }

            return null;
        }

        /// <summary>The signal a property read yields, if the property is a known country member.</summary>
        public MemberSignal? FindMemberSignal(IPropertySymbol property, ITypeSymbol? receiverType)
        {
            foreach (var resolved in _memberSignals)
            {
                if (!string.Equals(property.Name, resolved.Signal.MemberName, StringComparison.Ordinal)
                    || !property.ContainingType.OriginalDefinition.InheritsFromOrEquals(resolved.DeclaringType))
                {
                    continue;
                }

                if (resolved.OnlyOnType is not null && (receiverType is null || !receiverType.InheritsFromOrEquals(resolved.OnlyOnType)))
                {
                    continue;
                }

                return resolved.Signal;
            }

            return null;
        }

        /// <summary>
        /// The string constants a field or property may hold, from its initializer (source only), or from
        /// configuration for an options class; cached per member for the compilation.
        /// </summary>
        public ListValues? MemberValues(ISymbol member, SemanticModel? model) =>
            _memberValues.GetOrAdd(member.OriginalDefinition, m => ComputeMemberValues(m, model));

        private ListValues? ComputeMemberValues(ISymbol member, SemanticModel? model)
        {
            var values = ImmutableArray.CreateBuilder<ListValue>();
            var hasInitializer = false;
            ListValues? unresolvedBinding = null;
            foreach (var reference in member.DeclaringSyntaxReferences)
            {
                // A project reference's source is not this compilation's: its locations cannot be reported here.
                if (!Compilation.ContainsSyntaxTree(reference.SyntaxTree))
                {
                    continue;
                }

                var initializer = ValueResolver.InitializerOf(reference.GetSyntax());
                if (initializer is null)
                {
                    continue;
                }

                hasInitializer = true;

                // Binding a large table ({ ["fa-IR"] = "...", ... }) costs an overload resolution per entry; when the
                // initializer is only literals, types and a StringComparer, its syntax gives the same values.
                var operation = HoldsOnlyLiterals(initializer) ? null : OperationOf(initializer, model);

                // A getter that reads configuration (=> _configuration.GetSection("Geo:Blocked").Get<string[]>() ?? []):
                // the values are the configured ones, or unknown when the key is in no appsettings file.
                if (operation is not null && ConfigurationBindingIn(operation) is { } bound)
                {
                    if (bound.Unresolved is null)
                    {
                        values.AddRange(bound.Values);
                    }
                    else
                    {
                        unresolvedBinding ??= bound;
                    }

                    continue;
                }

                if (operation is not null && ValueResolver.RunTimeInputIn(operation) is { } input)
                {
                    return input;
                }

                // Initialized from a (primary) constructor parameter (Regions { get; } = regions): what the callers pass.
                if (operation is not null && SignalFinder.Unwrap(operation) is IParameterReferenceOperation handedIn)
                {
                    return CallSites.Of(handedIn.Parameter, default);
                }

                values.AddRange(operation is not null ? ValueResolver.ConstantsIn(operation) : ValueResolver.LiteralsIn(initializer));
            }

            if (unresolvedBinding is not null && values.Count == 0)
            {
                return unresolvedBinding;
            }

            // Written elsewhere (new GuardConfig { Countries = new List<string> { "IR" } }): the join of those writes, taken
            // like an initializer's defaults.
            if (values.Count == 0 && !member.DeclaringSyntaxReferences.IsEmpty && Writes.Of(member, default) is { } written)
            {
                if (written.Unresolved is not null)
                {
                    return written;
                }

                values.AddRange(written.Values);
                hasInitializer = true;
            }

            // An options class is bound from configuration: its defaults (often empty) are not the whole story.
            if (member is IPropertySymbol property && Configuration.ResolveOptionsMember(property) is { } configured)
            {
                if (configured.Unresolved is null)
                {
                    return ListValues.Resolved(configured.Values.AddRange(values));
                }

                return values.Count > 0 ? ListValues.Resolved(values.ToImmutable()) : configured;
            }

            // A settings object read from a file or a server (JsonSerializer.Deserialize<CountryRules>(...)): its defaults
            // hold until the file says otherwise. Defaults naming a jurisdiction are what the code ships and are judged;
            // defaults naming none (CN, HK, RU) leave the jurisdictions to the file, which the analyzer cannot read.
            if (values.Count > 0 && member.ContainingType is { } owner && RunTimeTypes.ReaderOf(owner) is { } reader
                && !values.Any(v => Policy.MatchIdentifier(v.Value).Any()))
            {
                return ListValues.Unknown(member.Kind.ToString().ToLowerInvariant() + " '" + owner.Name + "." + member.Name + "' read at run time by " + reader
                    + " (defaults: " + string.Join(", ", values.Select(v => v.Value).Distinct().Take(6)) + ")");
            }

            if (hasInitializer && values.Count > 0)
            {
                return ListValues.Resolved(values.ToImmutable());
            }

            if (hasInitializer && ConstructorParameterAssignedTo(member, model) is null)
            {
                // An empty initializer (new(), Array.Empty<string>(), string.Empty) of a member filled at run time.
                return ListValues.Unknown(member.Kind.ToString().ToLowerInvariant() + " '" + member.Name + "' filled at run time");
            }

            // Assigned from a constructor parameter (_blocked = countries): what the constructor's callers pass.
            if (ConstructorParameterAssignedTo(member, model) is { } parameter && CallSites.Of(parameter, default) is { Unresolved: null } passed)
            {
                return passed;
            }

            // Source member without initializer (injected, filled at run time): unknown contents.
            return member.DeclaringSyntaxReferences.IsEmpty ? null : ListValues.Unknown(member.Kind.ToString().ToLowerInvariant() + " '" + member.Name + "' filled at run time");
        }

        /// <summary>The constructor parameter a field or property is assigned from (<c>_list = list;</c>, <c>List = list.ToArray();</c>), if one.</summary>
        private IParameterSymbol? ConstructorParameterAssignedTo(ISymbol member, SemanticModel? model)
        {
            foreach (var constructor in member.ContainingType?.InstanceConstructors ?? ImmutableArray<IMethodSymbol>.Empty)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    if (!Compilation.ContainsSyntaxTree(reference.SyntaxTree) || OperationOf(reference.GetSyntax(), model) is not { } body)
                    {
                        continue;
                    }

                    foreach (var assignment in body.Descendants().OfType<ISimpleAssignmentOperation>())
                    {
                        var target = assignment.Target switch
                        {
                            IFieldReferenceOperation field => (ISymbol)field.Field,
                            IPropertyReferenceOperation property => property.Property,
                            _ => null,
                        };
                        if (SymbolEqualityComparer.Default.Equals(target?.OriginalDefinition, member)
                            && assignment.Value.DescendantsAndSelf().OfType<IParameterReferenceOperation>().FirstOrDefault() is { } passed)
                        {
                            return passed.Parameter;
                        }
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// True when every value an initializer holds is a plain string literal, so that its syntax yields exactly what
        /// its operations would: no identifier outside a type (a constant, an enum member, a call) except
        /// <c>StringComparer.X</c>, and no raw or interpolated string, whose text only the operations read.
        /// </summary>
        private static bool HoldsOnlyLiterals(SyntaxNode initializer)
        {
            foreach (var token in initializer.DescendantTokens())
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.NumericLiteralToken:
                    case SyntaxKind.CharacterLiteralToken:
                        continue;
                    case SyntaxKind.IdentifierToken:
                        if (token.Parent is SimpleNameSyntax name && (SyntaxFacts.IsInTypeOnlyContext(OutermostName(name)) || IsStringComparer(name)))
                        {
                            continue;
                        }

                        return false;
                    default:
                        if (SyntaxFacts.IsKeywordKind(token.Kind()) || SyntaxFacts.IsPunctuation(token.Kind()))
                        {
                            continue;
                        }

                        return false;
                }
            }

            return true;
        }

        /// <summary>The whole qualified name a part belongs to: <c>System.Collections.Generic.List&lt;string&gt;</c> for <c>System</c>.</summary>
        private static NameSyntax OutermostName(SimpleNameSyntax name)
        {
            NameSyntax current = name;
            while (current.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax)
            {
                current = (NameSyntax)current.Parent;
            }

            return current;
        }

        /// <summary><c>StringComparer.OrdinalIgnoreCase</c> and its siblings: a comparer, never a string constant.</summary>
        private static bool IsStringComparer(SimpleNameSyntax name)
        {
            var access = name.Parent as MemberAccessExpressionSyntax;
            return access is { Expression: IdentifierNameSyntax { Identifier.ValueText: "StringComparer" }, Name: IdentifierNameSyntax { Identifier.ValueText: "Ordinal" or "OrdinalIgnoreCase" or "InvariantCulture" or "InvariantCultureIgnoreCase" or "CurrentCulture" or "CurrentCultureIgnoreCase" } };
        }

        /// <summary>Compliance metadata the assembly's author declared (docs/package-authors.md), cached per assembly.</summary>
        public PackageMetadata? MetadataOf(IAssemblySymbol? assembly) =>
            assembly is null || SymbolEqualityComparer.Default.Equals(assembly, Compilation.Assembly)
                ? null
                : _packageMetadata.GetOrAdd(assembly, a => PackageMetadata.Read(a, Policy));

        /// <summary>Whether any catalogued base type (a SignalR hub) exists in this compilation.</summary>
        public bool HasBaseTypeApis => !_baseTypeApis.IsEmpty;

        /// <summary>The catalogued API a feature type derives from (walking the base types) or implements.</summary>
        public CatalogApi? FindBaseTypeApi(INamedTypeSymbol type, out INamedTypeSymbol? matchedBase)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (_baseTypeApis.TryGetValue(current.OriginalDefinition, out var api))
                {
                    matchedBase = current.OriginalDefinition;
                    return api;
                }
            }

            // An implemented interface (an SMTP server's IMailboxFilter) hosts the feature as a base class does.
            foreach (var implemented in type.AllInterfaces)
            {
                if (_baseTypeApis.TryGetValue(implemented.OriginalDefinition, out var api))
                {
                    matchedBase = implemented.OriginalDefinition;
                    return api;
                }
            }

            matchedBase = null;
            return null;
        }

        /// <summary>The catalogued API a called member belongs to, by type or namespace; cached per type, as the same types recur in every method.</summary>
        public CatalogApi? FindCalledApi(INamedTypeSymbol containingType) =>
            _calledApis.GetOrAdd(containingType.OriginalDefinition, _findCalledApi);

        private CatalogApi? FindCalledApiCore(INamedTypeSymbol containingType)
        {
            for (var current = containingType; current is not null; current = current.BaseType?.OriginalDefinition)
            {
                if (_callTypeApis.TryGetValue(current, out var api))
                {
                    return api;
                }
            }

            return _namespaceApis.IsEmpty ? null : FindNamespaceApi(containingType.ContainingNamespace);
        }

        private CatalogApi? FindNamespaceApi(INamespaceSymbol? ns)
        {
            if (ns is null || ns.IsGlobalNamespace)
            {
                return null;
            }

            return _namespaceCache.GetOrAdd(ns, n =>
            {
                // The longest matching namespace wins: Twilio.Rest.Video before Twilio.
                var name = n.ToDisplayString();
                CatalogApi? best = null;
                foreach (var api in _namespaceApis)
                {
                    var prefix = api.NamespaceName!;
                    if (name.StartsWith(prefix, StringComparison.Ordinal) && (name.Length == prefix.Length || name[prefix.Length] == '.')
                        && (best is null || prefix.Length > best.NamespaceName!.Length))
                    {
                        best = api;
                    }
                }

                return best;
            });
        }

        private static ImmutableArray<ResolvedMemberSignal> ResolveMemberSignals(Compilation compilation, SignalCatalog signals)
        {
            var resolved = new List<ResolvedMemberSignal>();
            foreach (var member in signals.Members)
            {
                var onlyOn = member.OnlyOnType is null ? null : compilation.GetTypeByMetadataName(member.OnlyOnType);
                if (member.OnlyOnType is not null && onlyOn is null)
                {
                    continue;
                }

                foreach (var type in compilation.GetTypesByMetadataName(member.TypeName))
                {
                    resolved.Add(new ResolvedMemberSignal(member, type.OriginalDefinition, onlyOn));
                }
            }

            return resolved.ToImmutableArray();
        }

        private sealed class ResolvedMemberSignal
        {
            public ResolvedMemberSignal(MemberSignal signal, INamedTypeSymbol declaringType, INamedTypeSymbol? onlyOnType)
            {
                Signal = signal;
                DeclaringType = declaringType;
                OnlyOnType = onlyOnType;
            }

            public MemberSignal Signal { get; }

            public INamedTypeSymbol DeclaringType { get; }

            public INamedTypeSymbol? OnlyOnType { get; }
        }
    }
}
