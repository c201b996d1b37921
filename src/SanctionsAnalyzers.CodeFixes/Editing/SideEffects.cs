using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>
    /// Whether an expression can be dropped without changing what the program does: reads of locals, fields,
    /// properties and indexers, and a few well-known pure calls. Anything that declares a variable, assigns,
    /// awaits or calls something else is kept.
    /// </summary>
    internal static class SideEffects
    {
        private static readonly string[] PureMethods =
        {
            "ToString", "Trim", "TrimStart", "TrimEnd", "ToUpper", "ToUpperInvariant", "ToLower", "ToLowerInvariant",
            "GetHttpContext", "FindFirstValue", "FindFirst", "IsNullOrEmpty", "IsNullOrWhiteSpace",
            "Equals", "StartsWith", "EndsWith", "HasClaim", "Compare", "CompareOrdinal",
        };

        public static bool None(ExpressionSyntax? expression)
        {
            switch (expression)
            {
                case null:
                    return true;
                case LiteralExpressionSyntax or IdentifierNameSyntax or ThisExpressionSyntax or BaseExpressionSyntax
                    or PredefinedTypeSyntax or TypeOfExpressionSyntax or DefaultExpressionSyntax or QualifiedNameSyntax
                    or GenericNameSyntax or AliasQualifiedNameSyntax:
                    return true;
                case ParenthesizedExpressionSyntax parenthesized:
                    return None(parenthesized.Expression);
                case CastExpressionSyntax cast:
                    return None(cast.Expression);
                case PostfixUnaryExpressionSyntax postfix when postfix.IsKind(SyntaxKind.SuppressNullableWarningExpression):
                    return None(postfix.Operand);
                case PrefixUnaryExpressionSyntax prefix when prefix.IsKind(SyntaxKind.LogicalNotExpression) || prefix.IsKind(SyntaxKind.UnaryMinusExpression):
                    return None(prefix.Operand);
                case MemberAccessExpressionSyntax access:
                    return None(access.Expression);
                case MemberBindingExpressionSyntax:
                    return true;
                case ConditionalAccessExpressionSyntax conditional:
                    return None(conditional.Expression) && None(conditional.WhenNotNull);
                case ElementAccessExpressionSyntax element:
                    return None(element.Expression) && element.ArgumentList.Arguments.All(Pure);
                case ElementBindingExpressionSyntax binding:
                    return binding.ArgumentList.Arguments.All(Pure);
                case BinaryExpressionSyntax binary:
                    return None(binary.Left) && None(binary.Right);
                case ConditionalExpressionSyntax ternary:
                    return None(ternary.Condition) && None(ternary.WhenTrue) && None(ternary.WhenFalse);
                case IsPatternExpressionSyntax isPattern:
                    return None(isPattern.Expression) && !isPattern.Pattern.DescendantNodesAndSelf().Any(n => n is VariableDesignationSyntax and not DiscardDesignationSyntax);
                case InvocationExpressionSyntax invocation:
                    var name = invocation.Expression switch
                    {
                        MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                        MemberBindingExpressionSyntax member => member.Name.Identifier.ValueText,
                        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                        _ => null,
                    };
                    return name is not null && PureMethods.Contains(name)
                        && (invocation.Expression is not MemberAccessExpressionSyntax receiver || None(receiver.Expression))
                        && invocation.ArgumentList.Arguments.All(Pure);
                default:
                    return false;
            }
        }

        private static bool Pure(ArgumentSyntax argument) => argument.RefKindKeyword.IsKind(SyntaxKind.None) && None(argument.Expression);
    }
}
