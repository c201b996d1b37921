// expect: warn startup disallows IR, CU and KP through a static IP-filter whose middleware ends every request from those countries' dbip ranges with "not available in your region"; the site is a community forum (social networking/blogging is authorized)
// modelled-on: Geeksltd/Olive Olive.Mvc.IpFilter/IpFilter.cs (paraphrased, not copied; the forum host and the concrete country list are a realistic variation)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;
using System.Numerics;

namespace BlindCorpus.Case007;

public enum Policy { Allow, Disallow }

public static class SiteIpFilter
{
    private static List<string> _blockedCountryCodes = new();
    private static List<(BigInteger From, BigInteger To)>? _blockedRanges;
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static string BlockedAttemptResponse = "This website is not available in your region.";

    public static string CsvPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "--IPFilter", "dbip-country.csv");

    public static void SetCountryPolicy(Policy policy, params string[] countryCodes)
    {
        if (policy == Policy.Disallow)
            _blockedCountryCodes = _blockedCountryCodes.Concat(countryCodes).Distinct().ToList();
        else
            _blockedCountryCodes = _blockedCountryCodes.Except(countryCodes).ToList();
    }

    public static async Task BlockIfNecessary(HttpContext httpContext, Func<Task> next)
    {
        if (!await IsAllowed(httpContext.Connection.RemoteIpAddress?.ToString() ?? ""))
        {
            httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
            await httpContext.Response.WriteAsync(BlockedAttemptResponse);
            return;
        }
        await next();
    }

    public static async Task<bool> IsAllowed(string ip)
    {
        if (_blockedRanges is null) await LoadRanges();
        if (!IPAddress.TryParse(ip, out var parsed)) return true;
        var value = ToValue(parsed);
        return !_blockedRanges!.Any(r => value >= r.From && value <= r.To);
    }

    private static async Task LoadRanges()
    {
        await Gate.WaitAsync();
        try
        {
            if (_blockedRanges is not null) return;
            var ranges = new List<(BigInteger, BigInteger)>();
            if (File.Exists(CsvPath))
            {
                foreach (var row in await File.ReadAllLinesAsync(CsvPath))
                {
                    var cells = row.Split(',');
                    if (cells.Length < 3 || !_blockedCountryCodes.Contains(cells[2].Trim('"'))) continue;
                    ranges.Add((ToValue(IPAddress.Parse(cells[0].Trim('"'))), ToValue(IPAddress.Parse(cells[1].Trim('"')))));
                }
            }
            _blockedRanges = ranges;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static BigInteger ToValue(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
    }
}

public static class ForumHost
{
    public static void Configure(WebApplication app)
    {
        SiteIpFilter.SetCountryPolicy(Policy.Disallow, "IR", "CU", "KP");
        app.Use((ctx, next) => SiteIpFilter.BlockIfNecessary(ctx, () => next(ctx)));

        app.MapGet("/forum/threads", () => Results.Ok(Array.Empty<object>()));
        app.MapPost("/forum/threads/{id:int}/replies", (int id, string body) => Results.Created($"/forum/threads/{id}", null));
        app.MapPost("/forum/users/{user}/follow", (string user) => Results.NoContent());
    }
}
