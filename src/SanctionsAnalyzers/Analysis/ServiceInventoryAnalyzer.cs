using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Configuration;
using SanctionsAnalyzers.Rules;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Analysis
{
    /// <summary>
    /// SANC2001: the services the project provides (types deriving from a catalogued base, such as SignalR hubs)
    /// and references (calls into catalogued APIs or packages with compliance metadata, service hosts).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ServiceInventoryAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(ServiceInventoryRule.Descriptor);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);

            context.RegisterCompilationStartAction(start =>
            {
                var sanctions = SanctionsCompilationContext.TryCreate(start.Compilation, start.Options, start.CancellationToken);
                if (sanctions is null)
                {
                    return;
                }

                var skipGenerated = AnalyzerSettings.SkipsGeneratedCode(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);

                // Provided services: types deriving from a catalogued base, when the compilation can see one.
                if (sanctions.HasBaseTypeApis)
                {
                    start.RegisterSymbolAction(symbol =>
                    {
                        var type = (INamedTypeSymbol)symbol.Symbol;
                        if (sanctions.FindBaseTypeApi(type, out var matched) is { } api && type.Locations.FirstOrDefault() is { IsInSource: true } location)
                        {
                            symbol.ReportDiagnostic(ServiceInventoryRule.Create(
                                location,
                                type.Name,
                                provides: true,
                                GeoBlockText.JoinNames(api.Categories.Select(c => c.DisplayName)),
                                string.Join(",", api.Categories.Select(c => c.Id)),
                                "derives from " + matched!.ToDisplayString() + ", " + api.Family));
                        }
                    }, SymbolKind.NamedType);
                }

                // Referenced services: only files that name one get operation trees, and a compilation where none does
                // registers no per-method work at all.
                var scanner = new ServiceScanner(sanctions, start.CancellationToken);
                if (!scanner.AnyMention(start.CancellationToken))
                {
                    return;
                }

                start.RegisterCodeBlockAction(block =>
                {
                    if ((skipGenerated && block.IsGeneratedCode) || !scanner.MentionsAService(block.CodeBlock.SyntaxTree, block.CancellationToken)
                        || block.SemanticModel.GetOperation(block.CodeBlock, block.CancellationToken) is not { } body)
                    {
                        return;
                    }

                    string? feature = null;
                    HashSet<string>? reported = null;
                    foreach (var operation in body.DescendantsAndSelf())
                    {
                        if (Describe(operation, block.OwningSymbol, sanctions) is not { } use || !(reported ??= new HashSet<string>()).Add(use.Family))
                        {
                            continue;
                        }

                        feature ??= FeatureResolver.NameOf(block.OwningSymbol);

                        block.ReportDiagnostic(ServiceInventoryRule.Create(
                            operation.Syntax.GetLocation(),
                            feature,
                            provides: false,
                            GeoBlockText.JoinNames(use.Categories.Select(c => c.DisplayName)),
                            string.Join(",", use.Categories.Select(c => c.Id)),
                            use.Evidence));
                    }
                });
            });
        }

        private static bool IsInside(ISymbol owner, CatalogApi api)
        {
            var ns = owner.ContainingNamespace?.ToDisplayString() ?? string.Empty;
            var apiNamespace = api.NamespaceName ?? api.TypeName!.Substring(0, System.Math.Max(0, api.TypeName!.LastIndexOf('.')));
            return ns == apiNamespace || ns.StartsWith(apiNamespace + ".", System.StringComparison.Ordinal);
        }

        /// <summary>The service an operation uses: a catalogued API, a package with metadata, or a service host.</summary>
        private static (string Family, ImmutableArray<Model.ServiceCategory> Categories, string Evidence)? Describe(IOperation operation, ISymbol owner, SanctionsCompilationContext sanctions)
        {
            if (operation is ILiteralOperation { ConstantValue: { HasValue: true, Value: string literal } } && sanctions.Catalog.MatchHost(literal) is { } host)
            {
                return (host.Family, host.Categories, "host " + host.Name + " (" + host.Family + ")");
            }

            ISymbol? member = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IObjectCreationOperation creation => creation.Constructor,
                _ => null,
            };

            if (member?.ContainingType is null)
            {
                return null;
            }

            if (sanctions.MetadataOf(member.ContainingAssembly) is { Categories.IsEmpty: false } metadata)
            {
                return (metadata.Assembly.Name, metadata.Categories, "package metadata of " + metadata.Assembly.Name
                    + (metadata.Classification is null ? string.Empty : ", " + metadata.Classification));
            }

            // Code inside the API's own namespace is the API itself (a vendored copy, a stub), not a use of it.
            return sanctions.FindCalledApi(member.ContainingType) is { } api && !IsInside(owner, api)
                ? (api.Family, api.Categories, member.ContainingType.ToDisplayString() + "." + member.Name + " (" + api.Family + ")")
                : null;
        }
    }
}
