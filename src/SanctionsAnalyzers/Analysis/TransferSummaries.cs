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
        private const int MaxLocalDepth = 4;

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

        /// <summary>
        /// The ordinal of the parameter an <c>out string</c> parameter is written from, reshaped
        /// (<c>TryNormalize(string? phone, out string normalized)</c> setting <c>normalized = value</c> made from
        /// <c>phone</c>); constants (<c>normalized = string.Empty</c>) do not count. Null when no parameter is.
        /// </summary>
        public int? OutParameterSource(IMethodSymbol method, int outOrdinal, SemanticModel? callerModel)
        {
            method = method.ReducedFrom ?? method;
            if (outOrdinal >= method.Parameters.Length || method.Parameters[outOrdinal] is not { RefKind: RefKind.Out, Type.SpecialType: SpecialType.System_String }
                || method.Parameters.Length > 4 || method.DeclaringSyntaxReferences.Length != 1)
            {
                return null;
            }

            return _outCache.GetOrAdd((method.OriginalDefinition, outOrdinal), key => ComputeOut(key.Method, key.Ordinal, callerModel));
        }

        private readonly ConcurrentDictionary<(IMethodSymbol Method, int Ordinal), int?> _outCache = new ConcurrentDictionary<(IMethodSymbol Method, int Ordinal), int?>(OutKeyComparer.Instance);

        private int? ComputeOut(IMethodSymbol method, int outOrdinal, SemanticModel? callerModel)
        {
            if (BodyOf(method, callerModel) is not { } body)
            {
                return null;
            }

            var index = MethodIndex.Build(body);
            var written = body.Descendants()
                .OfType<ISimpleAssignmentOperation>()
                .Where(a => a.Target is IParameterReferenceOperation { Parameter.Ordinal: var ordinal } && ordinal == outOrdinal
                    && a.Value.ConstantValue.HasValue == false && InMethodItself(a, body))
                .Select(a => a.Value)
                .Where(v => !IsFallback(v) && !(SignalFinder.Unwrap(v) is IFieldReferenceOperation { Field.IsStatic: true, Field.Name: "Empty" }))
                .ToList();
            if (written.Count == 0)
            {
                return null;
            }

            foreach (var parameter in method.Parameters)
            {
                if (parameter.Ordinal != outOrdinal && parameter.RefKind == RefKind.None && parameter.Type.SpecialType == SpecialType.System_String
                    && written.All(v => MadeFrom(v, parameter, new Flow(index, body), 0)))
                {
                    return parameter.Ordinal;
                }
            }

            return null;
        }

        private IOperation? BodyOf(IMethodSymbol method, SemanticModel? callerModel)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
            if (!_compilation.ContainsSyntaxTree(syntax.SyntaxTree))
            {
                return null;
            }

#pragma warning disable RS1030 // One summary per text helper, bound once and cached.
            var model = callerModel?.SyntaxTree == syntax.SyntaxTree ? callerModel : _compilation.GetSemanticModel(syntax.SyntaxTree);
#pragma warning restore RS1030
            return model.GetOperation(syntax);
        }

        private sealed class OutKeyComparer : IEqualityComparer<(IMethodSymbol Method, int Ordinal)>
        {
            public static readonly OutKeyComparer Instance = new OutKeyComparer();

            public bool Equals((IMethodSymbol Method, int Ordinal) x, (IMethodSymbol Method, int Ordinal) y) =>
                x.Ordinal == y.Ordinal && SymbolEqualityComparer.Default.Equals(x.Method, y.Method);

            public int GetHashCode((IMethodSymbol Method, int Ordinal) key) => (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 31) + key.Ordinal;
        }

        private int? Compute(IMethodSymbol method, SemanticModel? callerModel)
        {
            if (BodyOf(method, callerModel) is not { } body)
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
                if (parameter.Type.SpecialType == SpecialType.System_String && returned.All(v => MadeFrom(v, parameter, new Flow(index, body), 0)))
                {
                    return parameter.Ordinal;
                }
            }

            return null;
        }

        /// <summary>A fallback returned as is (<c>return fallback;</c> for an optional <c>string fallback = "ZZ"</c>), like a constant.</summary>
        private static bool IsFallback(IOperation value) =>
            SignalFinder.Unwrap(value) is IParameterReferenceOperation { Parameter.HasExplicitDefaultValue: true };

        /// <summary>
        /// Whether the value reads the parameter, directly or through locals assigned from it, the entries of a loop over
        /// it, or what was appended to a local builder (<c>foreach (var ch in phone) digits.Append(ch); value = digits.ToString();</c>).
        /// </summary>
        private static bool MadeFrom(IOperation value, IParameterSymbol parameter, Flow flow, int depth)
        {
            foreach (var operation in value.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IParameterReferenceOperation reference when SymbolEqualityComparer.Default.Equals(reference.Parameter, parameter):
                        return true;
                    case ILocalReferenceOperation local when depth < MaxLocalDepth && flow.SourcesOf(local.Local).Any(v => MadeFrom(v, parameter, flow, depth + 1)):
                        return true;
                }
            }

            return false;
        }

        /// <summary>What a local of a method is made from: its assigned values, the collection a loop variable walks, the arguments appended to it.</summary>
        private sealed class Flow
        {
            private readonly MethodIndex _index;
            private readonly Dictionary<ILocalSymbol, List<IOperation>> _appended = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);

            public Flow(MethodIndex index, IOperation body)
            {
                _index = index;
                foreach (var call in body.Descendants().OfType<IInvocationOperation>())
                {
                    if (call.Instance is ILocalReferenceOperation { Local: var builder } && call.TargetMethod.Name.StartsWith("Append", System.StringComparison.Ordinal))
                    {
                        if (!_appended.TryGetValue(builder, out var arguments))
                        {
                            _appended.Add(builder, arguments = new List<IOperation>());
                        }

                        arguments.AddRange(call.Arguments.Select(a => a.Value));
                    }
                }
            }

            public IEnumerable<IOperation> SourcesOf(ILocalSymbol local)
            {
                foreach (var value in _index.ValuesOf(local))
                {
                    yield return value;
                }

                if (_index.LoopCollectionOf(local) is { } collection)
                {
                    yield return collection;
                }

                if (_appended.TryGetValue(local, out var appended))
                {
                    foreach (var argument in appended)
                    {
                        yield return argument;
                    }
                }
            }
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
