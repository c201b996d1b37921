using System.Collections.Generic;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// The candidate scan decides which methods get operation trees. Every gate shape GeoBlockFinder understands must
    /// pass it, including gates whose jurisdiction or signal lives in another file (a constant, a list, a helper); the
    /// shapes of ordinary business and localization code must not. Each case first checks what GeoBlockFinder itself
    /// finds, so that a case cannot pass for the wrong reason.
    /// </summary>
    public class CandidateScannerTests
    {
        private const string Controller = @"
public class GateController : ControllerBase
{{
    private readonly ISet<string> _blockedCountries;
    private readonly IGeoIP2DatabaseReader _reader;

    public GateController(ISet<string> blockedCountries, IGeoIP2DatabaseReader reader)
    {{
        _blockedCountries = blockedCountries;
        _reader = reader;
    }}

    public IActionResult Gate(string country, string phone, string ip, PhoneNumbers.PhoneNumber number, Profile user)
    {{
        {0}
        return Ok();
    }}
}}

public enum Country {{ UnitedStates, Iran, Cuba }}
public class Profile {{ public Country Country {{ get; set; }} }}
namespace PhoneNumbers {{ public class PhoneNumber {{ public int CountryCode {{ get; set; }} }} }}";

        public static IEnumerable<object[]> GateShapes() => new[]
        {
            new object[] { "header compared with a code", @"if (Request.Headers[""CF-IPCountry""] == ""IR"") return Forbid();" },
            new object[] { "MaxMind IsoCode in a local", @"var code = _reader.Country(ip).Country.IsoCode; if (code == ""CU"") return Forbid();" },
            new object[] { "pattern", @"if (country is ""IR"" or ""KP"") return Forbid();" },
            new object[] { "switch statement", @"switch (country) { case ""SY"": return Forbid(); }" },
            new object[] { "switch expression", @"return country switch { ""IR"" => Forbid(), _ => Ok() };" },
            new object[] { "conditional expression", @"return country == ""CU"" ? Forbid() : Ok();" },
            new object[] { "enum member", @"if (user.Country == Country.Iran) return Forbid();" },
            new object[] { "calling code as a number", @"if (number.CountryCode == 98) return Forbid();" },
            new object[] { "calling code in hex", @"if (number.CountryCode == 0x62) return Forbid();" },
            new object[] { "calling code with a digit separator", @"if (number.CountryCode == 9_8) return Forbid();" },
            new object[] { "phone prefix", @"if (phone.StartsWith(""+98"")) return Forbid();" },
            new object[] { "escaped string", @"if (country == ""\x49R"") return Forbid();" },
            new object[] { "padded string", @"if (country == "" IR "") return Forbid();" },
            new object[] { "code joined from literals", @"if (country == (""I"" + ""R"")) return Forbid();" },
            new object[] { "header name joined from literals", @"if (Request.Headers[""CF-IPC"" + ""ountry""] == ""IR"") return Forbid();" },
            new object[] { "list the analyzer cannot see", @"if (_blockedCountries.Contains(country)) return Forbid();" },
            new object[] { "list lookup through a predicate", @"if (new[] { ""IR"", ""CU"" }.Any(c => c == country)) return Forbid();" },
            new object[] { "claim", @"if (User.HasClaim(""ctry"", ""IR"")) return Forbid();" },
            new object[] { "time zone", @"if (TimeZoneInfo.Local.Id == ""Iran Standard Time"") return Forbid();" },
        };

        [Theory]
        [MemberData(nameof(GateShapes))]
        public void GateShape_IsACandidate(string shape, string statement)
        {
            var fixture = ScanFixture.Of(string.Format(System.Globalization.CultureInfo.InvariantCulture, Controller, statement));
            var gate = fixture.Method("Gate");

            Assert.True(fixture.GeoBlocksIn(gate) > 0, "GeoBlockFinder finds no gate in the '" + shape + "' case; the case tests nothing.");
            Assert.True(fixture.IsCandidate(gate), "The '" + shape + "' gate is filtered out: " + fixture.Explain(gate));
        }

        public static IEnumerable<object[]> GatesDeclaredElsewhere() => new[]
        {
            new object[]
            {
                "a list in another file",
                @"public IActionResult Gate(string country) { if (Lists.Embargoed.Contains(country)) return Forbid(); return Ok(); }",
                @"public static class Lists { public static readonly string[] Embargoed = { ""IR"", ""CU"" }; }",
            },
            new object[]
            {
                "a constant in another file",
                @"public IActionResult Gate(string country) { if (country == Codes.Restricted) return Forbid(); return Ok(); }",
                @"public static class Codes { public const string Restricted = ""IR""; }",
            },
            new object[]
            {
                "a header name in a constant",
                @"public IActionResult Gate() { if (Request.Headers[Cdn.Name] == ""IR"") return Forbid(); return Ok(); }",
                @"public static class Cdn { public const string Name = ""CF-IPCountry""; }",
            },
            new object[]
            {
                "a helper handed the signal",
                @"public IActionResult Gate(string country) { if (Screening.Check(country)) return Forbid(); return Ok(); }",
                @"public static class Screening { public static bool Check(string code) => code is ""IR"" or ""KP""; }",
            },
            new object[]
            {
                "a helper reading the signal itself",
                @"public IActionResult Gate() { if (Screening.Check(HttpContext)) return Forbid(); return Ok(); }",
                @"public static class Screening { public static bool Check(HttpContext http) => http.Request.Headers[""CF-IPCountry""] == ""IR""; }",
            },
            new object[]
            {
                "a check answering with a decision object",
                @"public IActionResult Gate(string country) { if (Screening.Evaluate(country).Blocked) return Forbid(); return Ok(); }",
                @"public sealed record Decision(bool Blocked); public static class Screening { public static Decision Evaluate(string code) => code is ""IR"" or ""KP"" ? new Decision(true) : new Decision(false); }",
            },
        };

        [Theory]
        [MemberData(nameof(GatesDeclaredElsewhere))]
        public void GateWhosePartsAreDeclaredElsewhere_IsACandidate(string shape, string method, string declarations)
        {
            var fixture = ScanFixture.Of("public class GateController : ControllerBase { " + method + " }", declarations);
            var gate = fixture.Method("Gate");

            Assert.True(fixture.GeoBlocksIn(gate) > 0, "GeoBlockFinder finds no gate with " + shape + "; the case tests nothing.");
            Assert.True(fixture.IsCandidate(gate), "The gate using " + shape + " is filtered out: " + fixture.Explain(gate));
        }

        public static IEnumerable<object[]> OrdinaryCode() => new[]
        {
            new object[] { "prices with numbers that are also calling codes", @"public decimal Gate(int quantity) { if (quantity > 98) return 192m; return 364m * quantity + 408m; }" },
            new object[] { "validation of an e-mail address", @"public List<string> Gate(string email) { var errors = new List<string>(); if (string.IsNullOrEmpty(email)) errors.Add(""Email required""); return errors; }" },
            new object[] { "a country picker", @"public List<string> Gate(IEnumerable<string> countries) => countries.Select(country => country.ToUpperInvariant()).OrderBy(c => c).ToList();" },
            new object[] { "a localization lookup with no branch", @"public string Gate(string culture, IDictionary<string, string> texts) => texts[culture];" },
            new object[] { "a nullable signal logged with a code", @"public void Gate(string? country, ILogger logger) => logger.LogInformation(""{Country} {Code}"", country?.Trim(), ""IR"");" },
            new object[] { "an action result chosen by a lookup (no decision object: its callers test nothing of it)", @"public IActionResult Gate(string country) { var picked = Pick(country); if (picked is NotFoundResult) return new StatusCodeResult(410); return picked; }
 private IActionResult Pick(string country) { if (Featured.Contains(country)) return new OkResult(); return new NotFoundResult(); }
 private static readonly string[] Featured = { ""DE"" };" },
            new object[] { "a jurisdiction in a comment", @"public int Gate(string country) { // IR and CU are handled elsewhere
 if (country.Length > 2) return 1; return 0; }" },
        };

        [Theory]
        [MemberData(nameof(OrdinaryCode))]
        public void OrdinaryCode_IsNotACandidate(string shape, string method)
        {
            var fixture = ScanFixture.Of("public class Service { " + method + " }");
            var code = fixture.Method("Gate");

            Assert.Equal(0, fixture.GeoBlocksIn(code));
            Assert.False(fixture.IsCandidate(code), "'" + shape + "' passes the scan: " + fixture.Explain(code));
        }
    }
}
