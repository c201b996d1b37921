// expect: warn A community chat server's guild-membership service decides through a switch expression over the member's profile country (or a +98 / +53 / +963 / +850 phone prefix when no country is set) that members from Iran, Cuba, Syria and North Korea are refused when they try to join a guild or post in its text channels, so people in Iran are cut off from group chat (an authorized communication service).
// modelled-on: 1995parham/github-do-not-ban-us issue #38 (paraphrased, not copied; the discussion noting that a team-chat service banned users by Iranian nationality and IP became a community guild service that checks the profile country and phone prefix before join and post)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case349
{
    using Microsoft.AspNetCore.Http;
    using Microsoft.AspNetCore.Mvc;

    public sealed record MemberProfile(Guid Id, string DisplayName, string? CountryCode, string? PhoneNumber);

    public sealed record GuildMessage(Guid GuildId, Guid ChannelId, string Body);

    public enum MembershipDecision
    {
        Allowed,
        RegionRestricted,
    }

    public interface IMemberDirectory
    {
        Task<MemberProfile?> FindAsync(Guid memberId, CancellationToken ct);
    }

    public interface IGuildStore
    {
        Task AddMemberAsync(Guid guildId, Guid memberId, CancellationToken ct);
        Task<long> AppendMessageAsync(GuildMessage message, Guid authorId, CancellationToken ct);
    }

    public interface IGuildMembershipService
    {
        Task<MembershipDecision> EvaluateAsync(Guid memberId, CancellationToken ct);
    }

    public sealed class GuildMembershipService : IGuildMembershipService
    {
        private readonly IMemberDirectory _directory;

        public GuildMembershipService(IMemberDirectory directory) => _directory = directory;

        public async Task<MembershipDecision> EvaluateAsync(Guid memberId, CancellationToken ct)
        {
            var profile = await _directory.FindAsync(memberId, ct);
            if (profile is null)
            {
                return MembershipDecision.Allowed;
            }

            var region = ResolveRegion(profile);
            return region switch
            {
                "IR" or "CU" or "SY" or "KP" => MembershipDecision.RegionRestricted,
                _ => MembershipDecision.Allowed,
            };
        }

        private static string ResolveRegion(MemberProfile profile)
        {
            if (!string.IsNullOrWhiteSpace(profile.CountryCode))
            {
                return profile.CountryCode.Trim().ToUpperInvariant();
            }

            var phone = (profile.PhoneNumber ?? string.Empty).Replace(" ", string.Empty);
            if (phone.StartsWith("+98")) return "IR";
            if (phone.StartsWith("+53")) return "CU";
            if (phone.StartsWith("+963")) return "SY";
            if (phone.StartsWith("+850")) return "KP";
            return "ZZ";
        }
    }

    [ApiController]
    [Route("api/guilds/{guildId:guid}")]
    public sealed class GuildController : ControllerBase
    {
        private readonly IGuildMembershipService _membership;
        private readonly IGuildStore _store;

        public GuildController(IGuildMembershipService membership, IGuildStore store)
        {
            _membership = membership;
            _store = store;
        }

        [HttpPost("members/{memberId:guid}")]
        public async Task<IActionResult> Join(Guid guildId, Guid memberId, CancellationToken ct)
        {
            if (await _membership.EvaluateAsync(memberId, ct) == MembershipDecision.RegionRestricted)
            {
                return Restricted();
            }

            await _store.AddMemberAsync(guildId, memberId, ct);
            return NoContent();
        }

        [HttpPost("channels/{channelId:guid}/messages")]
        public async Task<IActionResult> Post(Guid guildId, Guid channelId, [FromQuery] Guid authorId, [FromBody] string body, CancellationToken ct)
        {
            if (await _membership.EvaluateAsync(authorId, ct) is MembershipDecision.RegionRestricted)
            {
                return Restricted();
            }

            var id = await _store.AppendMessageAsync(new GuildMessage(guildId, channelId, body), authorId, ct);
            return Created($"/api/guilds/{guildId}/channels/{channelId}/messages/{id}", id);
        }

        private ObjectResult Restricted() =>
            StatusCode(StatusCodes.Status403Forbidden, new { error = "This community is not available in your region." });
    }
}
