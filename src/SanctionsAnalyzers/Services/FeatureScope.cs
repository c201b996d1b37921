using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace SanctionsAnalyzers.Services
{
    /// <summary>
    /// The code a gate protects. A gate inside a route handler (<c>app.MapPost("/mail", ...)</c>) or a local
    /// function protects that handler, not the whole enclosing method: each handler is its own feature.
    /// </summary>
    internal readonly struct FeatureScope
    {
        private FeatureScope(IOperation root, ISymbol symbol, string name)
        {
            Root = root;
            Symbol = symbol;
            Name = name;
        }

        /// <summary>Operations whose calls count as evidence for the feature's categories.</summary>
        public IOperation Root { get; }

        public ISymbol Symbol { get; }

        public string Name { get; }

        public static FeatureScope Of(IOperation gate, ISymbol owner, string ownerName)
        {
            var methodBody = gate;
            for (var current = gate.Parent; current is not null; methodBody = current, current = current.Parent)
            {
                switch (current)
                {
                    case IAnonymousFunctionOperation lambda:
                        return new FeatureScope(lambda, lambda.Symbol, HandlerName(lambda) ?? "lambda in " + ownerName);
                    case ILocalFunctionOperation local:
                        return new FeatureScope(local, local.Symbol, ownerName + "." + local.Symbol.Name);
                }
            }

            return new FeatureScope(methodBody, owner, ownerName);
        }

        /// <summary>True for a lambda passed to a routing call (MapGet, MapPost, MapHub...).</summary>
        public static bool IsRouteHandler(IAnonymousFunctionOperation lambda) => RouteCall(lambda) is not null;

        private static string? HandlerName(IAnonymousFunctionOperation lambda)
        {
            var call = RouteCall(lambda);
            if (call is null)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.Value.ConstantValue is { HasValue: true, Value: string pattern })
                {
                    return call.TargetMethod.Name + " \"" + pattern + "\"";
                }
            }

            return call.TargetMethod.Name + " handler";
        }

        private static IInvocationOperation? RouteCall(IAnonymousFunctionOperation lambda)
        {
            var parent = lambda.Parent;
            while (parent is IDelegateCreationOperation || parent is IConversionOperation)
            {
                parent = parent.Parent;
            }

            return parent is IArgumentOperation { Parent: IInvocationOperation call } && call.TargetMethod.Name.StartsWith("Map", System.StringComparison.Ordinal)
                ? call
                : null;
        }
    }
}
