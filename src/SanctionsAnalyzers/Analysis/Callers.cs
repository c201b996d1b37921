using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// The project methods that call a method: for a gate in a shared check or policy (<c>CallPolicy.For(country)</c>,
    /// <c>CanUseOnlineServices()</c>), the callers are the features its verdict reaches. Found by name in the text
    /// first, then bound; cached per method.
    /// </summary>
    internal sealed class Callers
    {
        /// <summary>Beyond this many call sites the method is a utility of the whole application: its callers say nothing.</summary>
        private const int MaxCallSites = 8;

        private readonly Compilation _compilation;
        private readonly System.Func<SyntaxTree, CancellationToken, string> _textOf;
        private readonly ConcurrentDictionary<IMethodSymbol, ImmutableArray<CallSite>> _cache =
            new ConcurrentDictionary<IMethodSymbol, ImmutableArray<CallSite>>(SymbolEqualityComparer.Default);

        public Callers(Compilation compilation, System.Func<SyntaxTree, CancellationToken, string> textOf)
        {
            _compilation = compilation;
            _textOf = textOf;
        }

        /// <summary>Stands for "more call sites than the cap" in the cache: never handed out.</summary>
        private static readonly ImmutableArray<CallSite> TooMany = ImmutableArray.Create(default(CallSite));

        /// <summary>The calls of the method in the compilation's source, with the member each is in; empty beyond the cap.</summary>
        public ImmutableArray<CallSite> Of(IMethodSymbol method, CancellationToken cancellationToken)
        {
            var sites = Lookup(method, cancellationToken);
            return sites == TooMany ? ImmutableArray<CallSite>.Empty : sites;
        }

        /// <summary>Whether the compilation's source calls the method at all (within the cap or beyond it).</summary>
        public bool AnyCall(IMethodSymbol method, CancellationToken cancellationToken) =>
            !Lookup(method, cancellationToken).IsEmpty;

        private ImmutableArray<CallSite> Lookup(IMethodSymbol method, CancellationToken cancellationToken) =>
            _cache.GetOrAdd(method.OriginalDefinition, m => Find(m, cancellationToken));

        private ImmutableArray<CallSite> Find(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (method.DeclaringSyntaxReferences.IsEmpty || method.MethodKind != MethodKind.Ordinary)
            {
                return ImmutableArray<CallSite>.Empty;
            }

            var sites = ImmutableArray.CreateBuilder<CallSite>();
            foreach (var tree in _compilation.SyntaxTrees)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (_textOf(tree, cancellationToken).IndexOf(method.Name, System.StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is not InvocationExpressionSyntax invocation || CalledName(invocation) != method.Name)
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Callers live in other files; bound once per method (cached above).
                    model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (model.GetOperation(invocation, cancellationToken) is not IInvocationOperation call
                        || !Reaches(call.TargetMethod, method)
                        || MemberOf(model.GetEnclosingSymbol(invocation.SpanStart, cancellationToken)) is not { } member
                        || SymbolEqualityComparer.Default.Equals(member.OriginalDefinition, method))
                    {
                        continue;
                    }

                    if (sites.Count == MaxCallSites)
                    {
                        return TooMany;
                    }

                    sites.Add(new CallSite(member, call));
                }
            }

            return sites.ToImmutable();
        }

        /// <summary>
        /// Whether a call of <paramref name="target"/> runs <paramref name="method"/>: the method itself, or the interface
        /// member it implements (<c>grain.Join(...)</c> on an <c>IChannelGrain</c> runs <c>ChannelGrain.Join</c>).
        /// </summary>
        private static bool Reaches(IMethodSymbol target, IMethodSymbol method)
        {
            var called = (target.ReducedFrom ?? target).OriginalDefinition;
            return SymbolEqualityComparer.Default.Equals(called, method)
                || (called.ContainingType?.TypeKind == TypeKind.Interface
                    && SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(called)?.OriginalDefinition, method));
        }

        /// <summary>The method, accessor or constructor a call is in, through the lambdas and local functions around it.</summary>
        private static ISymbol? MemberOf(ISymbol? symbol)
        {
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            return symbol is IMethodSymbol ? symbol : null;
        }

        /// <summary>The name a call is written with (<c>a.M()</c>, <c>a?.M()</c>, <c>M()</c>, <c>M&lt;T&gt;()</c>), before binding.</summary>
        internal static string? CalledName(InvocationExpressionSyntax invocation) => invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            SimpleNameSyntax name => name.Identifier.ValueText,
            _ => null,
        };
    }

    /// <summary>One call of a method: the member it is in and the call.</summary>
    internal readonly struct CallSite
    {
        public CallSite(ISymbol member, IInvocationOperation call)
        {
            Member = member;
            Call = call;
        }

        public ISymbol Member { get; }

        public IInvocationOperation Call { get; }
    }
}
