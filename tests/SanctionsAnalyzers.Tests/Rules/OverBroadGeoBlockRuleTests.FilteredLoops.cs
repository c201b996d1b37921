using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A loop over a collection filtered by a gate on each entry's own signal visits only the jurisdiction's entries: its
    /// body is their path, followed back through locals and the <c>entries-of</c> steps (Select, Distinct, ToList).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string ChatSweep(string body) => @"
public sealed record SessionEntry(string MemberId, string CountryCode);

public interface IChatMembers
{
    Task DeactivateAsync(string memberId);
    Task NotifyAsync(string memberId, string text);
}

public sealed class ChatMemberSweep
{
    private static readonly HashSet<string> Restricted = new() { ""IR"", ""CU"" };
    private readonly IChatMembers _members;
    private readonly ILogger<ChatMemberSweep> _logger;

    public ChatMemberSweep(IChatMembers members, ILogger<ChatMemberSweep> logger) => (_members, _logger) = (members, logger);

    public async Task SweepAsync(IReadOnlyList<SessionEntry> sessions)
    {
        var flagged = sessions.Where(s => {|#0:Restricted.Contains(s.CountryCode)|}).Select(s => s.MemberId).Distinct().ToList();
        foreach (var memberId in flagged)
        {
            BODY
        }
    }
}".Replace("BODY", body);

        [Fact]
        public async Task LoopOverAFilteredCollection_DeactivatingEachEntry_Denies()
        {
            await Verify.VerifyAsync(Id, ChatSweep("await _members.DeactivateAsync(memberId);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "ChatMemberSweep.SweepAsync", Inferred("chat", "the method name 'SweepAsync'", "\"chat\"").Replace("the method name 'SweepAsync'", "the type name 'ChatMemberSweep'"),
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        [Fact]
        public async Task LoopOverAFilteredCollection_OnlyLoggingEachEntry_IsSilent()
        {
            await Verify.VerifyAsync(Id, ChatSweep("_logger.LogInformation(\"Member {Id} connects from a restricted region\", memberId);").Replace("{|#0:", string.Empty).Replace("|})", ")"));
        }

        [Fact]
        public async Task LoopOverAFilterOnSomethingElse_IsSilent()
        {
            await Verify.VerifyAsync(Id, ChatSweep("await _members.DeactivateAsync(memberId);")
                .Replace("{|#0:Restricted.Contains(s.CountryCode)|}", "s.MemberId.StartsWith(\"bot-\")"));
        }
    }
}
