// expect: none admin "online customers" grid and a per-country visitor count built from GeoIP lookups of each customer's last IP; reporting only
// modelled-on: smartstore/Smartstore src/Smartstore.Web/Areas/Admin/Controllers/CustomerController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Net;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace BlindCorpus.Case092;

public sealed class CustomerRow
{
    public int Id { get; set; }
    public string? Email { get; set; }
    public bool IsRegistered { get; set; }
    public string? LastIpAddress { get; set; }
    public DateTime LastActivityDateUtc { get; set; }
    public string? LastVisitedPage { get; set; }
}

public sealed class OnlineCustomerModel
{
    public int Id { get; set; }
    public string CustomerInfo { get; set; } = "";
    public string? LastIpAddress { get; set; }
    public string Location { get; set; } = "";
    public DateTime LastActivityDate { get; set; }
    public string? LastVisitedPage { get; set; }
}

public interface ICustomerQueries
{
    Task<List<CustomerRow>> GetOnlineAsync(int minutes);
}

public class GeoCountryLookup
{
    private readonly DatabaseReader _reader;

    public GeoCountryLookup(DatabaseReader reader) => _reader = reader;

    public (string? IsoCode, string? Name) LookupCountry(string? addr)
    {
        if (string.IsNullOrEmpty(addr) || !IPAddress.TryParse(addr, out var ip))
            return (null, null);

        return _reader.TryCountry(ip, out var resp) && resp != null
            ? (resp.Country.IsoCode, resp.Country.Name)
            : (null, null);
    }
}

[Area("Admin")]
[Authorize(Roles = "Administrators")]
public class OnlineCustomerController : Controller
{
    private readonly ICustomerQueries _customers;
    private readonly GeoCountryLookup _geo;

    public OnlineCustomerController(ICustomerQueries customers, GeoCountryLookup geo)
    {
        _customers = customers;
        _geo = geo;
    }

    [HttpPost]
    public async Task<IActionResult> OnlineCustomersList()
    {
        var rows = await _customers.GetOnlineAsync(20);
        var models = rows.Select(x => new OnlineCustomerModel
        {
            Id = x.Id,
            CustomerInfo = x.IsRegistered ? x.Email ?? "" : "Guest",
            LastIpAddress = x.LastIpAddress,
            Location = _geo.LookupCountry(x.LastIpAddress).Name ?? "",
            LastActivityDate = x.LastActivityDateUtc,
            LastVisitedPage = x.LastVisitedPage
        }).ToList();

        return Json(new { Rows = models, Total = models.Count });
    }

    [HttpGet]
    public async Task<IActionResult> VisitorsByCountry()
    {
        var rows = await _customers.GetOnlineAsync(60 * 24);
        var counts = rows
            .GroupBy(r => _geo.LookupCountry(r.LastIpAddress).IsoCode ?? "??")
            .Select(g => new { Country = g.Key, Visitors = g.Count() })
            .OrderByDescending(g => g.Visitors);

        return Json(counts);
    }
}
