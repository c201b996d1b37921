using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Code that mentions sanctioned places without blocking anyone: no SANC1xxx diagnostic of any rule,
    /// hidden inventory included. False positives are what make people uninstall an analyzer.
    /// </summary>
    public class NoFalsePositiveTests
    {
        private static async Task VerifySilentAsync(params string[] sources)
        {
            var test = new RuleVerifier.Test();
            foreach (var source in sources)
            {
                test.TestState.Sources.Add(source);
            }

            await test.RunAsync(CancellationToken.None);
        }

        private static string Controller(string body, string members = "") => @"
public class ProfileController : ControllerBase
{
    MEMBERS
    [HttpGet(""/profile"")]
    public IActionResult Get(string country, string phone, string currency, decimal amount)
    {
        BODY
    }
}".Replace("MEMBERS", members).Replace("BODY", body);

        // The sixth session's forms, used for localization, formatting and reporting rather than refusal.

        [Fact]
        public Task BoolSwitchChoosingRightToLeftLayout() => VerifySilentAsync(Controller(
            @"var rtl = country switch { ""IR"" or ""AF"" => true, _ => false };
        if (rtl) return Ok(new { dir = ""rtl"", phone });
        return Ok(new { dir = ""ltr"", phone });"));

        [Fact]
        public Task EnumParseChoosingAPhoneFormat() => VerifySilentAsync(Controller(
            @"if (Enum.TryParse<DialRegion>(country, ignoreCase: true, out var region)) return Ok(""+"" + (int)region + "" "" + phone);
        return Ok(phone);") + @"
public enum DialRegion { IR = 98, CU = 53, US = 1 }");

        [Fact]
        public Task FlagFieldChoosingACurrencyFormat() => VerifySilentAsync(@"
public sealed class PriceLabel
{
    private static readonly string[] Rial = { ""IR"" };
    private bool _rial;

    public void Load(string country) => _rial = Array.IndexOf(Rial, country) >= 0;

    public string Render(decimal amount)
    {
        if (_rial) return amount.ToString(""N0"") + "" IRR"";
        return amount.ToString(""C"");
    }
}");

        [Fact]
        public Task LoopOverAFilteredCollectionForAReport() => VerifySilentAsync(@"
public sealed record Visit(string Page, string CountryCode);

public sealed class TrafficReport
{
    private static readonly HashSet<string> Watched = new() { ""IR"", ""CU"" };

    public string Build(IEnumerable<Visit> visits)
    {
        var text = new System.Text.StringBuilder();
        foreach (var page in visits.Where(v => Watched.Contains(v.CountryCode)).Select(v => v.Page).Distinct())
        {
            text.AppendLine(page);
        }

        return text.ToString();
    }
}");

        [Fact]
        public Task CountryPickerReferenceTable() => VerifySilentAsync(Controller(
            @"return Ok(Names.TryGetValue(country, out var name) ? name : country);",
            @"private static readonly Dictionary<string, string> Names = new() { [""IR""] = ""Iran"", [""IQ""] = ""Iraq"", [""CU""] = ""Cuba"" };"));

        [Fact]
        public Task CountryPickerSelectedOption() => VerifySilentAsync(Controller(
            @"var options = new[] { ""IR"", ""SY"", ""KP"", ""US"" }.Select(c => new { code = c, selected = c == country });
        return Ok(options);"));

        [Fact]
        public Task CountryNameSwitchWithThrowOnUnknown() => VerifySilentAsync(Controller(
            @"switch (country)
        {
            case ""IR"": return Ok(""Iran"");
            case ""SY"": return Ok(""Syria"");
            default: throw new ArgumentOutOfRangeException(nameof(country));
        }"));

        [Fact]
        public Task RightToLeftLayoutForPersian() => VerifySilentAsync(Controller(
            @"var rtl = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == ""fa"";
        return Ok(new { dir = rtl ? ""rtl"" : ""ltr"" });"));

        [Fact]
        public Task PersianCalendarForIranianCulture() => VerifySilentAsync(Controller(
            @"System.Globalization.Calendar calendar = new System.Globalization.GregorianCalendar();
        if (System.Globalization.CultureInfo.CurrentCulture.Name == ""fa-IR"") { calendar = new System.Globalization.PersianCalendar(); }
        return Ok(calendar.GetYear(DateTime.UtcNow));"));

        [Fact]
        public Task PhoneNumberNormalisation() => VerifySilentAsync(Controller(
            @"if (phone.StartsWith(""+98"")) { phone = ""0"" + phone.Substring(3); }
        if (phone.StartsWith(""0098"")) { phone = ""0"" + phone.Substring(4); }
        return Ok(phone);"));

        [Fact]
        public Task CurrencyFormatting() => VerifySilentAsync(Controller(
            @"var text = currency == ""IRR"" ? amount.ToString(""N0"") + "" rial"" : amount.ToString(""C"");
        return Ok(text);"));

        [Fact]
        public Task TimeZoneConversionForDisplay() => VerifySilentAsync(Controller(
            @"var zone = TimeZoneInfo.FindSystemTimeZoneById(""Asia/Tehran"");
        var label = zone.Id == ""Asia/Tehran"" ? ""IRST"" : zone.StandardName;
        return Ok(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, zone).ToString() + "" "" + label);"));

        [Fact]
        public Task LoggingAndMetricsOfTheCountry() => VerifySilentAsync(Controller(
            @"if (country == ""IR"") { _logger.LogInformation(""Request from {Country}"", country); }
        _requests.Add(1, new KeyValuePair<string, object?>(""country"", country));
        return Ok();",
            @"private readonly ILogger<ProfileController> _logger = null!;
    private static readonly System.Diagnostics.Metrics.Counter<long> _requests = new System.Diagnostics.Metrics.Meter(""app"").CreateCounter<long>(""requests"");"));

        [Fact]
        public Task GeoRoutingToAMirror() => VerifySilentAsync(Controller(
            @"var baseUrl = country == ""IR"" ? ""https://mirror-asia.example.org"" : ""https://cdn.example.org"";
        if (country == ""CU"") return Redirect(baseUrl + ""/cu"");
        return Ok(baseUrl);"));

        [Fact]
        public Task AdNetworkChoice() => VerifySilentAsync(Controller(
            @"string adNetwork;
        if (country == ""IR"" || country == ""CU"") { adNetwork = ""house-ads""; } else { adNetwork = ""admob""; }
        return Ok(adNetwork);"));

        [Fact]
        public Task VpnSplitTunnelling() => VerifySilentAsync(
            "public class TunnelConfig { public bool SplitTunnel { get; set; } public List<string> Routes { get; } = new(); }",
            Controller(@"var config = new TunnelConfig();
        if (country == ""IR"") { config.SplitTunnel = true; config.Routes.Add(""0.0.0.0/0""); }
        return Ok(config);"));

        [Fact]
        public Task RateLimitingByIpAddress() => VerifySilentAsync(Controller(
            @"var permits = country == ""IR"" ? 20 : 100;
        var limiter = System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(HttpContext.Connection.RemoteIpAddress?.ToString() ?? """",
            _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) });
        return Ok(limiter.PartitionKey);"));

        [Fact]
        public Task SanctionsMeaningPlayerPunishments() => VerifySilentAsync(
            "public class Player { public string Id { get; set; } = \"\"; public List<string> Sanctions { get; } = new(); public string Region { get; set; } = \"\"; }",
            @"public class GameServer
{
    private Task KickAsync(Player player) => Task.CompletedTask;
    public async Task Enforce(Player player)
    {
        if (player.Sanctions.Count > 3) await KickAsync(player);
        if (player.Sanctions.Contains(""chat-ban"")) await KickAsync(player);
    }
}");

        [Fact]
        public Task TaxRateByCountry() => VerifySilentAsync(Controller(
            @"var vat = 0.2m;
        if (country == ""IR"") { vat = 0m; }
        return Ok(amount * vat);"));

        [Fact]
        public Task ValidationOfAnUnknownCodeReturnsBadRequest() => VerifySilentAsync(Controller(
            @"if (!Known.Contains(country)) return BadRequest(""unknown country"");
        return Ok();",
            @"private static readonly HashSet<string> Known = new() { ""US"", ""DE"", ""IR"", ""CU"" };"));

        [Fact]
        public Task CookieBannerForEuropeanVisitors() => VerifySilentAsync(
            "public class Banner { public bool Show { get; set; } }",
            Controller(@"var banner = new Banner();
        if (Eu.Contains(country)) banner.Show = true;
        return Ok(banner);",
            @"private static readonly string[] Eu = { ""DE"", ""FR"", ""IT"", ""ES"" };"));

        [Fact]
        public Task LocalizedResourceSelection() => VerifySilentAsync(
            @"public static class Resources
{
    public static string FileFor(string language) => language == ""fa"" ? ""Strings.fa.resx"" : ""Strings.resx"";
    public static string Greeting(string culture) { switch (culture) { case ""fa-IR"": return ""سلام""; default: return ""Hello""; } }
}");

        [Fact]
        public Task SupportedCultureCheckIsNotAnAllowCheck() => VerifySilentAsync(
            @"public static class CultureSelector
{
    public static bool IsSupportedCulture(string culture)
    {
        if (culture == ""ko-KP"") return false;
        return culture.Length > 0;
    }
}");

        [Fact]
        public Task CommentsAndExcludedRegions() => VerifySilentAsync(Controller(
            @"// if (country == ""IR"") return Forbid();
        /* if (country == ""IR"") throw new InvalidOperationException(); */
#if NEVER_DEFINED
        if (country == ""IR"") return Forbid();
#endif
        return Ok();"));

        [Fact]
        public Task StringsThatAreNotSignals() => VerifySilentAsync(Controller(
            @"var title = ""IR"";
        if (title == ""IR"") return Forbid();
        if (Request.Headers[""X-Request-Id""] == ""IR"") return Forbid();
        return Ok();"));

        [Fact]
        public Task NonSanctionedCountriesOnly() => VerifySilentAsync(Controller(
            @"if (country == ""RU"" || country == ""BY"" || country == ""IQ"" || country == ""IRL"") return Forbid();
        return Ok();"));

        [Fact]
        public Task DenyForEveryoneButTheJurisdiction() => VerifySilentAsync(Controller(
            @"if (country != ""IR"") return Forbid();
        return Ok(""Iranian mirror"");"));

        [Fact]
        public Task CancelFlagIsNotADegrade() => VerifySilentAsync(
            "public class Args { public bool Cancel { get; set; } public bool Handled { get; set; } }",
            Controller(@"var args = new Args();
        if (country == ""IR"") { args.Cancel = false; args.Handled = true; }
        return Ok(args);"));

        [Fact]
        public Task TableOfBankNumberLengthsNamingIranIsValidation() => VerifySilentAsync(
            @"public static class Iban
{
    private static readonly System.Collections.Generic.Dictionary<string, int> Lengths = new() { [""DE""] = 22, [""GB""] = 22, [""TR""] = 26, [""IR""] = 26 };

    public static bool IsValid(string value, out string error)
    {
        error = string.Empty;
        var country = value.Substring(0, 2);
        if (!Lengths.TryGetValue(country, out var expected))
        {
            error = ""Unknown IBAN country."";
            return false;
        }

        if (value.Length != expected)
        {
            error = ""Wrong length."";
            return false;
        }

        return true;
    }
}");

        [Fact]
        public Task ListedCountriesFallingThroughToChecksEveryListedCountryGets() => VerifySilentAsync(Controller(
            @"var supported = new[] { ""US"", ""DE"", ""IR"", ""CU"", ""KP"", ""SY"" };
        if (!supported.Contains(country)) return Forbid();
        if (Request.Query.Count > 10) return Forbid();
        return Ok();"));

        [Fact]
        public Task PlainLibraryWithNameOfCountries() => VerifySilentAsync(
            @"public static class CountryData
{
    public static readonly string[] Sanctioned = { ""IR"", ""KP"", ""CU"" };
    public static int Count() => Sanctioned.Length;
    public static string Describe(string country) => Sanctioned.Contains(country) ? ""listed"" : ""not listed"";
}");
    }
}
