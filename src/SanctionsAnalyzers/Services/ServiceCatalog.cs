using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Services
{
    /// <summary>How a feature uses a catalogued API.</summary>
    internal enum ApiUse
    {
        /// <summary>The feature's type derives from the API type (a SignalR hub).</summary>
        BaseType,

        /// <summary>The feature calls, creates or reads members of the API.</summary>
        Call,
    }

    /// <summary>The embedded catalog of well-known communication and payment APIs (Resources/ServiceCatalog.xml).</summary>
    internal sealed class ServiceCatalog
    {
        private static readonly Lazy<ServiceCatalog> EmbeddedCatalog = new Lazy<ServiceCatalog>(() => Load(PolicyMap.Embedded), isThreadSafe: true);

        public ServiceCatalog(ImmutableArray<CatalogApi> apis, ImmutableArray<CatalogHost> hosts, NameVocabulary vocabulary)
        {
            Apis = apis;
            Hosts = hosts;
            Vocabulary = vocabulary;
        }

        public static ServiceCatalog Embedded => EmbeddedCatalog.Value;

        public ImmutableArray<CatalogApi> Apis { get; }

        public ImmutableArray<CatalogHost> Hosts { get; }

        /// <summary>Words in names that say what service a feature provides (Resources/NameVocabulary.txt).</summary>
        public NameVocabulary Vocabulary { get; }

        /// <summary>The service a string literal names by its host ("https://api.twilio.com/2010-04-01/..."), if any.</summary>
        public CatalogHost? MatchHost(string literal)
        {
            if (literal.Length < 4 || literal.Length > 2048 || literal.IndexOf('.') < 0)
            {
                return null;
            }

            var host = Uri.TryCreate(literal, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Host) ? uri.Host : literal;
            foreach (var candidate in Hosts)
            {
                if (candidate.Matches(host))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static ServiceCatalog Load(PolicyMap policy)
        {
            using var stream = EmbeddedResources.Open("ServiceCatalog.xml");
            var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("ServiceCatalog.xml has no root.");
            var apis = root.Elements("api").Select(e => ReadApi(e, policy)).ToImmutableArray();
            var hosts = root.Elements("host")
                .Select(e => new CatalogHost(Attr(e, "name"), Categories(e, policy), Attr(e, "family")))
                .ToImmutableArray();
            return new ServiceCatalog(apis, hosts, NameVocabulary.Embedded);
        }

        private static ImmutableArray<ServiceCategory> Categories(XElement element, PolicyMap policy) =>
            ((string?)element.Attribute("categories") ?? string.Empty)
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => policy.FindCategory(id) ?? throw new InvalidDataException("ServiceCatalog.xml names unknown category '" + id + "'."))
                .ToImmutableArray();

        private static string Attr(XElement element, string name) =>
            (string?)element.Attribute(name) ?? throw new InvalidDataException("ServiceCatalog.xml <" + element.Name + "> lacks '" + name + "'.");

        private static CatalogApi ReadApi(XElement element, PolicyMap policy)
        {
            var typeName = (string?)element.Attribute("type");
            var namespaceName = (string?)element.Attribute("namespace");
            if ((typeName is null) == (namespaceName is null))
            {
                throw new InvalidDataException("ServiceCatalog.xml <api> needs exactly one of 'type' or 'namespace'.");
            }

            var use = (string?)element.Attribute("use") switch
            {
                "base-type" => ApiUse.BaseType,
                "call" => ApiUse.Call,
                var other => throw new InvalidDataException("Unknown api use '" + other + "'."),
            };

            var categories = Categories(element, policy);
            var family = (string?)element.Attribute("family") ?? throw new InvalidDataException("ServiceCatalog.xml <api> lacks 'family'.");
            return new CatalogApi(typeName, namespaceName, use, categories, family);
        }
    }

    /// <summary>One catalogued API: a type or a whole namespace.</summary>
    internal sealed class CatalogApi
    {
        public CatalogApi(string? typeName, string? namespaceName, ApiUse use, ImmutableArray<ServiceCategory> categories, string family)
        {
            TypeName = typeName;
            NamespaceName = namespaceName;
            Use = use;
            Categories = categories;
            Family = family;
        }

        public string? TypeName { get; }

        public string? NamespaceName { get; }

        public ApiUse Use { get; }

        public ImmutableArray<ServiceCategory> Categories { get; }

        /// <summary>Product family for messages ("ASP.NET Core SignalR").</summary>
        public string Family { get; }
    }

    /// <summary>A service host named in string literals; "*.zoom.us" matches subdomains.</summary>
    internal sealed class CatalogHost
    {
        public CatalogHost(string name, ImmutableArray<ServiceCategory> categories, string family)
        {
            Name = name;
            Categories = categories;
            Family = family;
        }

        public string Name { get; }

        public ImmutableArray<ServiceCategory> Categories { get; }

        public string Family { get; }

        public bool Matches(string host) =>
            Name.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(Name.Substring(1), StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, Name, StringComparison.OrdinalIgnoreCase);
    }
}
