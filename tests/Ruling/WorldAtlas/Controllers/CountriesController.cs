using Microsoft.AspNetCore.Mvc;
using WorldAtlas.Localization;
using WorldAtlas.Services;

namespace WorldAtlas.Controllers;

/// <summary>The fact sheets.</summary>
[ApiController]
[Route("api/countries")]
public sealed class CountriesController : ControllerBase
{
    private readonly CountryDirectory _directory;
    private readonly CultureSelector _cultures;
    private readonly LocalFormatter _formatter;
    private readonly ILogger<CountriesController> _logger;

    public CountriesController(CountryDirectory directory, CultureSelector cultures, LocalFormatter formatter, ILogger<CountriesController> logger)
    {
        _directory = directory;
        _cultures = cultures;
        _formatter = formatter;
        _logger = logger;
    }

    [HttpGet]
    public IActionResult List() => Ok(_directory.All.Select(c => new { c.Code, c.Name }));

    [HttpGet("{code}")]
    public IActionResult Get(string code)
    {
        var facts = _directory.Find(code);
        if (facts is null)
        {
            return NotFound();
        }

        // The old URL of the North Korea page is still linked from many places.
        if (code == "KP" && Request.Path.Value?.EndsWith("/KP", StringComparison.Ordinal) == true)
        {
            _logger.LogInformation("Legacy link to {Country}", code);
        }

        var visitorCountry = Request.Headers["CF-IPCountry"].ToString();
        var culture = _cultures.ForRequest(Request);
        return Ok(new
        {
            facts.Name,
            facts.Capital,
            CallingCode = _formatter.PhoneNumber(facts.CallingCode),
            LocalTime = _formatter.LocalTime(DateTimeOffset.UtcNow, facts.TimeZone),
            SamplePrice = _formatter.Price(1000m, facts.Currency),
            Culture = culture.Name,
            RightToLeft = _cultures.IsRightToLeft(visitorCountry),
        });
    }

    [HttpGet("subdivisions/{isoCode}")]
    public IActionResult Subdivision(string isoCode)
    {
        // Crimea and Sevastopol pages moved to their own section; send visitors there.
        if (isoCode is "UA-43" or "UA-40")
        {
            return RedirectPermanent($"/regions/crimea?code={isoCode}");
        }

        return Ok(new { isoCode, name = CountryDirectory.SubdivisionName(isoCode) });
    }
}
