// expect: none forum moderation: a moderator bans a poster's IP (optionally its whole ASN network) for abuse and the ban record stores the GeoIP country only for display; posting is refused because of the ban, never because of a country
// modelled-on: magicxor/Hikkaba Hikkaba.Application/Implementations/BanService.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind
namespace BlindCorpus.Case038;

using System.Net;
using MaxMind.GeoIP2;
using Microsoft.AspNetCore.Mvc;

public sealed class BanRecord
{
    public int Id { get; set; }
    public IPAddress BannedAddress { get; set; } = IPAddress.None;
    public IPNetwork? BannedNetwork { get; set; }
    public string? CountryIsoCode { get; set; }
    public long? AutonomousSystemNumber { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset EndsAt { get; set; }
}

public sealed record BanCreateCommand(string IpAddress, bool BanByNetwork, string Reason, DateTimeOffset EndsAt, long? RelatedPostId);

public interface IBanRepository
{
    Task<int> AddAsync(BanRecord record, CancellationToken ct);
    Task<IReadOnlyList<BanRecord>> ActiveAsync(CancellationToken ct);
}

public class ModerationBanService
{
    private readonly IBanRepository _bans;
    private readonly DatabaseReader _countryDb;
    private readonly DatabaseReader _asnDb;

    public ModerationBanService(IBanRepository bans, DatabaseReader countryDb, DatabaseReader asnDb)
    {
        _bans = bans;
        _countryDb = countryDb;
        _asnDb = asnDb;
    }

    public async Task<int> CreateBanAsync(BanCreateCommand command, CancellationToken ct)
    {
        var address = IPAddress.Parse(command.IpAddress);
        var record = new BanRecord
        {
            BannedAddress = address,
            Reason = command.Reason,
            EndsAt = command.EndsAt,
        };

        if (_countryDb.TryCountry(address, out var country))
        {
            record.CountryIsoCode = country?.Country.IsoCode;
        }

        if (_asnDb.TryAsn(address, out var asn) && asn is not null)
        {
            record.AutonomousSystemNumber = asn.AutonomousSystemNumber;
            if (command.BanByNetwork && asn.Network is { } net)
            {
                record.BannedNetwork = new IPNetwork(net.NetworkAddress, net.PrefixLength);
            }
        }

        return await _bans.AddAsync(record, ct);
    }

    public async Task<BanRecord?> FindActiveBanAsync(IPAddress address, CancellationToken ct)
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var ban in await _bans.ActiveAsync(ct))
        {
            if (ban.EndsAt <= now)
            {
                continue;
            }

            if (ban.BannedAddress.Equals(address) || (ban.BannedNetwork?.Contains(address) ?? false))
            {
                return ban;
            }
        }

        return null;
    }
}

[ApiController]
[Route("threads/{threadId:long}/posts")]
public class PostsController : ControllerBase
{
    private readonly ModerationBanService _bans;

    public PostsController(ModerationBanService bans) => _bans = bans;

    [HttpPost]
    public async Task<IActionResult> Reply(long threadId, [FromForm] string text, CancellationToken ct)
    {
        var ip = HttpContext.Connection.RemoteIpAddress ?? IPAddress.None;
        var ban = await _bans.FindActiveBanAsync(ip, ct);
        if (ban is not null)
        {
            return StatusCode(StatusCodes.Status403Forbidden, new { ban.Reason, ban.EndsAt, country = ban.CountryIsoCode });
        }

        return Ok(new { threadId, text });
    }
}
