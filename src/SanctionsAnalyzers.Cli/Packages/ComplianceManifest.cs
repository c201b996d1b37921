using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NuGet.Versioning;
using SanctionsAnalyzers.Cli.Infrastructure;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>
    /// sanctions/compliance.json inside a .nupkg (docs/package-authors.md): schemaVersion 1, packageId, packageVersion,
    /// serviceCategories (ids of the policy map), exportClassification.
    /// </summary>
    public sealed class ComplianceManifest
    {
        public const string EntryName = "sanctions/compliance.json";
        public const long MaxBytes = 1L << 20;

        private static readonly Regex Eccn = new Regex(@"^[0-9][A-E][0-9]{3}(\.[a-z0-9]+)*$", RegexOptions.CultureInvariant);

        public int? SchemaVersion { get; private set; }

        public string? PackageId { get; private set; }

        public string? PackageVersion { get; private set; }

        public List<string> ServiceCategories { get; } = new List<string>();

        public string? ExportClassification { get; private set; }

        /// <summary>Each check by id: null when it passed, else what is wrong.</summary>
        public List<(string Check, string? Error)> Checks { get; } = new List<(string, string?)>();

        public bool IsValid => Checks.All(c => c.Error is null);

        public IEnumerable<string> Errors => Checks.Where(c => c.Error is not null).Select(c => c.Error!);

        /// <summary>EAR99, 5D992.c, not-subject-to-EAR, or an ECCN such as 5D002 (optionally with .x suffixes).</summary>
        public static bool IsValidClassification(string value) =>
            string.Equals(value, "EAR99", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "not-subject-to-EAR", StringComparison.OrdinalIgnoreCase)
            || Eccn.IsMatch(value);

        /// <summary>Within the communications authorizations of 31 CFR 560.540 (software must be EAR99 or 5D992.c).</summary>
        public static bool IsWithinAuthorization(string value) =>
            string.Equals(value, "EAR99", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "5D992.c", StringComparison.OrdinalIgnoreCase)
            || string.Equals(value, "not-subject-to-EAR", StringComparison.OrdinalIgnoreCase);

        public static ComplianceManifest Parse(byte[] bytes, string expectedId, NuGetVersion expectedVersion, PolicyData policy)
        {
            var manifest = new ComplianceManifest();
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            }
            catch (JsonException e)
            {
                manifest.Checks.Add(("manifest-json", "sanctions/compliance.json is not valid JSON: " + CliApp.FirstLine(e.Message)));
                return manifest;
            }

            using (document)
            {
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object)
                {
                    manifest.Checks.Add(("manifest-json", "sanctions/compliance.json must hold a JSON object, not " + root.ValueKind.ToString().ToLowerInvariant()));
                    return manifest;
                }

                manifest.Checks.Add(("manifest-json", null));

                if (root.TryGetProperty("schemaVersion", out var schema) && schema.ValueKind == JsonValueKind.Number && schema.TryGetInt32(out var version))
                {
                    manifest.SchemaVersion = version;
                    manifest.Checks.Add(("manifest-schema-version", version == 1 ? null : "schemaVersion is " + version + "; this tool reads schemaVersion 1"));
                }
                else
                {
                    manifest.Checks.Add(("manifest-schema-version", "schemaVersion is missing or not a number (must be 1)"));
                }

                manifest.PackageId = StringProperty(root, "packageId");
                manifest.PackageVersion = StringProperty(root, "packageVersion");
                string? identityError = null;
                if (manifest.PackageId is null || manifest.PackageVersion is null)
                {
                    identityError = "packageId and packageVersion must be strings";
                }
                else if (!string.Equals(manifest.PackageId, expectedId, StringComparison.OrdinalIgnoreCase))
                {
                    identityError = "packageId '" + manifest.PackageId + "' is not the package's id '" + expectedId + "'";
                }
                else if (!NuGetVersion.TryParse(manifest.PackageVersion, out var declared) || !declared.Equals(expectedVersion))
                {
                    identityError = "packageVersion '" + manifest.PackageVersion + "' is not the package's version '" + expectedVersion.ToNormalizedString() + "'";
                }

                manifest.Checks.Add(("manifest-identity", identityError));

                string? categoriesError = null;
                if (!root.TryGetProperty("serviceCategories", out var categories) || categories.ValueKind != JsonValueKind.Array)
                {
                    categoriesError = "serviceCategories must be an array of category ids";
                }
                else
                {
                    var unknown = new List<string>();
                    foreach (var item in categories.EnumerateArray())
                    {
                        if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
                        {
                            categoriesError = "serviceCategories must hold strings only";
                            break;
                        }

                        var id = item.GetString()!.Trim();
                        if (!policy.Categories.ContainsKey(id))
                        {
                            unknown.Add(id);
                        }
                        else if (!manifest.ServiceCategories.Contains(id))
                        {
                            manifest.ServiceCategories.Add(id);
                        }
                    }

                    if (categoriesError is null && unknown.Count > 0)
                    {
                        categoriesError = "serviceCategories names " + string.Join(", ", unknown.Select(u => "'" + u + "'"))
                            + ", not a category of the policy map (docs/policy-map.md)";
                    }
                }

                manifest.Checks.Add(("manifest-categories", categoriesError));

                manifest.ExportClassification = StringProperty(root, "exportClassification");
                string? classificationError = null;
                if (root.TryGetProperty("exportClassification", out var classification) && classification.ValueKind != JsonValueKind.String)
                {
                    classificationError = "exportClassification must be a string";
                }
                else if (manifest.ExportClassification is null)
                {
                    classificationError = "exportClassification is missing (EAR99, 5D992.c, not-subject-to-EAR or an ECCN such as 5D002)";
                }
                else if (!IsValidClassification(manifest.ExportClassification))
                {
                    classificationError = "exportClassification '" + manifest.ExportClassification + "' is not EAR99, 5D992.c, not-subject-to-EAR or an ECCN such as 5D002";
                }

                manifest.Checks.Add(("manifest-classification", classificationError));
            }

            return manifest;
        }

        private static string? StringProperty(JsonElement root, string name) =>
            root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : null;
    }
}
