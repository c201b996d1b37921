// expect: none A company's contact page resolves the visitor's country once per session via an IP lookup and picks the regional office to display (IR, IQ and AF visitors see the Dubai office with a Persian-language phone line, others their own or the head office); the country only selects which contact details to show and nothing is denied or degraded.
// modelled-on: ahmedMAF/SmartLife src/Utilities/ContactHelper.cs and src/Pages/Contacts/Index.cshtml.cs (paraphrased, not copied; kept the session-cached country from an ip-api style lookup with a default and the query for the contact row matching that country, added an explicit region-to-office mapping that mentions Iran)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case323
{
    using System.Net.Http.Json;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;
    using Microsoft.AspNetCore.Mvc.RazorPages;

    public sealed record OfficeContact(string Code, string City, string Phone, string Email, string Language);

    public interface IOfficeDirectory
    {
        Task<OfficeContact?> FindAsync(string officeCode, CancellationToken ct);
    }

    public static class VisitorCountry
    {
        private const string SessionKey = "visitor-country";

        public static async Task<string> ResolveAsync(HttpContext ctx, HttpClient http, CancellationToken ct)
        {
            var cached = ctx.Session.GetString(SessionKey);
            if (!string.IsNullOrEmpty(cached))
                return cached;

            var country = "AE";
            var ip = ctx.Connection.RemoteIpAddress;
            if (ip is not null)
            {
                try
                {
                    var lookup = await http.GetFromJsonAsync<IpLookup>($"http://ip-api.com/json/{ip}?fields=status,countryCode", ct);
                    if (lookup is { Status: "success", CountryCode: not null })
                        country = lookup.CountryCode;
                }
                catch (HttpRequestException)
                {
                }
            }

            ctx.Session.SetString(SessionKey, country);
            return country;
        }

        private sealed record IpLookup(string? Status, string? CountryCode);
    }

    public class ContactModel : PageModel
    {
        private readonly IOfficeDirectory _offices;
        private readonly IHttpClientFactory _httpFactory;

        public ContactModel(IOfficeDirectory offices, IHttpClientFactory httpFactory)
        {
            _offices = offices;
            _httpFactory = httpFactory;
        }

        public OfficeContact? Office { get; private set; }

        public string VisitorCountryCode { get; private set; } = "";

        public static string OfficeFor(string country) => country.ToUpperInvariant() switch
        {
            "IR" or "IQ" or "AF" => "DXB-FA",
            "AE" or "SA" or "QA" or "OM" => "DXB",
            "TR" or "AZ" => "IST",
            "DE" or "AT" or "CH" => "BER",
            _ => "HQ",
        };

        public async Task<IActionResult> OnGetAsync(CancellationToken ct)
        {
            VisitorCountryCode = await VisitorCountry.ResolveAsync(HttpContext, _httpFactory.CreateClient("geo"), ct);
            Office = await _offices.FindAsync(OfficeFor(VisitorCountryCode), ct)
                     ?? await _offices.FindAsync("HQ", ct);
            return Page();
        }
    }
}
