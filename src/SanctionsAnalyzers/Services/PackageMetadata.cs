using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Analysis;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Services
{
    /// <summary>
    /// Compliance metadata a package author declared (docs/package-authors.md), read from an assembly's
    /// <c>AssemblyMetadata</c> attributes. It describes that assembly only.
    /// </summary>
    internal sealed class PackageMetadata
    {
        public const string CategoriesKey = "SanctionsAnalyzers.ServiceCategories";
        public const string ClassificationKey = "SanctionsAnalyzers.ExportClassification";
        public const string VersionKey = "SanctionsAnalyzers.MetadataVersion";

        private const string KeyPrefix = "SanctionsAnalyzers.";

        private static readonly Regex Eccn = new Regex(@"^[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*$", RegexOptions.CultureInvariant);

        private PackageMetadata(IAssemblySymbol assembly, ImmutableArray<ServiceCategory> categories, string? classification, ImmutableArray<MetadataProblem> problems)
        {
            Assembly = assembly;
            Categories = categories;
            Classification = classification;
            Problems = problems;
        }

        public IAssemblySymbol Assembly { get; }

        /// <summary>The valid declared categories.</summary>
        public ImmutableArray<ServiceCategory> Categories { get; }

        public string? Classification { get; }

        /// <summary>Unknown categories and malformed values, each with the attribute that holds it.</summary>
        public ImmutableArray<MetadataProblem> Problems { get; }

        /// <summary>An ECCN other than EAR99 / 5D992.c: valid metadata, but outside the communications authorizations.</summary>
        public bool OutsideAuthorization =>
            Classification is not null && IsValidClassification(Classification)
            && !string.Equals(Classification, "EAR99", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Classification, "5D992.c", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(Classification, "not-subject-to-EAR", StringComparison.OrdinalIgnoreCase);

        /// <summary>The assembly's metadata, or null when it declares none.</summary>
        public static PackageMetadata? Read(IAssemblySymbol assembly, PolicyMap policy)
        {
            var categories = ImmutableArray.CreateBuilder<ServiceCategory>();
            var problems = ImmutableArray.CreateBuilder<MetadataProblem>();
            string? classification = null;
            var declared = false;

            foreach (var attribute in assembly.GetAttributes())
            {
                // The name first: the display string is built only for the few AssemblyMetadata attributes.
                if (attribute.AttributeClass?.Name != "AssemblyMetadataAttribute"
                    || attribute.AttributeClass.ToDisplayString() != "System.Reflection.AssemblyMetadataAttribute"
                    || attribute.ConstructorArguments.Length != 2
                    || attribute.ConstructorArguments[0].AsString() is not string key)
                {
                    continue;
                }

                var value = attribute.ConstructorArguments[1].AsString();
                switch (key)
                {
                    case CategoriesKey:
                        declared = true;
                        foreach (var entry in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            var id = entry.Trim();
                            if (id.Length == 0)
                            {
                                continue;
                            }

                            // Category ids are lowercase; "Chat" is the same category, as in .globalconfig keys.
                            var category = policy.FindCategory(id.ToLowerInvariant());
                            if (category is null)
                            {
                                problems.Add(new MetadataProblem(attribute, CategoriesKey, id, "is not a category of the policy map (see docs/policy-map.md)"));
                            }
                            else if (!categories.Contains(category))
                            {
                                categories.Add(category);
                            }
                        }

                        break;
                    case ClassificationKey:
                        declared = true;
                        classification = value?.Trim();
                        if (classification is null || !IsValidClassification(classification))
                        {
                            problems.Add(new MetadataProblem(attribute, ClassificationKey, value ?? string.Empty, "is not EAR99, 5D992.c, not-subject-to-EAR or an ECCN such as 5D002"));
                        }

                        break;
                    case VersionKey:
                        declared = true;
                        if (value?.Trim() != "1")
                        {
                            problems.Add(new MetadataProblem(attribute, VersionKey, value ?? string.Empty, "is not a supported metadata version (1)"));
                        }

                        break;
                    default:
                        // A misspelt key of ours ("SanctionsAnalyzers.ServiceCategory") would otherwise be ignored.
                        if (key.StartsWith(KeyPrefix, StringComparison.OrdinalIgnoreCase))
                        {
                            declared = true;
                            problems.Add(new MetadataProblem(attribute, key, value ?? string.Empty, "is not a SanctionsAnalyzers metadata key (" + CategoriesKey + ", " + ClassificationKey + ", " + VersionKey + ")"));
                        }

                        break;
                }
            }

            return declared ? new PackageMetadata(assembly, categories.ToImmutable(), classification, problems.ToImmutable()) : null;
        }

        public static bool IsValidClassification(string value) =>
            string.Equals(value, "EAR99", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "not-subject-to-EAR", StringComparison.OrdinalIgnoreCase)
            || Eccn.IsMatch(value);
    }

    /// <summary>One bad value in package metadata.</summary>
    internal sealed class MetadataProblem
    {
        public MetadataProblem(AttributeData attribute, string key, string value, string reason)
        {
            Attribute = attribute;
            Key = key;
            Value = value;
            Reason = reason;
        }

        public AttributeData Attribute { get; }

        public string Key { get; }

        public string Value { get; }

        public string Reason { get; }

        /// <summary>The attribute in source for the declaring project; none for a referenced assembly.</summary>
        public Location Location => Attribute.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? Location.None;
    }
}
