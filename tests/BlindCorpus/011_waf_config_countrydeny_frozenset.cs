// expect: info WAF middleware answers 403 when the request country is in countryDeny (or missing from countryAllow), but both FrozenSets come from the runtime config object and no appsettings.json is supplied, so the jurisdictions are unknown statically
// modelled-on: immisterio/Lampac Core/Middlewares/WAF.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Collections.Frozen;

namespace BlindCorpus.Case011;

public sealed class WafConf
{
    public bool enable { get; set; }
    public List<string>? countryAllow { get; set; }
    public List<string>? countryDeny { get; set; }
    public List<string>? whiteIps { get; set; }
}

public sealed class RequestModel
{
    public string IP { get; init; } = "";
    public string? Country { get; init; }
    public bool IsLocalRequest { get; init; }
}

public static class CoreConf
{
    public static WafConf WAF { get; set; } = new();
    public static event Action? Reloaded;
    public static void RaiseReloaded() => Reloaded?.Invoke();
}

public sealed class Waf
{
    private static FrozenSet<string>? _countryAllow, _countryDeny, _whiteIps;
    private readonly RequestDelegate _next;

    static Waf()
    {
        void Refresh()
        {
            var waf = CoreConf.WAF;
            _whiteIps = waf.whiteIps is { Count: > 0 } w ? w.ToFrozenSet() : null;
            _countryAllow = waf.countryAllow is { Count: > 0 } a ? a.ToFrozenSet() : null;
            _countryDeny = waf.countryDeny is { Count: > 0 } d ? d.ToFrozenSet() : null;
        }

        Refresh();
        CoreConf.Reloaded += Refresh;
    }

    public Waf(RequestDelegate next) => _next = next;

    public Task Invoke(HttpContext httpContext)
    {
        if (!CoreConf.WAF.enable)
            return _next(httpContext);

        var info = httpContext.Features.Get<RequestModel>();
        if (info is null || info.IsLocalRequest)
            return _next(httpContext);

        if (_whiteIps != null && _whiteIps.Contains(info.IP))
            return _next(httpContext);

        if (_countryAllow != null && (info.Country == null || !_countryAllow.Contains(info.Country)))
        {
            httpContext.Response.StatusCode = 403;
            return Task.CompletedTask;
        }

        if (_countryDeny != null && info.Country != null && _countryDeny.Contains(info.Country))
        {
            httpContext.Response.StatusCode = 403;
            return Task.CompletedTask;
        }

        return _next(httpContext);
    }
}
