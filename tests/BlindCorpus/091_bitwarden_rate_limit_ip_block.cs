// expect: none IP rate limiting that returns 429 and blocks an IP (403) after repeated quota violations; the Cloudflare country header is only written to the log, the block is about abuse, not geography
// modelled-on: bitwarden/server src/Core/Utilities/CustomIpRateLimitMiddleware.cs (paraphrased, not copied; older revision with IBlockIpService)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace AspNetCoreRateLimit
{
    public class RateLimitRule
    {
        public string Endpoint { get; set; } = "*";
        public string Period { get; set; } = "1m";
        public double Limit { get; set; }
    }

    public class ClientRequestIdentity
    {
        public string ClientIp { get; set; } = "";
        public string Path { get; set; } = "";
    }

    public class IpRateLimitOptions
    {
        public int HttpStatusCode { get; set; } = 429;
        public string? QuotaExceededMessage { get; set; }
    }

    public abstract class IpRateLimitMiddleware
    {
        protected IpRateLimitMiddleware(RequestDelegate next, IOptions<IpRateLimitOptions> options) { }

        public virtual Task ReturnQuotaExceededResponse(HttpContext httpContext, RateLimitRule rule, string retryAfter)
            => Task.CompletedTask;

        public virtual void LogBlockedRequest(HttpContext httpContext, ClientRequestIdentity identity, RateLimitRule rule) { }
    }
}

namespace BlindCorpus.Case091
{
    using AspNetCoreRateLimit;

    public interface IBlockIpService
    {
        Task BlockIpAsync(string ipAddress, bool permanentBlock);
        bool IsBlocked(string ipAddress);
    }

    public sealed class ErrorResponseModel
    {
        public string Message { get; set; } = "";
    }

    public class CustomIpRateLimitMiddleware : IpRateLimitMiddleware
    {
        private static readonly Dictionary<string, string> CountryLabels = new()
        {
            ["US"] = "United States", ["DE"] = "Germany", ["IR"] = "Iran", ["CU"] = "Cuba", ["CN"] = "China"
        };

        private readonly IpRateLimitOptions _options;
        private readonly IMemoryCache _memoryCache;
        private readonly IBlockIpService _blockIpService;
        private readonly ILogger<CustomIpRateLimitMiddleware> _logger;

        public CustomIpRateLimitMiddleware(RequestDelegate next, IOptions<IpRateLimitOptions> options,
            IMemoryCache memoryCache, IBlockIpService blockIpService, ILogger<CustomIpRateLimitMiddleware> logger)
            : base(next, options)
        {
            _options = options.Value;
            _memoryCache = memoryCache;
            _blockIpService = blockIpService;
            _logger = logger;
        }

        public override Task ReturnQuotaExceededResponse(HttpContext httpContext, RateLimitRule rule, string retryAfter)
        {
            var ip = httpContext.Connection.RemoteIpAddress?.ToString() ?? "";
            httpContext.Response.Headers["Retry-After"] = retryAfter;
            httpContext.Response.StatusCode = _blockIpService.IsBlocked(ip) ? StatusCodes.Status403Forbidden : _options.HttpStatusCode;

            var message = string.IsNullOrWhiteSpace(_options.QuotaExceededMessage)
                ? $"Slow down! Too many requests. Try again in {rule.Period}."
                : _options.QuotaExceededMessage;
            return httpContext.Response.WriteAsJsonAsync(new ErrorResponseModel { Message = message });
        }

        public override void LogBlockedRequest(HttpContext httpContext, ClientRequestIdentity identity, RateLimitRule rule)
        {
            var country = httpContext.Request.Headers["CF-IPCountry"].ToString();
            var label = CountryLabels.TryGetValue(country, out var name) ? name : country;

            var key = $"blockedIp_{identity.ClientIp}";
            _memoryCache.TryGetValue(key, out int blockedCount);
            blockedCount++;

            if (blockedCount > 10)
            {
                _ = _blockIpService.BlockIpAsync(identity.ClientIp, false);
                _logger.LogInformation("Blocked {Ip} ({Country}) after {Count} rate-limit hits on {Path}",
                    identity.ClientIp, label, blockedCount, identity.Path);
            }
            else
            {
                _memoryCache.Set(key, blockedCount, new MemoryCacheEntryOptions().SetSlidingExpiration(TimeSpan.FromMinutes(5)));
            }
        }
    }
}
