using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// Which parameter a text helper of the compilation returns, reshaped: <c>string ToItu(string raw)</c> that strips
    /// spaces and prefixes a plus, <c>NormalizeCountry(string code)</c>. Its result says what its argument says, so a
    /// signal passes through it. Computed on first use and cached per method for the compilation; one level deep.
    /// </summary>
    internal sealed class TransferSummaries
    {
        private const int MaxLocalDepth = 3;

        private readonly Compilation _compilation;
        private readonly ConcurrentDictionary<IMethodSymbol, int?> _cache = new ConcurrentDictionary<IMethodSymbol, int?>(SymbolEqualityComparer.Default);

        public TransferSummaries(Compilation compilation) => _compilation = compilation;

        /// <summary>The ordinal of the parameter every non-constant return value is made from, or null.</summary>
        public int? ReturnedParameter(IMethodSymbol method, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;
            if (method.ReturnType.SpecialType != SpecialType.System_String
                || method.Parameters.IsEmpty || method.Parameters.Length > 4
                || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return _cache.GetOrAdd(method.OriginalDefinition, m => Compute(m, callerModel));
        }

        private int? Compute(IMethodSymbol method, SemanticModel? callerModel)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // One summary per text helper, bound once and cached.
            var model = callerModel?.SyntaxTree == syntax.SyntaxTree ? callerModel : _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            if (model.GetOperation(syntax) is not { } body)
            {
                return null;
            }

            var index = MethodIndex.Build(body);
            var returned = body.Descendants()
                .OfType<IReturnOperation>()
                .Where(r => r.ReturnedValue is { ConstantValue.HasValue: false } && InMethodItself(r, body))
                .Select(r => r.ReturnedValue!)
                .Where(v => !IsFallback(v))
                .ToList();
            if (returned.Count == 0)
            {
                return null;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Type.SpecialType == SpecialType.System_String && returned.All(v => MadeFrom(v, parameter, index, 0)))
                {
                    return parameter.Ordinal;
                }
            }

            return null;
        }

        /// <summary>A fallback returned as is (<c>return fallback;</c> for an optional <c>string fallback = "ZZ"</c>), like a constant.</summary>
        private static bool IsFallback(IOperation value) =>
            SignalFinder.Unwrap(value) is IParameterReferenceOperation { Parameter.HasExplicitDefaultValue: true };

        /// <summary>Whether the value reads the parameter, directly or through locals assigned from it.</summary>
        private static bool MadeFrom(IOperation value, IParameterSymbol parameter, MethodIndex index, int depth)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter):
                        return true;
                    case ILocalReferenceOperation local when depth < MaxLocalDepth && index.ValuesOf(local.Local).Any(v => MadeFrom(v, parameter, index, depth + 1)):
                        return true;
                }
            }

            return false;
        }

        /// <summary>A return of the method, not of a lambda or local function inside it.</summary>
        private static bool InMethodItself(IOperation operation, IOperation body)
        {
            for (var parent = operation.Parent; parent is not null && parent != body; parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
