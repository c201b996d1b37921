using Microsoft.CodeAnalysis;

namespace SanctionsAnalyzers.Analysis
{
    internal static class SymbolExtensions
    {
        /// <summary>
        /// The string of an attribute argument; null for anything else. <see cref="TypedConstant.Value"/> throws for an
        /// array argument (<c>[Authorize("Admin", "Ops")]</c> on an app's own <c>params string[]</c> attribute).
        /// </summary>
        public static string? AsString(this TypedConstant constant) =>
            constant.Kind == TypedConstantKind.Array ? null : constant.Value as string;

        /// <summary>A check's result: bool, or Task&lt;bool&gt; / ValueTask&lt;bool&gt; of an async check (<c>if (!await IsAllowedAsync(ip))</c>).</summary>
        public static bool ReturnsBool(this IMethodSymbol method) =>
            method.ReturnType.SpecialType == SpecialType.System_Boolean
            || (method.ReturnType is INamedTypeSymbol { Name: "Task" or "ValueTask", TypeArguments.Length: 1 } task
                && task.TypeArguments[0].SpecialType == SpecialType.System_Boolean);

        /// <summary>True when <paramref name="type"/> is <paramref name="baseType"/> or derives from it (class chain).</summary>
        public static bool InheritsFromOrEquals(this ITypeSymbol? type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> is, derives from or implements <paramref name="candidate"/>.</summary>
        public static bool IsOrImplements(this ITypeSymbol? type, INamedTypeSymbol? candidate)
        {
            if (type is null || candidate is null)
            {
                return false;
            }

            if (type.InheritsFromOrEquals(candidate))
            {
                return true;
            }

            foreach (var implemented in type.AllInterfaces)
            {
                if (SymbolEqualityComparer.Default.Equals(implemented, candidate)
                    || SymbolEqualityComparer.Default.Equals(implemented.OriginalDefinition, candidate))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
