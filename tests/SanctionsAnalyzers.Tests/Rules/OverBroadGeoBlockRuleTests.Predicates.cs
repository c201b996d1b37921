using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Membership by predicate, in the shapes the API table (Resources/ApiKnowledge.txt) names: 'exists' rows with a lambda
    /// or a method group, 'count' rows compared with a number, 'filter' rows followed by Any(), and picks compared with null.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string BlockedList = @"private static readonly string[] Blocked = { ""IR"" };";
        private const string ReadCountry = @"var country = http.Request.Headers[""CF-IPCountry""].ToString();
        ";

        [Fact]
        public async Task Predicate_WhereThenAny() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.Where(c => c == country).Any()|}) { Context.Abort(); return; }"), IranChat());

        private const string Participants = @"public sealed class Participant { public string? CountryCode { get; init; } public string Name { get; init; } = """"; }";

        [Fact]
        public async Task Predicate_SomeEntrysOwnCountry_IsTheJurisdictionsTest() =>
            await Verify.VerifyAsync(Id, Participants + HubWith(string.Empty, @"var participants = new[] { new Participant { CountryCode = http.Request.Headers[""CF-IPCountry""].ToString() } };
        if ({|#0:participants.Any(p => p.CountryCode == ""IR"")|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_SomeEntrysOwnCountry_ChoosingAGreeting_IsSilent() =>
            await Verify.VerifyAsync(Id, Participants + HubWith(string.Empty, @"var participants = new[] { new Participant { CountryCode = http.Request.Headers[""CF-IPCountry""].ToString() } };
        var greeting = participants.Any(p => p.CountryCode == ""IR"") ? ""Salaam"" : ""Hello"";
        await Clients.All.SendAsync(greeting);"));

        [Fact]
        public async Task Predicate_CountGreaterThanZero() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.Count(c => c == country) > 0|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_CountOfAFilterIsZero_AllowsTheOthers() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.Where(c => c == country).Count() == 0|}) { await Clients.All.SendAsync(""ok""); return; }
        Context.Abort(); return;"), IranChat());

        [Fact]
        public async Task Predicate_FirstOrDefaultNotNull() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.FirstOrDefault(c => c == country) != null|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_PickHeldInALocal_IsNotNullPattern() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"var hit = string.IsNullOrEmpty(country) ? null : Blocked.FirstOrDefault(c => c == country);
        if ({|#0:hit is not null|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_MethodGroup() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.Any(country.Equals)|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_ListExists() =>
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly List<string> Blocked = new() { ""IR"" };", ReadCountry + @"if ({|#0:Blocked.Exists(c => c == country)|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Predicate_TheEntrysOwnCountryPropertyIsNotTheSignal()
        {
            // r.CountryCode belongs to the entry; the signal is the header compared with it.
            await Verify.VerifyAsync(Id, HubWith(@"private sealed record Rule(string CountryCode, bool Blocked);
    private static readonly Rule[] Rules = { new(""IR"", true) };",
                ReadCountry + @"if ({|#0:Rules.Any(r => r.CountryCode == country && r.Blocked)|}) { Context.Abort(); return; }"), IranChat());
        }

        [Fact]
        public async Task Predicate_Negative_CountOfMessagesIsNoMembership() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if (Blocked.Count() > 0 && country.Length == 2) { await Clients.All.SendAsync(""ok""); }"));

        [Fact]
        public async Task Predicate_Negative_PickOfAnotherListIsNoGate() =>
            await Verify.VerifyAsync(Id, HubWith(@"private static readonly string[] Greetings = { ""Salam"", ""Hello"" };", ReadCountry + @"if (Greetings.FirstOrDefault(g => g.Length > 3) != null) { Context.Abort(); return; }"));

        [Fact]
        public async Task Predicate_EntryContainsTheSignal() =>
            await Verify.VerifyAsync(Id, HubWith(BlockedList, ReadCountry + @"if ({|#0:Blocked.Any(b => b.Contains(country))|}) { Context.Abort(); return; }"), IranChat());
    }
}
