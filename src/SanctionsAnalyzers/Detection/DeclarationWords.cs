using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Names declared elsewhere in the compilation that make a method worth a look although its own tokens name no
    /// jurisdiction: named constants holding one (<c>country == Codes.Sanctioned</c>), named constants holding a
    /// signal name (<c>Headers[GeoHeader]</c>), and bool helpers whose body is a gate, which
    /// <see cref="Analysis.HelperSummaries"/> summarises (<c>if (IsEmbargoed(country))</c>). Lists need no entry here:
    /// a lookup (<c>Contains</c>) is enough for the scan, wherever the list is filled. Found from syntax alone, once
    /// per compilation (<see cref="CandidateScanner.IndexDeclarations"/>).
    /// </summary>
    internal sealed class DeclarationWords
    {
        /// <summary>A check takes its subject and a few settings (lists, switches); more parameters make it a routine.</summary>
        public const int MaxHelperParameters = 6;

        private static readonly HashSet<string> None = new HashSet<string>(StringComparer.Ordinal);

        public static readonly DeclarationWords Empty = new DeclarationWords(None, None, None, None);

        public DeclarationWords(HashSet<string> jurisdictionConstants, HashSet<string> signalConstants, HashSet<string>? helpersTakingSignal, HashSet<string>? helpersReadingSignal)
        {
            JurisdictionConstants = jurisdictionConstants;
            SignalConstants = signalConstants;
            HelpersTakingSignal = helpersTakingSignal ?? None;
            HelpersReadingSignal = helpersReadingSignal ?? None;

            // A method that names none of the signal fragments may still call a helper that reads the signal itself
            // (GeoPolicy.IsBlocked(HttpContext)) or use a constant holding a header name; one that names no
            // jurisdiction may compare with a constant or hand its signal to a helper.
            SignalNames = new FragmentMatcher(HelpersReadingSignal.Concat(SignalConstants));
            ComparableNames = new FragmentMatcher(JurisdictionConstants.Concat(HelpersTakingSignal).Concat(HelpersReadingSignal));
        }

        /// <summary>Named constants whose initializer names a jurisdiction.</summary>
        public HashSet<string> JurisdictionConstants { get; }

        /// <summary>Named constants whose initializer names a signal ("CF-IPCountry"), and text methods whose body reads one (ResolveIso).</summary>
        public HashSet<string> SignalConstants { get; }

        /// <summary>Bool helpers with parameters whose body compares with jurisdictions or looks a list up: gates when handed a signal.</summary>
        public HashSet<string> HelpersTakingSignal { get; }

        /// <summary>Bool helpers whose body also reads a signal: a call to them is a gate by itself.</summary>
        public HashSet<string> HelpersReadingSignal { get; }

        /// <summary>Matches, ignoring case, the names that stand for a signal in a method's text.</summary>
        public FragmentMatcher SignalNames { get; }

        /// <summary>Matches, ignoring case, the names that stand for something to compare a signal with.</summary>
        public FragmentMatcher ComparableNames { get; }

        /// <summary>The member declarations of a tree, through namespaces and types but not into bodies.</summary>
        public static IEnumerable<MemberDeclarationSyntax> Members(SyntaxNode root)
        {
            var pending = new Stack<SyntaxList<MemberDeclarationSyntax>>();
            switch (root)
            {
                case CompilationUnitSyntax unit:
                    pending.Push(unit.Members);
                    break;
                default:
                    yield break;
            }

            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop())
                {
                    switch (member)
                    {
                        case BaseNamespaceDeclarationSyntax ns:
                            pending.Push(ns.Members);
                            break;
                        case TypeDeclarationSyntax type:
                            pending.Push(type.Members);
                            break;
                        default:
                            yield return member;
                            break;
                    }
                }
            }
        }

        /// <summary>
        /// What GateFinder reads a constant value from: a <c>const</c> field, or a <c>static readonly string</c>
        /// field (its initializer). A property or an instance field is never read as one value.
        /// </summary>
        public static bool IsNamedConstant(FieldDeclarationSyntax field) =>
            field.Modifiers.Any(SyntaxKind.ConstKeyword)
            || (field.Modifiers.Any(SyntaxKind.StaticKeyword) && field.Modifiers.Any(SyntaxKind.ReadOnlyKeyword) && field.Declaration.Type switch
            {
                PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.StringKeyword),
                IdentifierNameSyntax name => name.Identifier.ValueText == "String",
                QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "String",
                _ => false,
            });

        /// <summary>What <see cref="Analysis.HelperSummaries"/> summarises: a method with a body returning bool, at most 4 parameters.</summary>
        /// <summary>The getter body of a <c>bool</c> property (<c>bool X => ...;</c> or <c>get { ... }</c>), or null.</summary>
        public static SyntaxNode? GetterOfBoolProperty(PropertyDeclarationSyntax property)
        {
            if (!IsBool(property.Type))
            {
                return null;
            }

            if (property.ExpressionBody is { } arrow)
            {
                return arrow;
            }

            var getter = property.AccessorList?.Accessors.FirstOrDefault(a => a.IsKind(SyntaxKind.GetAccessorDeclaration));
            return (SyntaxNode?)getter?.Body ?? getter?.ExpressionBody;
        }

        public static bool MayBeHelper(MethodDeclarationSyntax method) =>
            ((SyntaxNode?)method.Body ?? method.ExpressionBody) is not null
            && method.ParameterList.Parameters.Count <= MaxHelperParameters
            && IsBool(method.ReturnType);

        /// <summary>What <see cref="Analysis.ClassifierSummaries"/> may summarise: a method mapping its parameters to a value with a switch expression.</summary>
        public static bool MayBeClassifier(MethodDeclarationSyntax method) =>
            ((SyntaxNode?)method.Body ?? method.ExpressionBody) is { } body
            && method.ParameterList.Parameters.Count is > 0 and <= 4
            && !IsBool(method.ReturnType)
            && !(method.ReturnType is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword))
            && body.DescendantNodes().OfType<SwitchExpressionSyntax>().Any();

        /// <summary>
        /// What <see cref="Analysis.HelperSummaries.SummarizeMember"/> may summarise: a method returning a decision object
        /// (no bool, text or void), choosing it with a condition (<c>return gate ? Decision.Blocked(code) : Decision.Allowed();</c>).
        /// </summary>
        public static bool MayBeDecider(MethodDeclarationSyntax method) =>
            ((SyntaxNode?)method.Body ?? method.ExpressionBody) is { } body
            && method.ParameterList.Parameters.Count <= MaxHelperParameters
            && IsDecisionType(method.ReturnType)
            && body.DescendantNodes().Any(n => n is ConditionalExpressionSyntax or IfStatementSyntax);

        /// <summary>
        /// A type that can be a decision object: a named type of the project (<c>GeoDecision</c>, <c>AccessResult</c>), also
        /// awaited (<c>Task&lt;GeoDecision&gt;</c>). Numbers, text, void and collections are not: a price or a list of orders
        /// computed with a condition answers no question of access.
        /// </summary>
        private static bool IsDecisionType(TypeSyntax type) => type switch
        {
            NullableTypeSyntax nullable => IsDecisionType(nullable.ElementType),
            GenericNameSyntax { Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments.Count: 1 } task => IsDecisionType(task.TypeArgumentList.Arguments[0]),
            IdentifierNameSyntax name => name.Identifier.ValueText is not ("String" or "Boolean" or "Task" or "ValueTask" or "IActionResult" or "IResult" or "ActionResult" or "Object"),
            QualifiedNameSyntax { Right: IdentifierNameSyntax right } => IsDecisionType(right),
            _ => false,
        };

        /// <summary>What <see cref="Analysis.ReturnedSignals"/> summarises: a method with a body returning text (string, Task&lt;string&gt;).</summary>
        public static bool MayReturnSignal(MethodDeclarationSyntax method) =>
            ((SyntaxNode?)method.Body ?? method.ExpressionBody) is not null && IsText(method.ReturnType);

        private static bool IsText(TypeSyntax type) => type switch
        {
            NullableTypeSyntax nullable => IsText(nullable.ElementType),
            GenericNameSyntax { Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments.Count: 1 } task => IsText(task.TypeArgumentList.Arguments[0]),
            QualifiedNameSyntax { Right: GenericNameSyntax generic } => IsText(generic),
            PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.StringKeyword),
            IdentifierNameSyntax name => name.Identifier.ValueText == "String",
            _ => false,
        };

        private static bool IsBool(TypeSyntax type) => type switch
        {
            GenericNameSyntax { Identifier.ValueText: "Task" or "ValueTask", TypeArgumentList.Arguments.Count: 1 } task => IsBool(task.TypeArgumentList.Arguments[0]),
            QualifiedNameSyntax { Right: GenericNameSyntax generic } => IsBool(generic),
            PredefinedTypeSyntax predefined => predefined.Keyword.IsKind(SyntaxKind.BoolKeyword),
            IdentifierNameSyntax name => name.Identifier.ValueText == "Boolean",
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText == "Boolean",
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText == "Boolean",
            _ => false,
        };
    }
}
