using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using SanctionsAnalyzers.Analysis;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    /// <summary>
    /// The analyzer's embedded data, read from its assembly's resources: the policy map's categories and version
    /// (Resources/PolicyMap.xml) and the API catalog (Resources/ServiceCatalog.xml).
    /// </summary>
    public sealed class PolicyData
    {
        private static readonly Lazy<PolicyData> EmbeddedData = new Lazy<PolicyData>(Load);

        private PolicyData(string version, IReadOnlyDictionary<string, string> categories, IReadOnlyList<CatalogEntry> catalog)
        {
            Version = version;
            Categories = categories;
            Catalog = catalog;
        }

        public static PolicyData Embedded => EmbeddedData.Value;

        public static Assembly AnalyzerAssembly => typeof(GeoBlockAnalyzer).Assembly;

        /// <summary>The policy map's version, such as 2026.11.0.</summary>
        public string Version { get; }

        /// <summary>Category id → display name.</summary>
        public IReadOnlyDictionary<string, string> Categories { get; }

        public IReadOnlyList<CatalogEntry> Catalog { get; }

        public static string AnalyzerVersion =>
            AnalyzerAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
            ?? AnalyzerAssembly.GetName().Version?.ToString() ?? "";

        /// <summary>
        /// What the embedded catalog says about a package id: the APIs whose <c>package</c> attribute names it (all of
        /// their categories), else the API whose namespace the id is or extends ("Microsoft.AspNetCore.SignalR.Client",
        /// "SendGrid.Extensions.DependencyInjection"; the longest namespace wins), or whose namespace's single-segment
        /// root it is ("MailKit" for MailKit.Net.Smtp).
        /// </summary>
        public CatalogEntry? FindPackage(string packageId)
        {
            var declared = Catalog.Where(e => string.Equals(e.Package, packageId, StringComparison.OrdinalIgnoreCase)).ToList();
            if (declared.Count > 0)
            {
                return new CatalogEntry(
                    declared[0].Namespace,
                    declared[0].Type,
                    string.Join(", ", declared.Select(e => e.Family).Distinct(StringComparer.Ordinal)),
                    declared.SelectMany(e => e.Categories).Distinct(StringComparer.Ordinal).ToList(),
                    packageId);
            }

            return Catalog
                .Where(e => string.Equals(packageId, e.Namespace, StringComparison.OrdinalIgnoreCase)
                    || packageId.StartsWith(e.Namespace + ".", StringComparison.OrdinalIgnoreCase)
                    || (packageId.IndexOf('.') < 0 && e.Namespace.StartsWith(packageId + ".", StringComparison.OrdinalIgnoreCase)))
                .OrderByDescending(e => e.Namespace.Length)
                .FirstOrDefault();
        }

        private static PolicyData Load()
        {
            var policy = LoadXml("PolicyMap.xml");
            var version = (string?)policy.Attribute("version") ?? "";
            var categories = policy.Element("categories")?.Elements("category")
                .ToDictionary(c => (string?)c.Attribute("id") ?? "", c => (string?)c.Attribute("name") ?? "", StringComparer.Ordinal)
                ?? new Dictionary<string, string>();

            var catalog = new List<CatalogEntry>();
            foreach (var api in LoadXml("ServiceCatalog.xml").Elements("api"))
            {
                var type = (string?)api.Attribute("type");
                var ns = (string?)api.Attribute("namespace");
                if (ns is null && type is not null)
                {
                    var dot = type.LastIndexOf('.');
                    ns = dot > 0 ? type.Substring(0, dot) : type;
                }

                if (ns is null)
                {
                    continue;
                }

                var ids = ((string?)api.Attribute("categories") ?? "").Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
                var package = (string?)api.Attribute("package");
                catalog.Add(new CatalogEntry(ns, type, (string?)api.Attribute("family") ?? ns, ids, package is null || package.StartsWith("(", StringComparison.Ordinal) ? null : package));
            }

            return new PolicyData(version, categories, catalog);
        }

        private static XElement LoadXml(string fileName)
        {
            var name = "SanctionsAnalyzers.Resources." + fileName;
            using var stream = AnalyzerAssembly.GetManifestResourceStream(name)
                ?? throw new CliException("configuration", "the analyzer assembly has no embedded resource " + name);
            return XDocument.Load(stream).Root ?? throw new CliException("configuration", name + " is empty");
        }
    }

    /// <summary>One API of the embedded catalog.</summary>
    public sealed class CatalogEntry
    {
        public CatalogEntry(string @namespace, string? type, string family, IReadOnlyList<string> categories, string? package = null)
        {
            Package = package;
            Namespace = @namespace;
            Type = type;
            Family = family;
            Categories = categories;
        }

        public string Namespace { get; }

        public string? Type { get; }

        public string Family { get; }

        /// <summary>The NuGet package the API ships in, when the catalog says so.</summary>
        public string? Package { get; }

        public IReadOnlyList<string> Categories { get; }
    }
}
