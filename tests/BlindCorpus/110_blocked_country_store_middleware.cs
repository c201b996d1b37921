// expect: info middleware geolocates the caller through an external JSON API and returns 403 when the code is in a blocked-country store that admins fill at runtime through /api/countries/block; neither the countries nor the guarded feature are visible in code
// modelled-on: HSN-Elshafei/ManageBlockedCountries ManageBlockedCountriesAPI/Services/CountriesService.cs (paraphrased, not copied; the check-block endpoint is turned into an enforcing middleware)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
namespace BlindCorpus.Case110;

using System.Collections.Concurrent;
using System.Text.Json.Serialization;

public sealed record GeoReply(
    [property: JsonPropertyName("ip")] string? Ip,
    [property: JsonPropertyName("country_name")] string? CountryName,
    [property: JsonPropertyName("country_code2")] string? CountryCode);

public interface IBlockedCountryStore
{
    bool Add(string code);
    bool Remove(string code);
    bool AddTemporary(string code, TimeSpan duration);
    IReadOnlyCollection<string> Snapshot();
}

public sealed class InMemoryBlockedCountryStore : IBlockedCountryStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset?> _entries = new(StringComparer.OrdinalIgnoreCase);

    public bool Add(string code) => _entries.TryAdd(code.ToUpperInvariant(), null);

    public bool Remove(string code) => _entries.TryRemove(code, out _);

    public bool AddTemporary(string code, TimeSpan duration) => _entries.TryAdd(code.ToUpperInvariant(), DateTimeOffset.UtcNow + duration);

    public IReadOnlyCollection<string> Snapshot()
        => _entries.Where(e => e.Value is null || e.Value > DateTimeOffset.UtcNow).Select(e => e.Key).ToList();
}

public sealed class GeoLookupClient
{
    private readonly HttpClient _http;
    private readonly string _apiKey;

    public GeoLookupClient(HttpClient http, IConfiguration config)
    {
        _http = http;
        _apiKey = config["GeolocationApi:ApiKey"] ?? string.Empty;
    }

    public async Task<GeoReply?> LookupAsync(string ip, CancellationToken ct)
    {
        try
        {
            return await _http.GetFromJsonAsync<GeoReply>($"/ipgeo?apiKey={_apiKey}&ip={ip}", ct);
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}

public sealed class CountryBlockMiddleware
{
    private readonly RequestDelegate _next;

    public CountryBlockMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context, GeoLookupClient geo, IBlockedCountryStore store)
    {
        if (context.Request.Path.StartsWithSegments("/api/countries"))
        {
            await _next(context);
            return;
        }

        var ip = context.Connection.RemoteIpAddress?.ToString();
        var reply = ip is null ? null : await geo.LookupAsync(ip, context.RequestAborted);
        var code = reply?.CountryCode;

        if (!string.IsNullOrEmpty(code) && store.Snapshot().Count(c => c == code.ToUpperInvariant()) > 0)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await context.Response.WriteAsync($"Access from {reply!.CountryName ?? code} is blocked.");
            return;
        }

        await _next(context);
    }
}

public static class CountryAdminEndpoints
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<CountryBlockMiddleware>();
        app.MapPost("/api/countries/block", (string countryCode, IBlockedCountryStore store)
            => store.Add(countryCode) ? Results.Ok() : Results.Conflict());
        app.MapDelete("/api/countries/block/{countryCode}", (string countryCode, IBlockedCountryStore store)
            => store.Remove(countryCode) ? Results.Ok() : Results.NotFound());
        app.MapPost("/api/countries/temporal-block", (string countryCode, int minutes, IBlockedCountryStore store)
            => store.AddTemporary(countryCode, TimeSpan.FromMinutes(minutes)) ? Results.Ok() : Results.Conflict());
    }
}
