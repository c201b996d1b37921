// expect: info middleware rejects requests with 403 when the caller's country is in an in-memory blocked-country store that admins fill at runtime through POST /api/countries/block (permanent or temporal), so no jurisdiction is known statically
// modelled-on: MostafaMohsen58/BlockedCountries BlockedCountries/Repositories/CountryBlockingRepository.cs (paraphrased, not copied; with its Controllers/CountryController.cs, plus a gate middleware built on IsCountryBlockedAsync)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case013;

public sealed class BlockedCountryEntry
{
    public string CountryCode { get; init; } = "";
    public DateTime? BlockedUntil { get; init; }
}

public interface ICountryBlockStore
{
    bool Block(string countryCode);
    bool BlockFor(string countryCode, int minutes);
    bool Unblock(string countryCode);
    bool IsBlocked(string countryCode);
}

public sealed class InMemoryCountryBlockStore : ICountryBlockStore
{
    private readonly ConcurrentDictionary<string, BlockedCountryEntry> _entries = new();

    public bool Block(string countryCode) =>
        _entries.TryAdd(countryCode.ToUpperInvariant(), new BlockedCountryEntry { CountryCode = countryCode.ToUpperInvariant() });

    public bool BlockFor(string countryCode, int minutes) =>
        _entries.TryAdd(countryCode.ToUpperInvariant(), new BlockedCountryEntry
        {
            CountryCode = countryCode.ToUpperInvariant(),
            BlockedUntil = DateTime.UtcNow.AddMinutes(minutes),
        });

    public bool Unblock(string countryCode) => _entries.TryRemove(countryCode.ToUpperInvariant(), out _);

    public bool IsBlocked(string countryCode) =>
        _entries.TryGetValue(countryCode.ToUpperInvariant(), out var e) &&
        (!e.BlockedUntil.HasValue || e.BlockedUntil.Value > DateTime.UtcNow);
}

public interface IIpCountryLookup
{
    Task<string?> CountryCodeAsync(string ip);
}

public sealed class BlockedCountryGate : IMiddleware
{
    private readonly ICountryBlockStore _store;
    private readonly IIpCountryLookup _lookup;

    public BlockedCountryGate(ICountryBlockStore store, IIpCountryLookup lookup)
    {
        _store = store;
        _lookup = lookup;
    }

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var ip = context.Connection.RemoteIpAddress?.ToString();
        if (ip is not null && !context.Request.Path.StartsWithSegments("/api/countries"))
        {
            var code = await _lookup.CountryCodeAsync(ip);
            if (code is not null && _store.IsBlocked(code))
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                await context.Response.WriteAsJsonAsync(new { blocked = true, countryCode = code });
                return;
            }
        }

        await next(context);
    }
}

public sealed record TemporalBlockRequest(string CountryCode, int DurationMinutes);

[ApiController]
[Route("api/countries")]
public sealed class CountriesAdminController : ControllerBase
{
    private readonly ICountryBlockStore _store;

    public CountriesAdminController(ICountryBlockStore store) => _store = store;

    [HttpPost("block")]
    public IActionResult Block([FromBody] string countryCode)
    {
        if (string.IsNullOrEmpty(countryCode) || countryCode.Length != 2)
            return BadRequest("country code must be 2 characters long");
        return _store.Block(countryCode) ? Ok() : Conflict("Country is already blocked");
    }

    [HttpPost("temporal-block")]
    public IActionResult BlockTemporarily([FromBody] TemporalBlockRequest request)
    {
        if (request.DurationMinutes is < 1 or > 1440)
            return BadRequest("Duration must be between 1 and 1440 minutes");
        return _store.BlockFor(request.CountryCode, request.DurationMinutes) ? Ok() : Conflict();
    }

    [HttpDelete("block/{countryCode}")]
    public IActionResult Unblock(string countryCode) => _store.Unblock(countryCode) ? Ok() : NotFound();
}
