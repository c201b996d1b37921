// expect: none the video link builder only routes the stream through the server-side proxy when the viewer's country is in the geostreamproxy list (IR, CU, RU, ...); this is geo-routing that helps those viewers reach the stream, not a block
// modelled-on: immisterio/Lampac Shared/Controllers/BaseController.cs (paraphrased, not copied; the geostreamproxy region, with an illustrative list)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case019;

public sealed class StreamSettings
{
    public bool streamproxy { get; set; }
    public string[]? geostreamproxy { get; set; } = { "IR", "CU", "RU", "BY" };
    public string proxyHost { get; set; } = "https://proxy.example.net";
}

public sealed class StreamLinkController : ControllerBase
{
    private readonly StreamSettings _conf = new();

    private string? VisitorCountry => HttpContext.Items["country"] as string;

    [HttpGet("/video/{id}/link")]
    public IActionResult Link(string id)
    {
        var uri = $"https://cdn.example.org/hls/{id}/master.m3u8";
        return Ok(new { url = HostStreamProxy(uri) });
    }

    private string HostStreamProxy(string uri)
    {
        var useProxy = _conf.streamproxy;

        if (!useProxy && _conf.geostreamproxy is { Length: > 0 })
        {
            var country = VisitorCountry;
            if (country is { Length: 2 })
            {
                if (_conf.geostreamproxy.Contains("ALL") || _conf.geostreamproxy.Contains(country))
                    useProxy = true;
            }
        }

        return useProxy
            ? $"{_conf.proxyHost}/proxy/{Uri.EscapeDataString(uri)}"
            : uri;
    }
}
