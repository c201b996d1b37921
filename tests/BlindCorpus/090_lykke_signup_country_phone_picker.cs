// expect: none sign-up country dropdown with international phone prefixes (Iran +98, Cuba +53 included), preselected from IP geolocation, plus E.164 phone normalisation; a picker and formatting, nobody is refused
// modelled-on: LykkeCity/Lykke.Service.OAuth src/Lykke.Service.OAuth/Controllers/AuthenticationController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace Lykke.Common
{
    public sealed class CountryItem
    {
        public string Id { get; init; } = "";   // ISO3
        public string Iso2 { get; init; } = "";
        public string Name { get; init; } = "";
        public string Prefix { get; init; } = "";
    }

    public class CountryPhoneCodes
    {
        public IEnumerable<CountryItem> GetCountries() => new[]
        {
            new CountryItem { Id = "CHE", Iso2 = "CH", Name = "Switzerland", Prefix = "+41" },
            new CountryItem { Id = "CUB", Iso2 = "CU", Name = "Cuba", Prefix = "+53" },
            new CountryItem { Id = "DEU", Iso2 = "DE", Name = "Germany", Prefix = "+49" },
            new CountryItem { Id = "GBR", Iso2 = "GB", Name = "United Kingdom", Prefix = "+44" },
            new CountryItem { Id = "IRN", Iso2 = "IR", Name = "Iran", Prefix = "+98" },
            new CountryItem { Id = "PRK", Iso2 = "KP", Name = "North Korea", Prefix = "+850" },
            new CountryItem { Id = "USA", Iso2 = "US", Name = "United States", Prefix = "+1" },
        };
    }
}

namespace BlindCorpus.Case090
{
    using Lykke.Common;

    public interface ILocalityLookup
    {
        Task<string?> GetCountryNameAsync(string ip);
    }

    public sealed class CountryViewModel
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string Prefix { get; set; } = "";
        public bool Selected { get; set; }
    }

    public static class PhoneExtensions
    {
        public static string PreparePhoneNum(this string phone)
            => Regex.Replace(phone ?? "", "[^0-9+]", "");

        public static string? ToE164Number(this string phone, string? defaultPrefix = null)
        {
            if (phone.StartsWith("00")) phone = "+" + phone[2..];
            if (!phone.StartsWith("+") && defaultPrefix != null) phone = defaultPrefix + phone.TrimStart('0');
            return Regex.IsMatch(phone, "^\\+[1-9][0-9]{6,14}$") ? phone : null;
        }
    }

    public class SignUpCountriesController : Controller
    {
        private readonly IEnumerable<CountryItem> _countries = new CountryPhoneCodes().GetCountries();
        private readonly ILocalityLookup _locality;

        public SignUpCountriesController(ILocalityLookup locality) => _locality = locality;

        [HttpPost("~/signup/countrieslist")]
        public async Task<List<CountryViewModel>> CountriesList()
        {
            var detected = await _locality.GetCountryNameAsync(HttpContext.Connection.RemoteIpAddress?.ToString() ?? "");
            return _countries.Select(c => new CountryViewModel
            {
                Id = c.Id,
                Title = c.Name,
                Prefix = c.Prefix,
                Selected = detected != null && detected == c.Name
            }).ToList();
        }

        [HttpPost("~/signup/normalizePhone")]
        public IActionResult NormalizePhone([FromForm] string phone, [FromForm] string countryIso3)
        {
            var prefix = _countries.FirstOrDefault(c => c.Id == countryIso3)?.Prefix;
            var e164 = phone.PreparePhoneNum().ToE164Number(prefix);
            if (e164 == null)
                return BadRequest(new { error = "InvalidPhoneFormat" });

            return Ok(new { phone = e164 });
        }
    }
}
