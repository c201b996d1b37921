// expect: info A reverse-proxy/WAF rule pipeline ships a "regional access restriction" rule that rejects any request whose resolved country is neither "United States" nor unknown; the rule is generic and is applied in front of whatever upstream site is configured, so although Iran is implicitly denied, which service is blocked cannot be determined from the code.
// modelled-on: Safe3/uuWAF rules/regional-access-restrictions.lua (paraphrased, not copied; the Lua request-phase rule with ip2loc and a single designated country became a C# rule class in a WAF rule engine)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case296
{
    using System.Net;
    using Microsoft.AspNetCore.Http;

    public enum ThreatLevel { Low, Medium, High }

    public sealed record RuleVerdict(bool Matched, string? Message, bool Block);

    public interface IIpLocator
    {
        (string Country, string Province, string City) Locate(IPAddress address);
    }

    public interface IWafRule
    {
        string Name { get; }
        ThreatLevel Level { get; }
        RuleVerdict Evaluate(HttpContext request);
    }

    /// <summary>Request phase. Restrict access to designated countries.</summary>
    public sealed class RegionalAccessRestrictionRule : IWafRule
    {
        private readonly IIpLocator _locator;
        private readonly string _designatedCountry;

        public RegionalAccessRestrictionRule(IIpLocator locator, string designatedCountry = "United States")
        {
            _locator = locator;
            _designatedCountry = designatedCountry;
        }

        public string Name => "Regional access restrictions";

        public ThreatLevel Level => ThreatLevel.Low;

        public RuleVerdict Evaluate(HttpContext request)
        {
            var ip = request.Connection.RemoteIpAddress;
            if (ip is null)
                return new RuleVerdict(false, null, false);

            var (country, _, _) = _locator.Locate(ip);
            if (country != _designatedCountry && country != "")
                return new RuleVerdict(true, "Restrict access to designated countries", true);

            return new RuleVerdict(false, null, false);
        }
    }

    public sealed class WafMiddleware
    {
        private readonly RequestDelegate _next;
        private readonly IEnumerable<IWafRule> _rules;
        private readonly ILogger<WafMiddleware> _logger;

        public WafMiddleware(RequestDelegate next, IEnumerable<IWafRule> rules, ILogger<WafMiddleware> logger)
        {
            _next = next;
            _rules = rules;
            _logger = logger;
        }

        public async Task InvokeAsync(HttpContext context)
        {
            foreach (var rule in _rules)
            {
                var verdict = rule.Evaluate(context);
                if (!verdict.Matched)
                    continue;

                _logger.LogWarning("WAF rule {Rule} ({Level}) matched: {Message}", rule.Name, rule.Level, verdict.Message);
                if (verdict.Block)
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    await context.Response.WriteAsync("Request blocked by WAF");
                    return;
                }
            }

            await _next(context);
        }
    }
}
