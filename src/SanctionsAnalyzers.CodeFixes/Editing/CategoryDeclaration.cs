using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>Where a <c>[CommunicationService("...")]</c> declaration goes for one gate, and how it is written.</summary>
    internal sealed class DeclarationTarget
    {
        public DeclarationTarget(DocumentId documentId, SyntaxNode node, string attributeName, bool declareAttributeType, bool canExtendExisting)
        {
            DocumentId = documentId;
            Span = node.Span;
            Kind = node.RawKind;
            AttributeName = attributeName;
            DeclareAttributeType = declareAttributeType;
            CanExtendExisting = canExtendExisting;
        }

        public DocumentId DocumentId { get; }

        /// <summary>The method, local function, route handler lambda or hub class that gets the declaration.</summary>
        public TextSpan Span { get; }

        public int Kind { get; }

        /// <summary>How the attribute is named at the target: <c>CommunicationService</c>, or qualified when its namespace is not imported.</summary>
        public string AttributeName { get; }

        /// <summary>The compilation has no attribute of that name: the fix declares one.</summary>
        public bool DeclareAttributeType { get; }

        /// <summary>The attribute's constructor takes <c>params string[]</c>: a category can be added to an existing declaration.</summary>
        public bool CanExtendExisting { get; }
    }

    /// <summary>
    /// Declares a feature's service category with <c>[CommunicationService("id")]</c>, matched by name by the
    /// analyzer (FeatureResolver): on the method, on a local function, on a route handler lambda, or on the class of
    /// a SignalR hub. Declares the attribute type in a new <c>CommunicationServiceAttribute.cs</c> when the
    /// compilation has none.
    /// </summary>
    internal static class CategoryDeclaration
    {
        public const string AttributeTypeName = "CommunicationServiceAttribute";
        public const string AttributeShortName = "CommunicationService";
        public const string AttributeFileName = AttributeTypeName + ".cs";

        private const string AttributeSource =
            "// Declares the service categories of a feature for SanctionsAnalyzers (docs/rules/SANC1002.md); matched by name.\n"
            + "[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]\n"
            + "internal sealed class CommunicationServiceAttribute : System.Attribute\n"
            + "{\n"
            + "    public CommunicationServiceAttribute(params string[] categories)\n"
            + "    {\n"
            + "        Categories = categories;\n"
            + "    }\n"
            + "\n"
            + "    public string[] Categories { get; }\n"
            + "}\n";

        /// <summary>The declaration target of the gate at <paramref name="span"/>, or null when there is none to write.</summary>
        public static async Task<DeclarationTarget?> FindAsync(Document document, TextSpan span, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || span.End > root.FullSpan.End)
            {
                return null;
            }

            var gate = FeatureSyntax.NodeAt(root, span);
            if (FeatureSyntax.IsWholeApplicationGate(gate, model, cancellationToken))
            {
                return null;
            }

            var node = TargetOf(gate, model, cancellationToken);
            if (node is null)
            {
                return null;
            }

            if (node is AnonymousFunctionExpressionSyntax && ((CSharpParseOptions)root.SyntaxTree.Options).LanguageVersion.MapSpecifiedToEffectiveVersion() < LanguageVersion.CSharp10)
            {
                return null;
            }

            // The attribute is matched by name: use the compilation's own if it has one, else declare it.
            var position = node.SpanStart;
            var type = model.LookupNamespacesAndTypes(position, name: AttributeTypeName).OfType<INamedTypeSymbol>().FirstOrDefault()
                ?? model.LookupNamespacesAndTypes(position, name: AttributeShortName).OfType<INamedTypeSymbol>().FirstOrDefault(IsAttribute);
            string name;
            if (type is not null)
            {
                name = AttributeShortName;
            }
            else
            {
                type = model.Compilation.GetSymbolsWithName(n => n is AttributeTypeName or AttributeShortName, SymbolFilter.Type, cancellationToken)
                    .OfType<INamedTypeSymbol>().FirstOrDefault(IsAttribute);
                name = type is null ? AttributeShortName : WithoutSuffix(type.ToDisplayString());
            }

            if (type is not null && (!model.IsAccessible(position, type) || !type.InstanceConstructors.Any(TakesOneCategory)))
            {
                return null;
            }

            var canExtend = type is null || type.InstanceConstructors.Any(c => c.Parameters.Length == 1 && c.Parameters[0].IsParams);
            return new DeclarationTarget(document.Id, node, name, declareAttributeType: type is null, canExtend);
        }

        /// <summary>
        /// The declaration the analyzer reads for this gate's feature: a route handler lambda or a local function is a
        /// feature of its own; any other lambda counts with its method; a SignalR hub is declared on its class.
        /// </summary>
        private static SyntaxNode? TargetOf(SyntaxNode gate, SemanticModel model, CancellationToken cancellationToken)
        {
            var scope = gate.Ancestors().FirstOrDefault(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
            if (scope is LocalFunctionStatementSyntax localFunction)
            {
                return localFunction;
            }

            if (scope is ParenthesizedLambdaExpressionSyntax or SimpleLambdaExpressionSyntax && IsRouteHandler((ExpressionSyntax)scope))
            {
                return scope;
            }

            var member = gate.Ancestors().OfType<MemberDeclarationSyntax>().FirstOrDefault();
            if (member is not MethodDeclarationSyntax method)
            {
                return null;
            }

            if (method.Parent is TypeDeclarationSyntax type && model.GetDeclaredSymbol(type, cancellationToken) is { } symbol && IsHub(symbol))
            {
                return type;
            }

            return method;
        }

        /// <summary>A lambda passed to <c>MapGet</c>, <c>MapPost</c>, ..., possibly through a cast to a delegate type.</summary>
        private static bool IsRouteHandler(ExpressionSyntax lambda)
        {
            SyntaxNode current = lambda;
            while (current.Parent is ParenthesizedExpressionSyntax or CastExpressionSyntax)
            {
                current = current.Parent;
            }

            return IsRouteArgument(current);
        }

        private static bool IsRouteArgument(SyntaxNode argument) =>
            argument.Parent is ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax call } }
            && call.Expression switch
            {
                MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
                IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
                _ => string.Empty,
            } is var name
            && name.StartsWith("Map", StringComparison.Ordinal);

        private static bool IsHub(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "Hub" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.AspNetCore.SignalR")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsAttribute(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.ToDisplayString() == "System.Attribute")
                {
                    return true;
                }
            }

            return false;
        }

        private static bool TakesOneCategory(IMethodSymbol constructor) =>
            constructor.Parameters.Length >= 1
            && constructor.Parameters.Skip(1).All(p => p.IsOptional || p.IsParams)
            && (constructor.Parameters[0].Type.SpecialType == SpecialType.System_String
                || (constructor.Parameters[0].IsParams && constructor.Parameters[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_String }));

        private static string WithoutSuffix(string name) =>
            name.EndsWith("Attribute", StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;

        /// <summary>Writes the category on every target (each once) and declares the attribute type once per project that needs it.</summary>
        public static async Task<Solution> ApplyAsync(Solution solution, IEnumerable<DeclarationTarget> targets, string categoryId, CancellationToken cancellationToken)
        {
            var all = targets.ToList();
            foreach (var group in all.GroupBy(t => t.DocumentId))
            {
                var document = solution.GetDocument(group.Key);
                if (document is null)
                {
                    continue;
                }

                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var newLine = WaiverFile.NewLineOf(text, "\n");
                var changes = new List<TextChange>();
                foreach (var target in group.GroupBy(t => t.Span).Select(g => g.First()))
                {
                    var node = root!.FindNode(target.Span, getInnermostNodeForTie: true);
                    while (node.RawKind != target.Kind && node.Parent is { } parent && parent.Span == target.Span)
                    {
                        node = parent;
                    }

                    if (node.RawKind == target.Kind)
                    {
                        changes.AddRange(Declare(text, node, target, categoryId, newLine));
                    }
                }

                solution = solution.WithDocumentText(group.Key, text.WithChanges(changes.OrderBy(c => c.Span.Start)));
            }

            foreach (var projectId in all.Where(t => t.DeclareAttributeType).Select(t => t.DocumentId.ProjectId).Distinct())
            {
                var project = solution.GetProject(projectId);
                var source = all.First(t => t.DocumentId.ProjectId == projectId);
                var sourceText = await solution.GetDocument(source.DocumentId)!.GetTextAsync(cancellationToken).ConfigureAwait(false);
                if (project is not null)
                {
                    solution = AddAttributeType(project, WaiverFile.NewLineOf(sourceText, "\n"));
                }
            }

            return solution;
        }

        private static Solution AddAttributeType(Project project, string newLine)
        {
            var name = AttributeFileName;
            for (var i = 1; project.Documents.Any(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase)); i++)
            {
                name = AttributeTypeName + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".cs";
            }

            var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
            return project.Solution.AddDocument(
                DocumentId.CreateNewId(project.Id, name),
                name,
                SourceText.From(AttributeSource.Replace("\n", newLine), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)),
                filePath: directory is null ? null : Path.Combine(directory, name));
        }

        /// <summary>The text changes that declare the category on one target.</summary>
        private static IEnumerable<TextChange> Declare(SourceText text, SyntaxNode node, DeclarationTarget target, string categoryId, string newLine)
        {
            var literal = SyntaxFactory.Literal(categoryId).Text;
            var lists = node switch
            {
                MemberDeclarationSyntax member => member.AttributeLists,
                LocalFunctionStatementSyntax local => local.AttributeLists,
                ParenthesizedLambdaExpressionSyntax lambda => lambda.AttributeLists,
                SimpleLambdaExpressionSyntax lambda => lambda.AttributeLists,
                _ => default,
            };

            var existing = lists.SelectMany(l => l.Attributes).FirstOrDefault(IsCommunicationService);
            if (existing is not null && target.CanExtendExisting)
            {
                if (existing.ArgumentList is not { } arguments)
                {
                    return new[] { new TextChange(new TextSpan(existing.Name.Span.End, 0), "(" + literal + ")") };
                }

                if (arguments.Arguments.Any(a => a.Expression is LiteralExpressionSyntax { Token.ValueText: var value } && value == categoryId))
                {
                    return Array.Empty<TextChange>();
                }

                return arguments.Arguments.Count == 0
                    ? new[] { new TextChange(new TextSpan(arguments.OpenParenToken.Span.End, 0), literal) }
                    : new[] { new TextChange(new TextSpan(arguments.Arguments.Last().Span.End, 0), ", " + literal) };
            }

            var attribute = "[" + target.AttributeName + "(" + literal + ")]";
            if (node is SimpleLambdaExpressionSyntax simple)
            {
                // Attributes need a parenthesized parameter list: "[A] (x) => ...".
                return new[]
                {
                    new TextChange(new TextSpan(simple.SpanStart, 0), attribute + " "),
                    new TextChange(new TextSpan(simple.Parameter.SpanStart, 0), "("),
                    new TextChange(new TextSpan(simple.Parameter.Span.End, 0), ")"),
                };
            }

            if (node is ParenthesizedLambdaExpressionSyntax)
            {
                return new[] { new TextChange(new TextSpan(lists.Count > 0 ? lists.Last().Span.End : node.SpanStart, 0), lists.Count > 0 ? " " + attribute : attribute + " ") };
            }

            // A declaration: its own line above the member, indented like it, after the attributes it already has.
            var anchor = lists.Count > 0 ? (SyntaxNode)lists.Last() : null;
            var first = anchor?.GetFirstToken() ?? node.GetFirstToken();
            if (!TextRemoval.StartsLine(text, first.SpanStart) || (anchor is not null && !TextRemoval.EndsLine(anchor.GetLastToken())))
            {
                return new[] { anchor is null ? new TextChange(new TextSpan(first.SpanStart, 0), attribute + " ") : new TextChange(new TextSpan(anchor.Span.End, 0), " " + attribute) };
            }

            var line = text.Lines.GetLineFromPosition(first.SpanStart);
            var indentation = text.ToString(TextSpan.FromBounds(line.Start, first.SpanStart));
            var position = anchor is null ? line.Start : anchor.GetLastToken().FullSpan.End;
            return new[] { new TextChange(new TextSpan(position, 0), indentation + attribute + newLine) };
        }

        private static bool IsCommunicationService(AttributeSyntax attribute)
        {
            var name = attribute.Name switch
            {
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                SimpleNameSyntax simple => simple.Identifier.ValueText,
                _ => string.Empty,
            };

            return name is AttributeShortName or AttributeTypeName;
        }
    }
}
