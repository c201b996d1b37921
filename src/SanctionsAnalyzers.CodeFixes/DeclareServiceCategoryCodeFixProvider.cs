using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using SanctionsAnalyzers.CodeFixes.Editing;
using SanctionsAnalyzers.Policy;
using SanctionsAnalyzers.Rules;

namespace SanctionsAnalyzers.CodeFixes
{
    /// <summary>
    /// SANC1002 "Declare the service category": when the analyzer could not tell what a gated feature provides (the
    /// diagnostic's <c>Categories</c> is empty, or its names suggest conflicting categories), and SANC1001 whose
    /// category was inferred from the feature's names (<c>EvidenceTier</c> Name, to confirm or correct), one action per
    /// communication category, the inferred ones first, adds
    /// <c>[CommunicationService("id")]</c> to the feature (its method, local function or route handler; the class
    /// of a SignalR hub), and declares the attribute once in <c>CommunicationServiceAttribute.cs</c> when the
    /// compilation has none. Not offered when the scope is unknown for another reason (a list the analyzer cannot
    /// see) or for gates in front of the whole application.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareServiceCategoryCodeFixProvider))]
    [Shared]
    public sealed class DeclareServiceCategoryCodeFixProvider : CodeFixProvider
    {
        private const string KeyPrefix = RuleIds.GeoBlockOfUnknownScope + ".DeclareCategory.";

        /// <summary>The categories offered, in the policy map's order: communication services and the usual suspects next to them.</summary>
        public static readonly ImmutableArray<string> OfferedCategoryIds = ImmutableArray.Create(
            "instant-messaging", "chat", "email", "social-media", "video-conferencing", "e-gaming", "e-learning", "automated-translation",
            "web-maps", "user-authentication", "cloud-services", "vpn", "anti-virus", "anti-censorship", "payments", "enterprise-saas");

        private static readonly ImmutableArray<(string Id, string DisplayName)> Offered = PolicyMap.Embedded.Categories
            .Where(c => OfferedCategoryIds.Contains(c.Id))
            .Select(c => (c.Id, c.DisplayName))
            .ToImmutableArray();

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(RuleIds.GeoBlockOfUnknownScope, RuleIds.OverBroadGeoBlock);

        public static string EquivalenceKeyFor(string categoryId) => KeyPrefix + categoryId;

        public static string TitleFor(string displayName) => "Declare the service category: " + displayName;

        public override FixAllProvider GetFixAllProvider() => CategoryFixAllProvider.Instance;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!IsCategoryUnknown(diagnostic)
                    || await CategoryDeclaration.FindAsync(context.Document, diagnostic.Location.SourceSpan, context.CancellationToken).ConfigureAwait(false) is not { } target)
                {
                    continue;
                }

                var solution = context.Document.Project.Solution;
                foreach (var (id, displayName) in InOrderFor(diagnostic))
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(TitleFor(displayName), ct => CategoryDeclaration.ApplyAsync(solution, new[] { target }, id, ct), EquivalenceKeyFor(id)),
                        diagnostic);
                }
            }
        }

        /// <summary>
        /// A method-level gate on known jurisdictions whose feature's category is unknown (SANC1002, reason Category) or
        /// only inferred from its names (SANC1001, evidence tier Name).
        /// </summary>
        private static bool IsCategoryUnknown(Diagnostic diagnostic) =>
            diagnostic.Location.IsInSource
            && !FeatureSyntax.IsWholeApplicationDiagnostic(diagnostic)
            && !JurisdictionConstants.JurisdictionIds(diagnostic).IsEmpty
            && (diagnostic.Id == RuleIds.GeoBlockOfUnknownScope
                ? diagnostic.Properties.TryGetValue(DiagnosticProperties.Reason, out var reason) && reason == UnknownScopeReasons.Category
                : diagnostic.Properties.TryGetValue(DiagnosticProperties.EvidenceTier, out var tier) && tier == "Name");

        /// <summary>The offered categories, those the feature's name suggests first.</summary>
        private static IEnumerable<(string Id, string DisplayName)> InOrderFor(Diagnostic diagnostic)
        {
            var suggested = diagnostic.Properties.TryGetValue(DiagnosticProperties.SuggestedCategories, out var categories) && !string.IsNullOrEmpty(categories)
                ? categories!.Split(',')
                : System.Array.Empty<string>();
            return Offered.OrderBy(c => System.Array.IndexOf(suggested, c.Id) is var index && index >= 0 ? index : suggested.Length);
        }

        /// <summary>Fix All: the same category on every feature of the scope (each once), the attribute declared once per project.</summary>
        private sealed class CategoryFixAllProvider : FixAllProvider
        {
            public static readonly CategoryFixAllProvider Instance = new CategoryFixAllProvider();

            public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

            public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
            {
                var key = fixAllContext.CodeActionEquivalenceKey;
                var category = Offered.FirstOrDefault(c => EquivalenceKeyFor(c.Id) == key);
                if (category.Id is null)
                {
                    return null;
                }

                var documents = fixAllContext.Scope switch
                {
                    FixAllScope.Document when fixAllContext.Document is not null => new[] { fixAllContext.Document },
                    FixAllScope.Project => fixAllContext.Project.Documents.ToArray(),
                    FixAllScope.Solution => fixAllContext.Solution.Projects.SelectMany(p => p.Documents).ToArray(),
                    _ => System.Array.Empty<Document>(),
                };

                var targets = new List<DeclarationTarget>();
                foreach (var document in documents)
                {
                    foreach (var diagnostic in (await fixAllContext.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)).Where(IsCategoryUnknown))
                    {
                        if (await CategoryDeclaration.FindAsync(document, diagnostic.Location.SourceSpan, fixAllContext.CancellationToken).ConfigureAwait(false) is { } target)
                        {
                            targets.Add(target);
                        }
                    }
                }

                return targets.Count == 0
                    ? null
                    : CodeAction.Create(TitleFor(category.DisplayName), ct => CategoryDeclaration.ApplyAsync(fixAllContext.Solution, targets, category.Id, ct), key);
            }
        }
    }
}
