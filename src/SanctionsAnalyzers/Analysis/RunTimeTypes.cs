using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// The project's types that an input API fills at run time (<c>JsonSerializer.Deserialize&lt;CountryRules&gt;(File.ReadAllText(path))</c>,
    /// <c>http.GetFromJsonAsync&lt;GeoSettings&gt;(url)</c>: the <c>input</c> rows of Resources/ApiKnowledge.txt): their members
    /// hold what the file or the server holds, so their defaults are not the whole list. Found once per compilation, by
    /// name in the text first, then bound.
    /// </summary>
    internal sealed class RunTimeTypes
    {
        private readonly Compilation _compilation;
        private readonly Func<SyntaxTree, CancellationToken, string> _textOf;
        private readonly Lazy<ImmutableDictionary<INamedTypeSymbol, string>> _types;

        public RunTimeTypes(Compilation compilation, Func<SyntaxTree, CancellationToken, string> textOf)
        {
            _compilation = compilation;
            _textOf = textOf;
            _types = new Lazy<ImmutableDictionary<INamedTypeSymbol, string>>(() => Find(CancellationToken.None), isThreadSafe: true);
        }

        /// <summary>How the type is filled at run time ("JsonSerializer.Deserialize"), or null when no input API fills it.</summary>
        public string? ReaderOf(INamedTypeSymbol type) =>
            _types.Value.TryGetValue(type.OriginalDefinition, out var reader) ? reader : null;

        private ImmutableDictionary<INamedTypeSymbol, string> Find(CancellationToken cancellationToken)
        {
            var names = ApiKnowledge.Embedded.MemberNames(ApiRole.Input).ToImmutableHashSet(StringComparer.Ordinal);
            var found = ImmutableDictionary.CreateBuilder<INamedTypeSymbol, string>(SymbolEqualityComparer.Default);
            foreach (var tree in _compilation.SyntaxTrees)
            {
                var text = _textOf(tree, cancellationToken);
                if (!names.Any(n => text.IndexOf(n, StringComparison.Ordinal) >= 0))
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var invocation in tree.GetRoot(cancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
                {
                    if (Callers.CalledName(invocation) is not { } name || !names.Contains(name))
                    {
                        continue;
                    }

#pragma warning disable RS1030 // Once per compilation, on the few calls of input APIs.
                    model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (model.GetOperation(invocation, cancellationToken) is IInvocationOperation call
                        && ApiKnowledge.Embedded.RoleOf(call.TargetMethod) == ApiRole.Input
                        && Filled(call.TargetMethod.ReturnType) is { } type
                        && !found.ContainsKey(type))
                    {
                        found.Add(type, call.TargetMethod.ContainingType.Name + "." + call.TargetMethod.Name);
                    }
                }
            }

            return found.ToImmutable();
        }

        /// <summary>The project type a call returns, through Task&lt;T&gt;, ValueTask&lt;T&gt; and nullable annotations.</summary>
        private static INamedTypeSymbol? Filled(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task)
            {
                type = task.TypeArguments[0];
            }

            return type is INamedTypeSymbol named && !named.DeclaringSyntaxReferences.IsEmpty && named.TypeKind == TypeKind.Class
                ? named.OriginalDefinition
                : null;
        }
    }
}
