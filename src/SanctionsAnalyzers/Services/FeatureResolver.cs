using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;

namespace SanctionsAnalyzers.Services
{
    /// <summary>Infers what a feature (a method and its type) provides, from the catalogued APIs it uses.</summary>
    internal static class FeatureResolver
    {
        private static readonly SymbolDisplayFormat NameFormat = new SymbolDisplayFormat(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameOnly,
            memberOptions: SymbolDisplayMemberOptions.IncludeContainingType);

        public static Feature Resolve(ISymbol owner, ImmutableArray<IOperation> operationBlocks, SanctionsCompilationContext context)
        {
            var evidence = new List<CategoryEvidence>();
            var seen = new HashSet<string>();

            if (owner.ContainingType is { } type && context.FindBaseTypeApi(type, out var matchedBase) is { } baseApi)
            {
                foreach (var category in baseApi.Categories)
                {
                    Add(evidence, seen, new CategoryEvidence(category, EvidenceStrength.KnownApi, "derives from " + matchedBase!.ToDisplayString() + " (" + baseApi.Family + ")"));
                }
            }

            foreach (var block in operationBlocks)
            {
                foreach (var operation in block.DescendantsAndSelf())
                {
                    var member = CalledMember(operation);
                    if (member?.ContainingType is null || context.FindCalledApi(member.ContainingType) is not { } api)
                    {
                        continue;
                    }

                    foreach (var category in api.Categories)
                    {
                        Add(evidence, seen, new CategoryEvidence(category, EvidenceStrength.KnownApi, "uses " + member.ContainingType.ToDisplayString() + "." + member.Name + " (" + api.Family + ")"));
                    }
                }
            }

            return new Feature(owner, owner.ToDisplayString(NameFormat), evidence.ToImmutableArray());
        }

        private static ISymbol? CalledMember(IOperation operation) => operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IObjectCreationOperation creation => creation.Constructor,
            IPropertyReferenceOperation property => property.Property,
            IMethodReferenceOperation method => method.Method,
            _ => null,
        };

        private static void Add(List<CategoryEvidence> evidence, HashSet<string> seen, CategoryEvidence item)
        {
            // Keep the first (strongest, earliest) evidence per category.
            if (seen.Add(item.Category.Id))
            {
                evidence.Add(item);
            }
        }
    }
}
