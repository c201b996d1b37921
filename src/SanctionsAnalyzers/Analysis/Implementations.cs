using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// The compilation's own implementations of an interface or abstract method (<c>IBlockedCountryStore.IsBlocked</c>
    /// implemented by <c>BlockedCountryStore</c>), so that a call through the interface can be summarised like a call to
    /// the one class that answers it. Built on first use, once per compilation; only source types are read.
    /// </summary>
    internal sealed class Implementations
    {
        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>> _cache =
            new ConcurrentDictionary<IMethodSymbol, ImmutableArray<IMethodSymbol>>(SymbolEqualityComparer.Default);

        private ImmutableArray<INamedTypeSymbol>? _sourceTypes;

        public Implementations(Compilation compilation) => _compilation = compilation;

        /// <summary>The one implementation of <paramref name="method"/> in the compilation, or null (none, or several).</summary>
        public IMethodSymbol? Single(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (!(method.IsAbstract || method.IsVirtual))
            {
                return null;
            }

            var found = _cache.GetOrAdd(method.OriginalDefinition, m => Find(m, cancellationToken));
            return found.Length == 1 ? found[0] : null;
        }

        private ImmutableArray<IMethodSymbol> Find(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var result = ImmutableArray.CreateBuilder<IMethodSymbol>();
            foreach (var type in SourceTypes(cancellationToken))
            {
                if (type.IsAbstract || type.TypeKind != TypeKind.Class && type.TypeKind != TypeKind.Struct)
                {
                    continue;
                }

                var implementation = method.ContainingType.TypeKind == TypeKind.Interface
                    ? type.FindImplementationForInterfaceMember(method) as IMethodSymbol
                    : type.GetMembers(method.Name).OfType<IMethodSymbol>().FirstOrDefault(m => Overrides(m, method));
                if (implementation is { IsAbstract: false } && implementation.Locations.Any(l => l.IsInSource)
                    && !result.Contains(implementation, SymbolEqualityComparer.Default))
                {
                    result.Add(implementation);
                }
            }

            return result.ToImmutable();
        }

        private static bool Overrides(IMethodSymbol candidate, IMethodSymbol method)
        {
            for (var overridden = candidate.OverriddenMethod; overridden is not null; overridden = overridden.OverriddenMethod)
            {
                if (SymbolEqualityComparer.Default.Equals(overridden.OriginalDefinition, method.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }

        private ImmutableArray<INamedTypeSymbol> SourceTypes(CancellationToken cancellationToken)
        {
            if (_sourceTypes is { } known)
            {
                return known;
            }

            var types = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(_compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        types.Add(type);
                        pending.Push(type);
                    }
                }
            }

            // Several threads may build it at once; each builds the same list, and one of them is kept.
            _sourceTypes = types.ToImmutable();
            return _sourceTypes.Value;
        }
    }
}
