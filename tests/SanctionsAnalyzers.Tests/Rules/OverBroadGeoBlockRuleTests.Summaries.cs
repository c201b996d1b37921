using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>Text helpers of the project that return their argument reshaped: the signal passes through them.</summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private const string CleanHelper = @"
public static class Codes
{
    public static string Clean(string raw, string fallback = ""ZZ"")
    {
        var trimmed = raw.Trim();
        if (trimmed.Length != 2)
            return fallback;
        return trimmed.ToUpperInvariant();
    }

    public static string Greeting(string raw) => ""Hello"";
}";

        // The local's name says nothing: only the helper's summary carries the header to the comparison.
        [Fact]
        public async Task Summary_TextHelperReturnsItsArgumentReshaped() =>
            await Verify.VerifyAsync(Id, CleanHelper + HubWith(string.Empty,
                @"var cleaned = Codes.Clean(http.Request.Headers[""CF-IPCountry""].ToString());
        if ({|#0:cleaned == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Summary_Negative_HelperThatIgnoresItsArgument() =>
            await Verify.VerifyAsync(Id, CleanHelper + HubWith(string.Empty,
                @"var word = Codes.Greeting(http.Request.Headers[""CF-IPCountry""].ToString());
        if (word == ""IR"") { Context.Abort(); return; }"));

        private const string FeaturesHub = @"
public sealed record ChatFeatures(bool VoiceNotes, bool Attachments, int MaxUploadMb);

public class ChatHub : Hub
{
    private static ChatFeatures FeaturesForRegion(string? code) =>
        BODY;

    public Task SendVoiceNote(byte[] audio)
    {
        var features = FeaturesForRegion(Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString());
        if (!features.VoiceNotes) return Task.CompletedTask;
        return Clients.All.SendAsync(""voice"", audio);
    }
}";

        // The parameter's name says nothing: its only caller passes the CF-IPCountry header. (The method's name must still
        // say region or country: the cheap pre-filter reads one method's tokens only.)
        [Fact]
        public async Task Summary_PrivateParameterCarriesWhatItsCallersPass_AndALesserResultDegrades() =>
            await Verify.VerifyAsync(Id, FeaturesHub.Replace("BODY", @"{|#0:code == ""IR""|} ? new ChatFeatures(false, false, 10) : new ChatFeatures(true, true, 100)"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "ChatHub.FeaturesForRegion", Chat, IranCitation, "degrades"));

        [Fact]
        public async Task Summary_Negative_ALowerNumberAloneIsNoDegrade() =>
            await Verify.VerifyAsync(Id, FeaturesHub.Replace("BODY", @"code == ""IR"" ? new ChatFeatures(true, true, 10) : new ChatFeatures(true, true, 100)"));

        [Fact]
        public async Task Summary_Negative_MoreForTheJurisdictionIsNoDegrade() =>
            await Verify.VerifyAsync(Id, FeaturesHub.Replace("BODY", @"code == ""IR"" ? new ChatFeatures(true, false, 100) : new ChatFeatures(false, true, 100)"));

        [Fact]
        public async Task Summary_Negative_CallersPassNoSignal() =>
            await Verify.VerifyAsync(Id, @"
public sealed record ChatFeatures(bool VoiceNotes);

public class ChatHub : Hub
{
    private static ChatFeatures FeaturesForRegion(string? code) => code == ""IR"" ? new ChatFeatures(false) : new ChatFeatures(true);

    public Task SendVoiceNote(byte[] audio, string? theme)
    {
        var features = FeaturesForRegion(theme);
        if (!features.VoiceNotes) return Task.CompletedTask;
        return Clients.All.SendAsync(""voice"", audio);
    }
}");

        private const string TryClean = @"
    private static bool TryClean(string? raw, out string cleaned)
    {
        cleaned = string.Empty;
        if (string.IsNullOrWhiteSpace(raw)) return false;
        var builder = new System.Text.StringBuilder();
        foreach (var ch in raw)
        {
            if (char.IsLetter(ch)) builder.Append(char.ToUpperInvariant(ch));
        }

        cleaned = builder.ToString();
        return cleaned.Length == 2;
    }

    private static bool TryLabel(string? raw, out string label)
    {
        label = ""guest"";
        if (raw is null) return false;
        label = System.DateTime.UtcNow.DayOfWeek.ToString();
        return true;
    }";

        // The local's name says nothing: the out parameter is written from what was appended, char by char, from the header.
        [Fact]
        public async Task Summary_OutParameterWrittenFromTheArgument_CarriesTheSignal() =>
            await Verify.VerifyAsync(Id, HubWith(TryClean,
                @"if (TryClean(http.Request.Headers[""CF-IPCountry""].ToString(), out var code) && {|#0:code == ""IR""|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Summary_Negative_OutParameterWrittenFromSomethingElse() =>
            await Verify.VerifyAsync(Id, HubWith(TryClean,
                @"if (TryLabel(http.Request.Headers[""CF-IPCountry""].ToString(), out var code) && code == ""IR"") { Context.Abort(); return; }"));

        private const string Rules = @"
    private interface IRegionRule { bool Denies(string country); }
    private sealed class IranRule : IRegionRule { public bool Denies(string country) => country == ""IR""; }
    private readonly IRegionRule[] _rules = { new IranRule() };";

        [Fact]
        public async Task Summary_PredicateThatIsItselfAGate_WhateverTheEntry() =>
            await Verify.VerifyAsync(Id, HubWith(Rules,
                ReadCountry + @"if ({|#0:_rules.Any(r => r.Denies(country))|}) { Context.Abort(); return; }"), IranChat());

        [Fact]
        public async Task Summary_Negative_PredicateTestingTheEntryOnly() =>
            await Verify.VerifyAsync(Id, HubWith(Rules,
                ReadCountry + @"if (_rules.Any(r => r is IranRule)) { Context.Abort(); return; }"));
    }
}
