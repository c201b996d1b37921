// expect: info A CMS content finder runs before normal routing, reads the visitor's country from a MaxMind lookup and, for countries in the site's restricted list (IR, CU, SY, KP), serves the "region-unavailable" content node with HTTP 451 for every requested URL; the file gives no evidence what the site offers (no feature, product or service is named), so whether the Iran block is authorized-service over-blocking or a required restriction cannot be judged.
// modelled-on: umbraco/UmbracoDocs Documentation/Reference/Request-Pipeline/IContentFinder.md (paraphrased, not copied; kept the TryFindContent pattern - inspect the request, look a node up in the content cache, assign it and return true - with the CMS types stubbed, and made the decision depend on a GeoIP country list)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, Umbraco.Cms.Core (stubbed in file)
// source: blind

namespace BlindCorpus.Case345
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.AspNetCore.Http;
    using Microsoft.Extensions.Logging;

    // ---- stand-ins for the CMS routing API ----
    public interface IPublishedContent
    {
        int Id { get; }
        string Name { get; }
    }

    public interface IContentCache
    {
        IPublishedContent? GetByRoute(string route);
    }

    public interface IPublishedRequestBuilder
    {
        Uri Uri { get; }
        IPublishedRequestBuilder SetPublishedContent(IPublishedContent? content);
        IPublishedRequestBuilder SetResponseStatus(int code);
    }

    public interface IContentFinder
    {
        Task<bool> TryFindContent(IPublishedRequestBuilder request);
    }

    // ---- the site's content finder ----
    public sealed class RegionRestrictionContentFinder : IContentFinder
    {
        private static readonly ISet<string> RestrictedCountries = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            "IR", "CU", "SY", "KP",
        };

        private readonly IHttpContextAccessor _httpContextAccessor;
        private readonly IContentCache _contentCache;
        private readonly DatabaseReader _geo;
        private readonly ILogger<RegionRestrictionContentFinder> _logger;

        public RegionRestrictionContentFinder(
            IHttpContextAccessor httpContextAccessor,
            IContentCache contentCache,
            DatabaseReader geo,
            ILogger<RegionRestrictionContentFinder> logger)
        {
            _httpContextAccessor = httpContextAccessor;
            _contentCache = contentCache;
            _geo = geo;
            _logger = logger;
        }

        public Task<bool> TryFindContent(IPublishedRequestBuilder request)
        {
            var country = ResolveCountry(_httpContextAccessor.HttpContext?.Connection.RemoteIpAddress);
            if (country is null || !RestrictedCountries.Contains(country))
                return Task.FromResult(false);

            var node = _contentCache.GetByRoute("/region-unavailable");
            if (node is null)
            {
                _logger.LogWarning("Restricted visitor from {Country} but no region-unavailable page exists", country);
                request.SetResponseStatus(StatusCodes.Status451UnavailableForLegalReasons);
                return Task.FromResult(true);
            }

            request.SetPublishedContent(node);
            request.SetResponseStatus(StatusCodes.Status451UnavailableForLegalReasons);
            return Task.FromResult(true);
        }

        private string? ResolveCountry(IPAddress? address)
        {
            if (address is null || IPAddress.IsLoopback(address))
                return null;
            return _geo.TryCountry(address, out var response) ? response?.Country.IsoCode : null;
        }
    }
}
