using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;
using SanctionsAnalyzers.Cli.Scanning;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>
    /// <c>validate &lt;nupkg&gt;</c>: a package author's compliance manifest and assembly metadata, as consumers and
    /// <c>audit</c> will read them (docs/package-authors.md). Failures are SANC3001 errors.
    /// </summary>
    internal static class ValidateCommand
    {
        public const string RuleId = "SANC3001";

        public static Report Run(CliOptions options)
        {
            var path = Path.GetFullPath(options.Path!);
            if (Directory.Exists(path) || !File.Exists(path))
            {
                throw new CliException("usage", "package not found: " + options.Path + " (validate takes a .nupkg file)");
            }

            var folder = Path.GetDirectoryName(path)!;
            var root = PathHelper.FindUp(folder, ".git") ?? folder;
            var relative = PathHelper.Relative(root, path);
            var report = new Report
            {
                Command = "validate",
                Target = path,
                Root = root,
                Checks = new List<ValidationCheck>(),
                Packages = new List<PackageEntry>(),
                Rules = PackageRules.All(),
            };

            SafePackage package;
            try
            {
                package = SafePackage.Open(path, relative);
            }
            catch (PackageException e)
            {
                report.Checks.Add(new ValidationCheck { Id = "package-readable", Description = "package opens as a NuGet package", Outcome = "fail", Message = e.Message });
                report.Problems.Add(new Problem { Kind = "package", Path = relative, Message = "package: " + e.Message });
                return report;
            }

            using (package)
            {
                var policy = PolicyData.Embedded;
                var entry = new PackageEntry { Id = package.Identity.Id, Version = package.Identity.Version.ToNormalizedString(), ReadFrom = "file" };
                report.Packages.Add(entry);
                Pass(report, "package-readable", "package opens as a NuGet package", package.Identity.Id + " " + entry.Version);

                void Fail(string id, string description, string message, Severity severity = Severity.Error)
                {
                    report.Checks.Add(new ValidationCheck { Id = id, Description = description, Outcome = severity == Severity.Error ? "fail" : "warn", Message = message });
                    report.Findings.Add(PackageRules.Finding(severity, package.Identity.Id + " " + entry.Version + ": " + message, relative, id));
                }

                byte[]? bytes;
                try
                {
                    bytes = package.Read(ComplianceManifest.EntryName, ComplianceManifest.MaxBytes);
                }
                catch (PackageException e)
                {
                    report.Problems.Add(new Problem { Kind = "package", Path = relative, Message = "package: " + e.Message });
                    return report;
                }

                ComplianceManifest? manifest = null;
                if (bytes is null)
                {
                    Fail("manifest-present", "sanctions/compliance.json is in the package",
                        "no sanctions/compliance.json in the package: set SanctionsServiceCategories and SanctionsExportClassification in the project and pack with SanctionsAnalyzers referenced");
                    entry.Status = "unknown";
                }
                else
                {
                    Pass(report, "manifest-present", "sanctions/compliance.json is in the package", null);
                    manifest = ComplianceManifest.Parse(bytes, package.Identity.Id, package.Identity.Version, policy);
                    foreach (var (check, error) in manifest.Checks)
                    {
                        var description = CheckDescriptions.TryGetValue(check, out var d) ? d : check;
                        if (error is null)
                        {
                            Pass(report, check, description, null);
                        }
                        else
                        {
                            Fail(check, description, error);
                        }
                    }

                    entry.Status = manifest.IsValid ? "declared" : "invalid";
                    entry.Categories = manifest.ServiceCategories.ToList();
                    entry.ExportClassification = manifest.ExportClassification;
                    entry.Evidence = ComplianceManifest.EntryName;
                    if (manifest.IsValid && manifest.ExportClassification is not null && !ComplianceManifest.IsWithinAuthorization(manifest.ExportClassification))
                    {
                        Fail("classification-authorization", "export classification is within 31 CFR 560.540 (EAR99 or 5D992.c)",
                            "exportClassification " + manifest.ExportClassification + " is valid but outside the communications authorizations: consumers' features using this package get the verdict \"not covered\"",
                            Severity.Info);
                    }
                }

                CheckAssemblies(package, manifest, report, Fail);
            }

            return report;
        }

        private static void CheckAssemblies(SafePackage package, ComplianceManifest? manifest, Report report, Action<string, string, string, Severity> fail)
        {
            const string description = "assemblies' AssemblyMetadata agrees with the manifest";
            var assemblies = package.EntryNames
                .Where(n => (n.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) || n.StartsWith("ref/", StringComparison.OrdinalIgnoreCase))
                    && n.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                    && !n.EndsWith(".resources.dll", StringComparison.OrdinalIgnoreCase))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();
            if (assemblies.Count == 0)
            {
                fail("assembly-metadata", description, "no assemblies in lib/ or ref/: consumers' analyzers read the metadata from referenced assemblies, so only the manifest describes this package", Severity.Info);
                return;
            }

            var problems = 0;
            foreach (var name in assemblies)
            {
                byte[]? bytes;
                try
                {
                    bytes = package.Read(name, SafePackage.MaxEntryBytes);
                }
                catch (PackageException e)
                {
                    report.Problems.Add(new Problem { Kind = "package", Path = package.Display, Message = "package: " + e.Message });
                    problems++;
                    continue;
                }

                var metadata = bytes is null ? null : AssemblyMetadataReader.Read(bytes);
                if (metadata is null)
                {
                    fail("assembly-metadata", description, name + " is not a readable .NET assembly", Severity.Warning);
                    problems++;
                    continue;
                }

                metadata.TryGetValue(AssemblyMetadataReader.VersionKey, out var version);
                metadata.TryGetValue(AssemblyMetadataReader.CategoriesKey, out var categories);
                metadata.TryGetValue(AssemblyMetadataReader.ClassificationKey, out var classification);
                if (version is null && categories is null && classification is null)
                {
                    fail("assembly-metadata", description, name + " carries no SanctionsAnalyzers AssemblyMetadata: consumers' analyzers will not see the package's categories", Severity.Warning);
                    problems++;
                    continue;
                }

                var issues = new List<string>();
                if (version?.Trim() != "1")
                {
                    issues.Add(AssemblyMetadataReader.VersionKey + " is '" + version + "', not 1");
                }

                if (manifest is not null)
                {
                    var declared = (categories ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0)
                        .Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToList();
                    var expected = manifest.ServiceCategories.OrderBy(c => c, StringComparer.Ordinal).ToList();
                    if (!declared.SequenceEqual(expected, StringComparer.Ordinal))
                    {
                        issues.Add(AssemblyMetadataReader.CategoriesKey + " is '" + categories + "', the manifest says '" + string.Join(";", manifest.ServiceCategories) + "'");
                    }

                    if (!string.Equals(classification?.Trim(), manifest.ExportClassification, StringComparison.OrdinalIgnoreCase))
                    {
                        issues.Add(AssemblyMetadataReader.ClassificationKey + " is '" + classification + "', the manifest says '" + manifest.ExportClassification + "'");
                    }
                }

                foreach (var unknown in (categories ?? "").Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim())
                    .Where(c => c.Length > 0 && !PolicyData.Embedded.Categories.ContainsKey(c)))
                {
                    issues.Add("category '" + unknown + "' is not in the policy map");
                }

                if (classification is not null && !ComplianceManifest.IsValidClassification(classification.Trim()))
                {
                    issues.Add("classification '" + classification + "' is not EAR99, 5D992.c, not-subject-to-EAR or an ECCN");
                }

                if (issues.Count > 0)
                {
                    fail("assembly-metadata", description, name + ": " + string.Join("; ", issues), Severity.Error);
                    problems++;
                }
            }

            if (problems == 0)
            {
                Pass(report, "assembly-metadata", description, string.Join(", ", assemblies));
            }
        }

        private static void Pass(Report report, string id, string description, string? message) =>
            report.Checks!.Add(new ValidationCheck { Id = id, Description = description, Outcome = "pass", Message = message });

        private static readonly Dictionary<string, string> CheckDescriptions = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["manifest-json"] = "manifest is a JSON object",
            ["manifest-schema-version"] = "manifest schemaVersion is 1",
            ["manifest-identity"] = "manifest packageId and packageVersion match the .nuspec",
            ["manifest-categories"] = "serviceCategories are categories of the policy map",
            ["manifest-classification"] = "exportClassification is valid",
        };
    }

    /// <summary>The SANC3001 rule as the analyzer describes it, for audit and validate findings.</summary>
    internal static class PackageRules
    {
        private static readonly Lazy<List<RuleInfo>> Rules = new Lazy<List<RuleInfo>>(Load);

        public static List<RuleInfo> All() => Rules.Value.ToList();

        private static List<RuleInfo> Load()
        {
            var rules = AnalyzerSet.Discover().Descriptors.Select(AnalyzerSet.ToRule).Where(r => r.Id.StartsWith("SANC3", StringComparison.Ordinal)).ToList();
            if (!rules.Any(r => r.Id == ValidateCommand.RuleId))
            {
                rules.Add(new RuleInfo
                {
                    Id = ValidateCommand.RuleId,
                    Title = "Invalid package compliance metadata",
                    HelpUri = "https://github.com/SanctionsAnalyzers/SanctionsAnalyzers/blob/main/docs/package-authors.md",
                    Category = "Sanctions.PackageMetadata",
                    DefaultSeverity = Severity.Warning,
                });
            }

            return rules;
        }

        public static Finding Finding(Severity severity, string message, string file, string check)
        {
            var rule = Rules.Value.First(r => r.Id == ValidateCommand.RuleId);
            return new Finding
            {
                RuleId = rule.Id,
                Title = rule.Title,
                Severity = SeverityLevels.Name(severity),
                Message = message,
                Location = new SourceLocation { File = file },
                HelpUri = rule.HelpUri,
                Category = rule.Category,
                Properties = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["Check"] = check },
            };
        }
    }
}
