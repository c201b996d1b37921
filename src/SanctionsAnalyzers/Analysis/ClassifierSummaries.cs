using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// What a classifier of the compilation returns for each value of its parameter:
    /// <c>static Admission Classify(string country) =&gt; country switch { "IR" =&gt; Admission.Embargoed, _ =&gt; Admission.Allowed };</c>.
    /// A caller's <c>Classify(country) == Admission.Embargoed</c> is then a test of the country against the arms that give
    /// that value.
    /// </summary>
    internal sealed class ClassifierSummary
    {
        public ClassifierSummary(int parameterOrdinal, ImmutableArray<ClassifierArm> arms)
        {
            ParameterOrdinal = parameterOrdinal;
            Arms = arms;
        }

        /// <summary>The parameter the classifier switches on.</summary>
        public int ParameterOrdinal { get; }

        /// <summary>The switch's arms, in order; every arm gives a constant and has no <c>when</c> clause.</summary>
        public ImmutableArray<ClassifierArm> Arms { get; }
    }

    /// <summary>One arm of a classifier: its pattern (on the parameter) and the constant it gives.</summary>
    internal readonly struct ClassifierArm
    {
        public ClassifierArm(IPatternOperation pattern, object? value)
        {
            Pattern = pattern;
            Value = value;
        }

        public IPatternOperation Pattern { get; }

        public object? Value { get; }

        /// <summary>The arm every other value takes (<c>_</c>, <c>var x</c>).</summary>
        public bool IsDefault => Pattern is IDiscardPatternOperation or IDeclarationPatternOperation { MatchesNull: true };
    }

    /// <summary>
    /// Classifier summaries, one level, computed on first use and cached per method for the compilation. Only a method
    /// whose body returns one switch expression over a parameter, every arm a constant, is a classifier: anything less
    /// regular is not summarised (never half-judged).
    /// </summary>
    internal sealed class ClassifierSummaries
    {
        private readonly SanctionsCompilationContext _context;
        private readonly ConcurrentDictionary<IMethodSymbol, ClassifierSummary?> _cache =
            new ConcurrentDictionary<IMethodSymbol, ClassifierSummary?>(SymbolEqualityComparer.Default);

        public ClassifierSummaries(SanctionsCompilationContext context)
        {
            _context = context;
        }

        public ClassifierSummary? Summarize(IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            if (method.ReturnsVoid || method.ReturnsBool() || method.Parameters.IsEmpty || method.Parameters.Length > 4
                || method.DeclaringSyntaxReferences.Length != 1 || !_context.Compilation.ContainsSyntaxTree(method.DeclaringSyntaxReferences[0].SyntaxTree))
            {
                return null;
            }

            return _cache.GetOrAdd(method.OriginalDefinition, Compute);
        }

        private ClassifierSummary? Compute(IMethodSymbol method)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax();
#pragma warning disable RS1030 // One level of summaries needs the classifier's tree; bound once per method and cached.
            var body = _context.Compilation.GetSemanticModel(syntax.SyntaxTree).GetOperation(syntax);
#pragma warning restore RS1030
            var returned = body?.Descendants().OfType<IReturnOperation>().ToList();
            if (returned is not { Count: 1 } || SignalFinder.Unwrap(returned[0].ReturnedValue!) is not ISwitchExpressionOperation switchExpression)
            {
                return null;
            }

            var arms = ImmutableArray.CreateBuilder<ClassifierArm>();
            foreach (var arm in switchExpression.Arms)
            {
                if (arm.Guard is not null || SignalFinder.Unwrap(arm.Value).ConstantValue is not { HasValue: true } value)
                {
                    return null;
                }

                arms.Add(new ClassifierArm(arm.Pattern, value.Value));
            }

            var index = MethodIndex.Build(body!);
            foreach (var parameter in method.Parameters)
            {
                var signals = new SignalFinder(_context, index, parameter);
                if (signals.Find(switchExpression.Value) is { } signal && signals.IsPlaceholder(signal))
                {
                    return new ClassifierSummary(parameter.Ordinal, arms.ToImmutable());
                }
            }

            return null;
        }
    }
}
