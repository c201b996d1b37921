using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Jurisdictions known only from a name: an IP range table named after a place, a data file named after one, a check
    /// named after one. The message says the jurisdiction was inferred and from which name.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        [Fact]
        public async Task PlaceNames_RangeTableNamedAfterIran_OnTheCallersAddress()
        {
            const string source = @"
using System.Net;

public class ChatHub : Hub
{
    private static readonly IPNetwork[] IranBlocks = { IPNetwork.Parse(""2.176.0.0/12""), IPNetwork.Parse(""5.160.0.0/14"") };

    public string SendMessage(IPAddress caller, string text)
    {
        if ({|#0:IranBlocks.Any(block => block.Contains(caller))|}) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR), inferred from the name 'IranBlocks',", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task PlaceNames_DataFileBehindAContainsCall()
        {
            const string source = @"
using System.Net;

public sealed class Ranges
{
    public static Ranges Load(string path) => new Ranges();
    public bool Contains(IPAddress address) => false;
}

public class ChatHub : Hub
{
    private static readonly Ranges Blocked = Ranges.Load(System.IO.Path.Combine(""geo"", ""ir.csv""));

    public string SendMessage(IPAddress caller, string text)
    {
        if ({|#0:Blocked.Contains(caller)|}) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR), inferred from the file name 'ir.csv',", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        private static string NumericRanges(string rangesName) => @"
using System.Net;

public readonly record struct Range(uint Start, uint End)
{
    public bool Contains(uint value) => value >= Start && value <= End;
}

public static class RangeMath
{
    public static uint ToNumber(IPAddress address) => System.BitConverter.ToUInt32(address.GetAddressBytes(), 0);
}

public class ChatHub : Hub
{
    private static readonly List<Range> RANGES = new();

    public string SendMessage(IPAddress caller, string text)
    {
        var value = RangeMath.ToNumber(caller);
        if ({|#0:RANGES.Any(r => r.Contains(value))|}) throw new UnauthorizedAccessException();
        return text;
    }
}".Replace("RANGES", rangesName);

        [Fact]
        public async Task PlaceNames_RangesNamedForTheCountry_HoldingTheAddressAsANumber() =>
            await Verify.VerifyAsync(Id, NumericRanges("IranRanges"), Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR), inferred from the name 'IranRanges',", "ChatHub.SendMessage", Chat, IranCitation, "denies"));

        [Fact]
        public async Task PlaceNames_Negative_RangesOfAnotherName_HoldingTheAddressAsANumber() =>
            await Verify.VerifyAsync(Id, NumericRanges("OfficeRanges").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task PlaceNames_CheckNamedForTheDemonym_OnTextMadeFromTheAddress()
        {
            const string source = @"
using System.Net;

public static class Ranges
{
    public static bool IsIranian(string ipAddress) => ipAddress.Length > 40;
}

public class ChatHub : Hub
{
    public string SendMessage(IPAddress caller, string text)
    {
        var ip = caller?.ToString() ?? string.Empty;
        if ({|#0:Ranges.IsIranian(ip)|}) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR), inferred from the method name 'IsIranian',", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task PlaceNames_ALiteralStillDecidesOverTheName()
        {
            const string source = @"
public class ChatHub : Hub
{
    private static readonly string[] IranAndCuba = { ""IR"" };

    public string SendMessage(string countryCode, string text)
    {
        if ({|#0:IranAndCuba.Contains(countryCode)|}) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                "Iran (IR)", "ChatHub.SendMessage", Chat, IranCitation, "denies"));
        }

        [Fact]
        public async Task PlaceNames_JurisdictionEvidenceIsName_InTheProperties()
        {
            var compilation = AnalyzerRun.Compile(@"
using System.Net;

public class ChatHub : Hub
{
    private static readonly IPNetwork[] CubanNetworks = { IPNetwork.Parse(""152.206.0.0/15"") };

    public string SendMessage(IPAddress caller, string text)
    {
        if (CubanNetworks.Any(n => n.Contains(caller))) throw new UnauthorizedAccessException();
        return text;
    }
}");
            var diagnostic = Assert.Single((await AnalyzerRun.DiagnosticsAsync(compilation)).Where(d => d.Id == Id));
            Assert.Equal("Name", diagnostic.Properties["JurisdictionEvidence"]);
            Assert.Equal("CU", diagnostic.Properties["Jurisdictions"]);
            Assert.Equal("IP address", diagnostic.Properties["Signal"]);
        }

        [Fact]
        public async Task PlaceNames_Negative_RateLimitOnBannedAddresses()
        {
            const string source = @"
using System.Net;

public class ChatHub : Hub
{
    private static readonly HashSet<IPAddress> BannedAddresses = new();

    public string SendMessage(IPAddress caller, string text)
    {
        if (BannedAddresses.Contains(caller)) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PlaceNames_Negative_IranianNumberFormattedNotRefused()
        {
            const string source = @"
public static class Phones
{
    public static bool IsIranian(string phone) => phone.StartsWith(""0098"");
}

public class ChatHub : Hub
{
    public string Display(string phone)
    {
        if (Phones.IsIranian(phone)) return ""+98 "" + phone.Substring(4);
        return phone;
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PlaceNames_Negative_RangesFileOfAnotherCountry()
        {
            const string source = @"
using System.Net;

public sealed class Ranges
{
    public static Ranges Load(string path) => new Ranges();
    public bool Contains(IPAddress address) => false;
}

public class ChatHub : Hub
{
    private static readonly Ranges Blocked = Ranges.Load(""geo/de.csv"");

    public string SendMessage(IPAddress caller, string text)
    {
        if (Blocked.Contains(caller)) throw new UnauthorizedAccessException();
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PlaceNames_Negative_AddressLoggedNotRefused()
        {
            const string source = @"
using System.Net;

public class ChatHub : Hub
{
    private static readonly IPNetwork[] IranBlocks = { IPNetwork.Parse(""2.176.0.0/12"") };
    public int Hits;

    public string SendMessage(IPAddress caller, string text)
    {
        if (IranBlocks.Any(block => block.Contains(caller))) Hits++;
        return text;
    }
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
