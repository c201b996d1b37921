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
        /// The catalogued API family a package id belongs to. The catalog names namespaces and types, not package ids:
        /// a package matches when its id is the API's namespace, extends it ("Microsoft.AspNetCore.SignalR.Client",
        /// "Stripe.net"), or is the single-segment root of it ("MailKit" for MailKit.Net.Smtp).
        /// </summary>
        public CatalogEntry? FindPackage(string packageId)
        {
            foreach (var entry in Catalog)
            {
                var ns = entry.Namespace;
                if (string.Equals(packageId, ns, StringComparison.OrdinalIgnoreCase)
                    || packageId.StartsWith(ns + ".", StringComparison.OrdinalIgnoreCase)
                    || (packageId.IndexOf('.') < 0 && ns.StartsWith(packageId + ".", StringComparison.OrdinalIgnoreCase)))
                {
                    return entry;
                }
            }

            return null;
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
                catalog.Add(new CatalogEntry(ns, type, (string?)api.Attribute("family") ?? ns, ids));
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
        public CatalogEntry(string @namespace, string? type, string family, IReadOnlyList<string> categories)
        {
            Namespace = @namespace;
            Type = type;
            Family = family;
            Categories = categories;
        }

        public string Namespace { get; }

        public string? Type { get; }

        public string Family { get; }

        public IReadOnlyList<string> Categories { get; }
    }
}
