using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC1003: geo-block keyed on a proxy signal.</summary>
    public class ProxySignalGeoBlockRuleTests
    {
        private const string Id = "SANC1003";
        private const string Itsr = "31 CFR part 560";

        private static string Signup(string parameters, string gate) => @"
public class ProfileController : ControllerBase
{
    [HttpPost(""/profile"")]
    public IActionResult Register(PARAMETERS)
    {
        GATE
        return Ok();
    }
}".Replace("PARAMETERS", parameters).Replace("GATE", gate);

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(string signal, string kind, string who, string jurisdiction = "Iran (IR)", string authority = Itsr, string feature = "ProfileController.Register", string categories = "category unknown") =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments(jurisdiction, "denies", feature, categories, signal, kind, who, authority);

        [Theory]
        [InlineData("+98")]
        [InlineData("0098")]
        public async Task PhonePrefix(string prefix)
        {
            await Verify.VerifyAsync(Id, Signup("string phoneNumber", @"if ({|#0:phoneNumber.StartsWith(""" + prefix + @""")|}) return Forbid();"),
                Expected("parameter 'phoneNumber'", "phone number prefix", "people outside Iran who keep a +98 phone number"));
        }

        [Fact]
        public async Task PhonePrefixOfCuba()
        {
            await Verify.VerifyAsync(Id, Signup("string mobile", @"if ({|#0:mobile.StartsWith(""+53"")|}) throw new InvalidOperationException(""Unsupported number"");"),
                Expected("parameter 'mobile'", "phone number prefix", "people outside Cuba who keep a +53 phone number", "Cuba (CU)", "31 CFR part 515"));
        }

        [Fact]
        public async Task PhoneNumberPropertyOfAModel()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "public sealed class SignupModel { public string PhoneNumber { get; set; } = \"\"; }",
                Signup("SignupModel model", @"if ({|#0:model.PhoneNumber.StartsWith(""+98"")|}) return Forbid();"),
            }, Expected("property 'PhoneNumber'", "phone number prefix", "people outside Iran who keep a +98 phone number"));
        }

        [Fact]
        public async Task LibPhoneNumberCountryCode()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "namespace PhoneNumbers { public class PhoneNumber { public int CountryCode { get; set; } } }",
                Signup("PhoneNumbers.PhoneNumber number", @"if ({|#0:number.CountryCode == 98|}) return Forbid();"),
            }, Expected("libphonenumber PhoneNumber.CountryCode", "phone number prefix", "people outside Iran who keep a +98 phone number"));
        }

        [Fact]
        public async Task OpenIdConnectZoneinfoClaim()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:User.FindFirst(""zoneinfo"")?.Value == ""Asia/Tehran""|}) return Forbid();"),
                Expected("claim zoneinfo", "time zone", "anyone whose device is set to Asia/Tehran, wherever they are"));
        }

        [Fact]
        public async Task PersianLanguage()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == ""fa""|}) return Forbid();"),
                Expected("CultureInfo.TwoLetterISOLanguageName", "culture or language", "Persian speakers in Afghanistan, Tajikistan and the Iranian diaspora"));
        }

        [Fact]
        public async Task IranianCultureName()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:System.Globalization.CultureInfo.CurrentCulture.Name == ""fa-IR""|}) return Forbid();"),
                Expected("CultureInfo.Name", "culture or language", "anyone whose device or profile uses 'fa-IR', wherever they live"));
        }

        [Fact]
        public async Task AcceptLanguageHeader()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:Request.Headers[""Accept-Language""].ToString().StartsWith(""fa"")|}) return Forbid();"),
                Expected("value 'Accept-Language'", "culture or language", "Persian speakers in Afghanistan, Tajikistan and the Iranian diaspora"));
        }

        [Fact]
        public async Task RegionInfoFromTheCulture()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:System.Globalization.RegionInfo.CurrentRegion.TwoLetterISORegionName == ""IR""|}) return Forbid();"),
                Expected("RegionInfo.TwoLetterISORegionName (derived from the culture)", "culture or language", "anyone whose device or profile uses 'IR', wherever they live"));
        }

        [Theory]
        [InlineData("Asia/Tehran")]
        [InlineData("Iran Standard Time")]
        public async Task TimeZone(string zone)
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:TimeZoneInfo.Local.Id == """ + zone + @"""|}) return Forbid();"),
                Expected("TimeZoneInfo.Id", "time zone", "anyone whose device is set to " + zone + ", wherever they are"));
        }

        [Fact]
        public async Task TimeZoneParameter()
        {
            await Verify.VerifyAsync(Id, Signup("string timeZone", @"if ({|#0:timeZone == ""Asia/Tehran""|}) return Forbid();"),
                Expected("parameter 'timeZone'", "time zone", "anyone whose device is set to Asia/Tehran, wherever they are"));
        }

        [Fact]
        public async Task Currency()
        {
            await Verify.VerifyAsync(Id, Signup("string currency", @"if ({|#0:currency == ""IRR""|}) return Forbid();"),
                Expected("parameter 'currency'", "currency", "anyone paying or pricing in IRR outside Iran"));
        }

        [Fact]
        public async Task RegionInfoCurrency()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:System.Globalization.RegionInfo.CurrentRegion.ISOCurrencySymbol == ""IRR""|}) return Forbid();"),
                Expected("RegionInfo.ISOCurrencySymbol", "currency", "anyone paying or pricing in IRR outside Iran"));
        }

        [Fact]
        public async Task EmailTopLevelDomain()
        {
            await Verify.VerifyAsync(Id, Signup("string email", @"if ({|#0:email.EndsWith("".ir"", StringComparison.OrdinalIgnoreCase)|}) return Forbid();"),
                Expected("parameter 'email'", "top-level domain", "anyone with a .ir address or domain outside Iran"));
        }

        [Fact]
        public async Task MailAddressHost()
        {
            await Verify.VerifyAsync(Id, Signup("string address", @"var parsed = new System.Net.Mail.MailAddress(address);
        if ({|#0:parsed.Host.EndsWith("".ir"")|}) return Forbid();"),
                Expected("MailAddress.Host", "top-level domain", "anyone with a .ir address or domain outside Iran"));
        }

        [Fact]
        public async Task RequestHost()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:Request.Host.Host.EndsWith("".ir"")|}) return Forbid();"),
                Expected("HostString.Host", "top-level domain", "anyone with a .ir address or domain outside Iran"));
        }

        [Fact]
        public async Task ProxyInAHubNamesItsCategory()
        {
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message, string phone)
    {
        if ({|#0:phone.StartsWith(""+98"")|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyAsync(Id, source,
                Expected("parameter 'phone'", "phone number prefix", "people outside Iran who keep a +98 phone number", feature: "ChatHub.Send", categories: "instant messaging and chat"));
        }

        [Fact]
        public async Task LibPhoneNumberRegion()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "namespace PhoneNumbers { public class PhoneNumber { } public class PhoneNumberUtil { public string GetRegionCodeForNumber(PhoneNumber number) => \"\"; } }",
                Signup("PhoneNumbers.PhoneNumber number", @"if ({|#0:new PhoneNumbers.PhoneNumberUtil().GetRegionCodeForNumber(number) == ""IR""|}) return Forbid();"),
            }, Expected("libphonenumber GetRegionCodeForNumber", "phone number region", "people outside Iran who keep a phone number from there"));
        }

        [Fact]
        public async Task RegionEnglishName()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if ({|#0:System.Globalization.RegionInfo.CurrentRegion.EnglishName == ""Iran""|}) return Forbid();"),
                Expected("RegionInfo.EnglishName (derived from the culture)", "culture or language", "anyone whose device or profile uses 'Iran', wherever they live"));
        }

        [Fact]
        public async Task ProxyNextToALocationSignal_ProxyPartIsReported()
        {
            await Verify.VerifyAsync(Id, Signup("string phone", @"if (Request.Headers[""CF-IPCountry""] == ""IR"" || {|#0:phone.StartsWith(""+98"")|}) return Forbid();"),
                Expected("parameter 'phone'", "phone number prefix", "people outside Iran who keep a +98 phone number"));
        }

        [Fact]
        public async Task RequiredPaymentBlockByCurrency_IsSilent()
        {
            await Verify.VerifyAsync(Id, @"
public class CheckoutController : ControllerBase
{
    [HttpPost(""/pay"")]
    public async Task<IActionResult> Pay(string currency)
    {
        if (currency == ""IRR"") return StatusCode(451);
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions { Currency = currency });
        return Ok();
    }
}");
        }

        [Fact]
        public async Task ProxyForAnEndedProgram_IsLeftToSanc1004()
        {
            await Verify.VerifyAsync(Id, Signup("string phone", @"if (phone.StartsWith(""+963"")) return Forbid();"));
        }

        [Fact]
        public async Task PhoneFormattingOnly_IsSilent()
        {
            await Verify.VerifyAsync(Id, Signup("string phone", @"if (phone.StartsWith(""+98"")) phone = ""0"" + phone.Substring(3);"));
        }

        [Fact]
        public async Task RightToLeftForPersian_IsSilent()
        {
            await Verify.VerifyAsync(Id, Signup("string language", @"var dir = language == ""fa"" ? ""rtl"" : ""ltr""; Response.Headers[""X-Dir""] = dir;"));
        }

        [Fact]
        public async Task ProxyComparedWithSomethingElse_IsSilent()
        {
            await Verify.VerifyAsync(Id, Signup("string phone, string currency", @"if (phone.StartsWith(""+1"")) return Forbid();
        if (currency == ""EUR"") return Forbid();"));
        }

        [Fact]
        public async Task CountryCodeInAPhoneField_IsNotACallingCode()
        {
            // "IR" compared with a phone number means nothing: only calling codes count for phone signals.
            await Verify.VerifyAsync(Id, Signup("string phone", @"if (phone == ""IR"") return Forbid();"));
        }

        [Fact]
        public async Task LocationSignal_IsNotAProxy()
        {
            await Verify.VerifyAsync(Id, Signup("", @"if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();"));
        }

        [Fact]
        public async Task TimeZoneDisplay_IsSilent()
        {
            await Verify.VerifyAsync(Id, Signup("", @"var label = TimeZoneInfo.Local.Id == ""Asia/Tehran"" ? ""IRST"" : ""UTC""; Response.Headers[""X-Zone""] = label;"));
        }
    }
}
