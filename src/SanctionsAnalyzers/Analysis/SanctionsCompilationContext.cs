using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
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
            Types = new WellKnownTypes(compilation);
            Helpers = new HelperSummaries(this);
            _memberSignals = memberSignals;
            _baseTypeApis = baseTypeApis;
            _callTypeApis = callTypeApis;
            _namespaceApis = namespaceApis;

            // appsettings*.json are parsed on first need only: most compilations never bind a list from them.
            _configuration = new Lazy<ConfigurationLists>(
                () => new ConfigurationLists(AppSettingsIndex.Create(options.AdditionalFiles, options.AnalyzerConfigOptionsProvider, cancellationToken), compilation),
                LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public Compilation Compilation { get; }

        /// <summary>The effective policy: the embedded map with the organisation's and project's layers applied.</summary>
        public PolicyMap Policy { get; }

        public PolicyOverrides Overrides { get; }

        public SignalCatalog Signals { get; }

        public CandidateScanner Scanner { get; }

        public WellKnownTypes Types { get; }

        public HelperSummaries Helpers { get; }

        public ServiceCatalog Catalog => ServiceCatalog.Embedded;

        public ConfigurationLists Configuration => _configuration.Value;

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
                var operation = model is not null && model.SyntaxTree == initializer.SyntaxTree ? model.GetOperation(initializer) : null;
                values.AddRange(operation is not null ? ValueResolver.ConstantsIn(operation) : ValueResolver.LiteralsIn(initializer));
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

            if (hasInitializer)
            {
                return ListValues.Resolved(values.ToImmutable());
            }

            // Source member without initializer (injected, filled at run time): unknown contents.
            return member.DeclaringSyntaxReferences.IsEmpty ? null : ListValues.Unknown(member.Kind.ToString().ToLowerInvariant() + " '" + member.Name + "' filled at run time");
        }

        /// <summary>Compliance metadata the assembly's author declared (docs/package-authors.md), cached per assembly.</summary>
        public PackageMetadata? MetadataOf(IAssemblySymbol? assembly) =>
            assembly is null || SymbolEqualityComparer.Default.Equals(assembly, Compilation.Assembly)
                ? null
                : _packageMetadata.GetOrAdd(assembly, a => PackageMetadata.Read(a, Policy));

        /// <summary>The catalogued API a feature type derives from, walking the base types.</summary>
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

            matchedBase = null;
            return null;
        }

        /// <summary>The catalogued API a called member belongs to, by type or namespace.</summary>
        public CatalogApi? FindCalledApi(INamedTypeSymbol containingType)
        {
            for (var current = containingType.OriginalDefinition; current is not null; current = current.BaseType?.OriginalDefinition)
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
