// expect: none A Matrix-based chat app builds the phone-number region picker for sign-up from calling codes (including +98 Iran, +53 Cuba, +963 Syria) and resolves each code to a country name for display; the country codes are only used to label and format numbers, nothing is blocked or degraded.
// modelled-on: sparc-coop/blossom PhoneNumberRegion (namespace Sparc.Blossom.Realtime) (paraphrased, not copied; the libphonenumber-based region record became a self-contained calling-code table plus a minimal-API endpoint that serves the picker)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case299
{
    using System.Globalization;
    using Microsoft.AspNetCore.Builder;
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Routing;

    public sealed class PhoneNumberRegion
    {
        private static readonly Dictionary<int, string> RegionByCallingCode = new()
        {
            [1] = "US", [7] = "RU", [33] = "FR", [44] = "GB", [49] = "DE", [53] = "CU",
            [90] = "TR", [91] = "IN", [98] = "IR", [234] = "NG", [380] = "UA", [963] = "SY",
        };

        public int CallingCode { get; }
        public string CountryCode { get; }
        public string CountryName { get; }

        public PhoneNumberRegion(int callingCode)
        {
            CallingCode = callingCode;
            CountryCode = RegionByCallingCode.TryGetValue(callingCode, out var region) ? region : "ZZ";
            CountryName = Describe(CountryCode);
        }

        public PhoneNumberRegion(string countryCode)
        {
            CountryCode = countryCode.ToUpperInvariant();
            CallingCode = RegionByCallingCode.FirstOrDefault(kv => kv.Value == CountryCode).Key;
            CountryName = Describe(CountryCode);
        }

        public string Display => $"{CountryName} (+{CallingCode})";

        public static IEnumerable<PhoneNumberRegion> All() =>
            RegionByCallingCode.Keys.Select(code => new PhoneNumberRegion(code)).OrderBy(r => r.CountryName);

        public static PhoneNumberRegion? FromE164(string e164)
        {
            var digits = e164.TrimStart('+');
            for (var len = 3; len >= 1; len--)
            {
                if (digits.Length > len && int.TryParse(digits[..len], out var cc) && RegionByCallingCode.ContainsKey(cc))
                    return new PhoneNumberRegion(cc);
            }
            return null;
        }

        private static string Describe(string region)
        {
            try
            {
                return new RegionInfo(region).NativeName;
            }
            catch (ArgumentException)
            {
                return region;
            }
        }
    }

    public static class PhoneRegionEndpoints
    {
        public static IEndpointRouteBuilder MapPhoneRegions(this IEndpointRouteBuilder app)
        {
            app.MapGet("/realtime/phone-regions", () => PhoneNumberRegion.All().Select(r => new { r.CountryCode, r.CallingCode, r.Display }));

            app.MapGet("/realtime/phone-regions/lookup", (string number) =>
                PhoneNumberRegion.FromE164(number) is { } region
                    ? Results.Ok(new { region.CountryCode, region.CountryName })
                    : Results.NotFound());

            return app;
        }
    }
}
