// expect: none A contacts service parses stored phone numbers, shows the country name and national format, and for Iranian (IR) and Afghan numbers also renders the "last contacted" date in the Persian calendar; country codes drive formatting and localization only, with no block or degradation.
// modelled-on: TrevorPilley/phone-number-parser NuGet.md (paraphrased, not copied; the library's Parse / Country.Iso3166Code / CallingCode usage became a small stubbed parser and a contact-card endpoint)
// packages: Microsoft.AspNetCore.App (framework reference), PhoneNumbers (stubbed in file)
// source: blind

namespace BlindCorpus.Case300
{
    using System.Globalization;
    using Microsoft.AspNetCore.Mvc;

    public sealed record CountryInfo(string Iso3166Code, string Name, string CallingCode, string TrunkPrefix);

    public sealed record ParsedPhoneNumber(CountryInfo Country, string NationalSignificantNumber)
    {
        public string ToNational() => Country.TrunkPrefix + NationalSignificantNumber;
        public string ToE164() => "+" + Country.CallingCode + NationalSignificantNumber;
    }

    // Minimal stand-in for the phone number parsing library.
    public static class PhoneNumberParser
    {
        private static readonly CountryInfo[] Countries =
        {
            new("GB", "United Kingdom", "44", "0"),
            new("IR", "Iran", "98", "0"),
            new("AF", "Afghanistan", "93", "0"),
            new("US", "United States", "1", "1"),
        };

        public static bool TryParse(string value, out ParsedPhoneNumber? number)
        {
            var digits = value.Replace(" ", string.Empty).TrimStart('+');
            var country = Countries.FirstOrDefault(c => digits.StartsWith(c.CallingCode, StringComparison.Ordinal));
            number = country is null ? null : new ParsedPhoneNumber(country, digits[country.CallingCode.Length..]);
            return number is not null;
        }
    }

    public sealed record Contact(Guid Id, string Name, string Phone, DateTime LastContactedUtc);

    public interface IContactStore
    {
        Task<Contact?> FindAsync(Guid id, CancellationToken ct);
    }

    [ApiController]
    [Route("api/contacts")]
    public sealed class ContactCardController : ControllerBase
    {
        private readonly IContactStore _contacts;

        public ContactCardController(IContactStore contacts) => _contacts = contacts;

        [HttpGet("{id:guid}/card")]
        public async Task<IActionResult> Card(Guid id, CancellationToken ct)
        {
            var contact = await _contacts.FindAsync(id, ct);
            if (contact is null)
                return NotFound();

            if (!PhoneNumberParser.TryParse(contact.Phone, out var number) || number is null)
                return Ok(new { contact.Name, phone = contact.Phone, country = (string?)null, lastContacted = contact.LastContactedUtc.ToString("d", CultureInfo.InvariantCulture) });

            var culture = number.Country.Iso3166Code switch
            {
                "IR" => new CultureInfo("fa-IR"),
                "AF" => new CultureInfo("fa-AF"),
                "GB" => new CultureInfo("en-GB"),
                _ => CultureInfo.InvariantCulture,
            };

            return Ok(new
            {
                contact.Name,
                phone = number.ToNational(),
                international = number.ToE164(),
                country = number.Country.Name,
                lastContacted = contact.LastContactedUtc.ToString("d", culture),
            });
        }
    }
}
