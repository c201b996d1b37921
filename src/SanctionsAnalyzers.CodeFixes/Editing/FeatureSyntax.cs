using System;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>Where a gate sits: in one feature (a method, a route handler, a local function) or in front of the whole application.</summary>
    internal static class FeatureSyntax
    {
        private static readonly string[] PipelineCalls = { "Use", "UseWhen", "MapWhen", "Run", "UseMiddleware", "AddEndpointFilter", "AddFilter" };

        private static readonly string[] WholeAppInterfaces =
        {
            "Microsoft.AspNetCore.Http.IMiddleware",
            "Microsoft.AspNetCore.Http.IEndpointFilter",
            "Microsoft.AspNetCore.SignalR.IHubFilter",
            "Microsoft.AspNetCore.Authorization.IAuthorizationHandler",
            "Microsoft.AspNetCore.Authorization.IAuthorizationRequirement",
        };

        /// <summary>
        /// True for a gate in middleware, a filter or an authorization handler: it guards every feature of the
        /// application, not one, so changing its condition changes what the others do. These get their own fix.
        /// </summary>
        public static bool IsWholeApplicationGate(SyntaxNode node, SemanticModel model, CancellationToken cancellationToken)
        {
            foreach (var lambda in node.AncestorsAndSelf().OfType<AnonymousFunctionExpressionSyntax>())
            {
                if (lambda.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
                    && PipelineCalls.Contains(NameOf(call)))
                {
                    return true;
                }
            }

            var member = node.AncestorsAndSelf().OfType<MemberDeclarationSyntax>().FirstOrDefault(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax or BaseTypeDeclarationSyntax);
            var type = member is BaseTypeDeclarationSyntax declaration
                ? model.GetDeclaredSymbol(declaration, cancellationToken) as INamedTypeSymbol
                : member is null ? null : model.GetEnclosingSymbol(node.SpanStart, cancellationToken)?.ContainingType;
            if (type is null)
            {
                return false;
            }

            if (type.AllInterfaces.Any(i => WholeAppInterfaces.Contains(i.OriginalDefinition.ToDisplayString()) || i.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.Mvc.Filters"))
            {
                return true;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.ContainingNamespace?.ToDisplayString() is "Microsoft.AspNetCore.Mvc.Filters" or "Microsoft.AspNetCore.Authorization")
                {
                    return true;
                }
            }

            // Convention-based middleware: a RequestDelegate to call next and an Invoke(Async)(HttpContext).
            return type.GetMembers().OfType<IMethodSymbol>().Any(m => m.Name is "Invoke" or "InvokeAsync"
                    && m.Parameters.Length > 0 && m.Parameters[0].Type.ToDisplayString() == "Microsoft.AspNetCore.Http.HttpContext")
                && type.Constructors.Any(c => c.Parameters.Any(p => p.Type.ToDisplayString() == "Microsoft.AspNetCore.Http.RequestDelegate"));
        }

        /// <summary>SANC1001 and SANC1002 for middleware, filters and handlers come from a compilation-end descriptor.</summary>
        public static bool IsWholeApplicationDiagnostic(Diagnostic diagnostic) =>
            diagnostic.Properties.TryGetValue(DiagnosticProperties.Scope, out var scope)
                ? scope == GateScopes.WholeApplication
                : diagnostic.Descriptor.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd);

        private static string? NameOf(InvocationExpressionSyntax call) => call.Expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
            GenericNameSyntax generic => generic.Identifier.ValueText,
            _ => null,
        };

        /// <summary>The diagnostic's node: the innermost node at the span, widened to the outermost expression or pattern with that span.</summary>
        public static SyntaxNode NodeAt(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
        {
            var node = root.FindNode(span, getInnermostNodeForTie: true);
            while (node.Parent is ExpressionSyntax or PatternSyntax && node.Parent.Span == node.Span && node.Parent is not ParenthesizedExpressionSyntax)
            {
                node = node.Parent;
            }

            return node;
        }
    }
}
