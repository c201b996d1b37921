using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// The text of a constant in source (a literal, a named constant, an enum member, a static readonly string with a
    /// literal initializer) and the diagnostic properties the code fixes read.
    /// </summary>
    internal static class JurisdictionConstants
    {
        /// <summary>The text a constant stands for ("IR", "364", "Iran" for <c>Country.Iran</c>), or null when it is no constant.</summary>
        public static string? TextOf(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
        {
            if (expression is IdentifierNameSyntax or MemberAccessExpressionSyntax)
            {
                var symbol = model.GetSymbolInfo(expression, cancellationToken).Symbol;
                if (symbol is IFieldSymbol { ContainingType.TypeKind: TypeKind.Enum } member)
                {
                    return member.Name;
                }

                if (symbol is IFieldSymbol { IsStatic: true, IsReadOnly: true, IsConst: false } field
                    && field.Type.SpecialType == SpecialType.System_String
                    && field.DeclaringSyntaxReferences.Length == 1
                    && field.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is VariableDeclaratorSyntax { Initializer.Value: LiteralExpressionSyntax literal }
                    && literal.IsKind(SyntaxKind.StringLiteralExpression))
                {
                    return literal.Token.ValueText;
                }
            }

            if (expression is not (LiteralExpressionSyntax or IdentifierNameSyntax or MemberAccessExpressionSyntax))
            {
                return null;
            }

            var constant = model.GetConstantValue(expression, cancellationToken);
            return constant.HasValue
                ? constant.Value switch
                {
                    string text => text,
                    int number => number.ToString(CultureInfo.InvariantCulture),
                    _ => null,
                }
                : null;
        }

        /// <summary>The jurisdictions a constant names, restricted to the identifier forms the signal can mean.</summary>
        public static ImmutableArray<IdentifierMatch> Matches(string text, SignalKind? signal) =>
            PolicyMap.Embedded.MatchIdentifier(text).Where(m => signal is null || signal.Value.Accepts(m.Identifier.Kind)).ToImmutableArray();

        /// <summary>The <c>Jurisdictions</c> property of a diagnostic: "IR,CU".</summary>
        public static ImmutableHashSet<string> JurisdictionIds(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Jurisdictions, out var value) && !string.IsNullOrEmpty(value)
                ? value!.Split(',').Select(v => v.Trim()).Where(v => v.Length > 0).ToImmutableHashSet(StringComparer.Ordinal)
                : ImmutableHashSet<string>.Empty;

        /// <summary>The <c>GateForm</c> property, when it names a known form.</summary>
        public static GateForm? GateFormOf(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.GateForm, out var value) && Enum.TryParse<GateForm>(value, out var form) ? form : null;
    }
}
