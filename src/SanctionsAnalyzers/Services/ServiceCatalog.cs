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

        public ServiceCatalog(ImmutableArray<CatalogApi> apis)
        {
            Apis = apis;
        }

        public static ServiceCatalog Embedded => EmbeddedCatalog.Value;

        public ImmutableArray<CatalogApi> Apis { get; }

        private static ServiceCatalog Load(PolicyMap policy)
        {
            using var stream = EmbeddedResources.Open("ServiceCatalog.xml");
            var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("ServiceCatalog.xml has no root.");
            var apis = root.Elements("api").Select(e => ReadApi(e, policy)).ToImmutableArray();
            return new ServiceCatalog(apis);
        }

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

            var categories = ((string?)element.Attribute("categories") ?? string.Empty)
                .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(id => policy.FindCategory(id) ?? throw new InvalidDataException("ServiceCatalog.xml names unknown category '" + id + "'."))
                .ToImmutableArray();

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
}
