// expect: none during sign-up, users whose residence or IP locality is the UK are flagged so the client redirects them to the UK entity's onboarding page; geo-routing for a non-sanctioned jurisdiction, no IR/CU involved
// modelled-on: LykkeCity/Lykke.Service.OAuth src/Lykke.Service.OAuth/Controllers/AuthenticationController.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind
using Microsoft.AspNetCore.Mvc;

namespace Lykke.Service.IpGeoLocation
{
    public sealed class LocalityData
    {
        public string? Country { get; set; }
        public string? City { get; set; }
    }

    public interface IIpGeoLocationClient
    {
        Task<LocalityData?> GetLocalityDataAsync(string ip);
    }
}

namespace BlindCorpus.Case088
{
    using Lykke.Service.IpGeoLocation;

    public sealed class VerifyPhoneRequest
    {
        public string Phone { get; set; } = "";
        public string Code { get; set; } = "";
        public string? CountryOfResidence { get; set; }
    }

    public sealed class VerifyPhoneResult
    {
        public bool IsValid { get; set; }
        public bool IsUkUser { get; set; }
    }

    public interface ISmsCodeChecker
    {
        Task<bool> VerifyAsync(string phone, string code);
    }

    public class SignUpController : Controller
    {
        private const string UnitedKingdomIso3 = "GBR";
        private const string UnitedKingdomName = "United Kingdom";

        private readonly IIpGeoLocationClient _geo;
        private readonly ISmsCodeChecker _sms;

        public SignUpController(IIpGeoLocationClient geo, ISmsCodeChecker sms)
        {
            _geo = geo;
            _sms = sms;
        }

        [HttpPost("~/signup/verifyPhone")]
        public async Task<VerifyPhoneResult> VerifyPhone([FromBody] VerifyPhoneRequest request)
        {
            var result = new VerifyPhoneResult
            {
                IsValid = await _sms.VerifyAsync(request.Phone, request.Code),
            };

            // UK residents are onboarded by the UK entity: the client redirects them to the new page.
            result.IsUkUser = await IsUkUserAsync(request.CountryOfResidence);
            return result;
        }

        private async Task<bool> IsUkUserAsync(string? countryOfResidence)
        {
            if (countryOfResidence == UnitedKingdomIso3)
                return true;

            var ip = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "";
            var locality = await _geo.GetLocalityDataAsync(ip);
            return locality?.Country == UnitedKingdomName;
        }
    }
}
