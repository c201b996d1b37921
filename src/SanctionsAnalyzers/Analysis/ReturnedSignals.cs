using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Summaries of the compilation's own text methods that return where a user is
    /// (<c>string ResolveIso(string host) =&gt; reader.Country(ip).Country.IsoCode ?? "UNKNOWN";</c>): a call of one is that
    /// signal. One level deep (a summary does not read other summaries), so a result never depends on which method asked
    /// first; computed on first use and cached per method for the compilation.
    /// </summary>
    internal sealed class ReturnedSignals
    {
        private readonly SanctionsCompilationContext _context;
        private readonly ConcurrentDictionary<IMethodSymbol, Signal?> _cache = new ConcurrentDictionary<IMethodSymbol, Signal?>(SymbolEqualityComparer.Default);

        public ReturnedSignals(SanctionsCompilationContext context) => _context = context;

        /// <summary>The signal every caller of <paramref name="method"/> gets back, or null.</summary>
        public Signal? Of(IMethodSymbol method, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;
            if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1 || method.MethodKind is not (MethodKind.Ordinary or MethodKind.PropertyGet))
            {
                return null;
            }

            return _cache.GetOrAdd(method.OriginalDefinition, m => Compute(m, callerModel));
        }

        private readonly System.Collections.Concurrent.ConcurrentDictionary<(IMethodSymbol, int), Signal?> _elements =
            new System.Collections.Concurrent.ConcurrentDictionary<(IMethodSymbol, int), Signal?>();

        /// <summary>
        /// The signal in element <paramref name="index"/> of the tuples <paramref name="method"/> returns (<c>return
        /// (response.Country.IsoCode, response.Country.Name);</c>), also from a factory lambda handed to the returned call
        /// (<c>return _cache.GetOrAdd(ip, key =&gt; { ... return (iso, name); });</c>), or null.
        /// </summary>
        public Signal? OfElement(IMethodSymbol method, int index, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;
            if (method.IsAbstract || method.DeclaringSyntaxReferences.Length != 1 || method.MethodKind != MethodKind.Ordinary || !method.ReturnType.IsTupleType)
            {
                return null;
            }

            return _elements.GetOrAdd((method.OriginalDefinition, index), key => ComputeElement(key.Item1, key.Item2, callerModel));
        }

        private Signal? ComputeElement(IMethodSymbol method, int index, SemanticModel? callerModel)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!_context.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // One summary per method and element, bound once and cached.
            var model = callerModel?.SyntaxTree == syntax.SyntaxTree ? callerModel : _context.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax) is not { } body)
            {
                return null;
            }

            var signals = SignalFinder.ForSummary(_context, MethodIndex.Build(body));
            foreach (var returned in body.Descendants().OfType<IReturnOperation>().Where(r => r.ReturnedValue is not null).Select(r => SignalFinder.Unwrap(r.ReturnedValue!)))
            {
                // The method's own tuples and those of a lambda it hands to the call it returns (a cache's factory).
                if (returned is ITupleOperation tuple && index < tuple.Elements.Length && signals.Find(tuple.Elements[index]) is { } signal)
                {
                    return signal;
                }
            }

            return null;
        }

        private Signal? Compute(IMethodSymbol method, SemanticModel? callerModel)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!_context.Compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // One summary per method, bound once and cached.
            var model = callerModel?.SyntaxTree == syntax.SyntaxTree ? callerModel : _context.Compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax) is not { } body)
            {
                return null;
            }

            var signals = SignalFinder.ForSummary(_context, MethodIndex.Build(body));
            return body.Descendants().OfType<IReturnOperation>()
                .Where(r => r.ReturnedValue is not null && FindOwner(r) == body)
                .Select(r => signals.Find(r.ReturnedValue!))
                .FirstOrDefault(s => s is not null);
        }

        /// <summary>The method body or lambda a return belongs to: a lambda's return is not the method's.</summary>
        private static IOperation? FindOwner(IOperation operation)
        {
            for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return parent;
                }

                if (parent.Parent is null)
                {
                    return parent;
                }
            }

            return null;
        }
    }
}
