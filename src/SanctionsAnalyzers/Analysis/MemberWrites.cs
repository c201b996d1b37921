using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// The constants written to a field or property anywhere in the compilation, for a member whose own declaration holds
    /// none: <c>new GuardConfig { Countries = new List&lt;string&gt; { "IR", "CU" } }</c> in the method writing the default
    /// configuration, <c>options.Blocked = new[] { "IR" }</c> at start-up, or the configured entries a constructor binds
    /// (<c>_codes = config.GetSection("geoip:countryCodes").Get&lt;string[]&gt;()</c>, read from appsettings). The join over every write, whatever the order
    /// they run in. Found by name in the text first, then bound; cached per member.
    /// </summary>
    internal sealed class MemberWrites
    {
        /// <summary>Beyond this many writes a member is taken as filled at run time.</summary>
        private const int MaxWrites = 16;

        private readonly Compilation _compilation;
        private readonly Func<IOperation, ListValues?> _configurationBinding;
        private readonly ConcurrentDictionary<ISymbol, ListValues?> _cache = new ConcurrentDictionary<ISymbol, ListValues?>(SymbolEqualityComparer.Default);

        /// <param name="configurationBinding">The configured values a value reads (<c>GetSection(key).Get&lt;string[]&gt;()</c>), if it reads any.</param>
        public MemberWrites(Compilation compilation, Func<IOperation, ListValues?> configurationBinding)
        {
            _compilation = compilation;
            _configurationBinding = configurationBinding;
        }

        /// <summary>The constants written to <paramref name="member"/>; else the configuration key a write reads, unresolved; else null.</summary>
        public ListValues? Of(ISymbol member, CancellationToken cancellationToken) =>
            _cache.GetOrAdd(member.OriginalDefinition, m => Compute(m, cancellationToken));

        private ListValues? Compute(ISymbol member, CancellationToken cancellationToken)
        {
            var values = ImmutableArray.CreateBuilder<ListValue>();
            ListValues? unresolved = null;
            var writes = 0;
            foreach (var tree in _compilation.SyntaxTrees)
            {
                if (tree.GetText(cancellationToken).ToString().IndexOf(member.Name, StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                SemanticModel? model = null;
                foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
                {
                    if (node is AttributeArgumentSyntax { NameEquals: { } named } argument && named.Name.Identifier.ValueText == member.Name)
                    {
                        // [GuardTraffic(DenyCountries = "IR,CU,KP")]: each use of the attribute writes its property.
                        if (++writes > MaxWrites)
                        {
                            return null;
                        }

#pragma warning disable RS1030 // Writes live in other files; bound once per member (cached above).
                        model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                        if (SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(named.Name, cancellationToken).Symbol?.OriginalDefinition, member))
                        {
                            values.AddRange(model.GetConstantValue(argument.Expression, cancellationToken) is { HasValue: true, Value: string text }
                                ? ImmutableArray.Create(new ListValue(text, argument.Expression.GetLocation()))
                                : ValueResolver.LiteralsIn(argument.Expression));
                        }

                        continue;
                    }

                    if (node is not AssignmentExpressionSyntax assignment || NameOf(assignment.Left) != member.Name)
                    {
                        continue;
                    }

                    if (++writes > MaxWrites)
                    {
                        return null;
                    }

#pragma warning disable RS1030 // Writes live in other files; bound once per member (cached above).
                    model ??= _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030
                    if (model.GetOperation(assignment, cancellationToken) is ISimpleAssignmentOperation write
                        && SymbolEqualityComparer.Default.Equals(TargetOf(write.Target)?.OriginalDefinition, member))
                    {
                        if (IsWrittenOut(write.Value))
                        {
                            values.AddRange(ValueResolver.ConstantsIn(write.Value));
                        }
                        else if (WrittenOutDefault(write.Value) is { } fallback)
                        {
                            // _countries = Read("Countries", new List<object> { "IR", "CU" }): the settings' default is the list
                            // in effect until someone configures another.
                            values.AddRange(ValueResolver.ConstantsIn(fallback));
                        }
                        else if (_configurationBinding(write.Value) is { } bound)
                        {
                            // _countryCodes = config.GetSection("geoip:countryCodes").Get<string[]>().ToHashSet(): the configured
                            // entries, or the key they are read from when no appsettings file holds it.
                            if (bound.Unresolved is null)
                            {
                                values.AddRange(bound.Values);
                            }
                            else
                            {
                                unresolved ??= bound;
                            }
                        }
                    }
                }
            }

            return values.Count > 0 ? ListValues.Resolved(values.ToImmutable()) : unresolved;
        }

        /// <summary>
        /// The default handed to a settings read (<c>T Read&lt;T&gt;(string key, T fallback)</c>, <c>GetConfig("Countries", new List&lt;object&gt; { ... })</c>):
        /// the argument written out for a parameter of the type the call returns.
        /// </summary>
        private static IOperation? WrittenOutDefault(IOperation value)
        {
            if (SignalFinder.Unwrap(value) is not IInvocationOperation call)
            {
                return null;
            }

            var definition = call.TargetMethod.OriginalDefinition;
            return call.Arguments.FirstOrDefault(a => a.Parameter is { } parameter && parameter.Ordinal < definition.Parameters.Length
                && SymbolEqualityComparer.Default.Equals(definition.Parameters[parameter.Ordinal].Type, definition.ReturnType)
                && IsWrittenOut(a.Value))?.Value;
        }

        /// <summary>
        /// A value written out in the code: a literal, an array or a collection with an initializer. A value read from
        /// configuration (<c>GetSection("Sharing:BlockedCountries").Get&lt;string[]&gt;()</c>) holds its key, not its entries.
        /// </summary>
        private static bool IsWrittenOut(IOperation value)
        {
            value = SignalFinder.Unwrap(value);
            return value is ILiteralOperation or IArrayCreationOperation
                || value is IObjectCreationOperation { Initializer: IObjectOrCollectionInitializerOperation { Initializers.Length: > 0 } }
                || value.Syntax is CollectionExpressionSyntax;
        }

        private static string? NameOf(ExpressionSyntax left) => left switch
        {
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            _ => null,
        };

        private static ISymbol? TargetOf(IOperation target) => target switch
        {
            IPropertyReferenceOperation property => property.Property,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
    }
}
