using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Everything resolved once per compilation: the policy, the known signal members, the catalogued
    /// service APIs and the framework types. Created at compilation start; immutable afterwards except
    /// for thread-safe caches.
    /// </summary>
    internal sealed class SanctionsCompilationContext
    {
        private readonly ImmutableArray<ResolvedMemberSignal> _memberSignals;
        private readonly ImmutableDictionary<INamedTypeSymbol, CatalogApi> _baseTypeApis;
        private readonly ImmutableDictionary<INamedTypeSymbol, CatalogApi> _callTypeApis;
        private readonly ImmutableArray<CatalogApi> _namespaceApis;
        private readonly ConcurrentDictionary<INamespaceSymbol, CatalogApi?> _namespaceCache =
            new ConcurrentDictionary<INamespaceSymbol, CatalogApi?>(SymbolEqualityComparer.Default);

        private SanctionsCompilationContext(
            Compilation compilation,
            PolicyMap policy,
            SignalCatalog signals,
            WellKnownTypes types,
            ImmutableArray<ResolvedMemberSignal> memberSignals,
            ImmutableDictionary<INamedTypeSymbol, CatalogApi> baseTypeApis,
            ImmutableDictionary<INamedTypeSymbol, CatalogApi> callTypeApis,
            ImmutableArray<CatalogApi> namespaceApis)
        {
            Compilation = compilation;
            Policy = policy;
            Signals = signals;
            Types = types;
            _memberSignals = memberSignals;
            _baseTypeApis = baseTypeApis;
            _callTypeApis = callTypeApis;
            _namespaceApis = namespaceApis;
        }

        public Compilation Compilation { get; }

        public PolicyMap Policy { get; }

        public SignalCatalog Signals { get; }

        public WellKnownTypes Types { get; }

        /// <summary>
        /// Resolves the context, or returns null when the compilation references no geo signal source:
        /// then no gate can exist and the analyzer costs nothing more.
        /// </summary>
        public static SanctionsCompilationContext? TryCreate(Compilation compilation)
        {
            var types = new WellKnownTypes(compilation);
            var signals = SignalCatalog.Embedded;
            var memberSignals = ResolveMemberSignals(compilation, signals);

            if (types.HeaderDictionary is null && memberSignals.IsEmpty)
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
                PolicyMap.Embedded,
                signals,
                types,
                memberSignals,
                baseTypeApis.ToImmutable(),
                callTypeApis.ToImmutable(),
                namespaceApis.ToImmutable());
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
                var name = n.ToDisplayString();
                foreach (var api in _namespaceApis)
                {
                    var prefix = api.NamespaceName!;
                    if (name.Length >= prefix.Length
                        && name.StartsWith(prefix, StringComparison.Ordinal)
                        && (name.Length == prefix.Length || name[prefix.Length] == '.'))
                    {
                        return api;
                    }
                }

                return null;
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
