// expect: warn A game realm's logon-challenge handler treats a client whose reported time zone is Asia/Tehran (or whose socket address the injected resolver places in IR or SY) as coming from a restricted region and, in a separate rejection method, answers "realm unavailable in your region" and closes the session, so players in Iran cannot log on to the online game (e-gaming and the account log-on behind it are authorized under D-2).
// modelled-on: gamefreedomgit/Maelstrom issue #2344 (paraphrased, not copied; the Iranian player's report that the realm could not be reached without a VPN became a C# logon handler that drops clients by reported time zone and IP country)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case355
{
    using System.Net;

    public enum LogonResult : byte
    {
        Success = 0x00,
        UnknownAccount = 0x04,
        RegionUnavailable = 0x1F,
    }

    public sealed record LogonChallenge(string AccountName, string ClientBuild, string TimeZoneId, string Locale);

    public interface IRealmSession
    {
        IPEndPoint RemoteEndPoint { get; }
        ValueTask SendLogonResultAsync(LogonResult result, string? message, CancellationToken ct);
        ValueTask CloseAsync(CancellationToken ct);
    }

    public interface IAddressCountryResolver
    {
        string? Resolve(IPAddress address);
    }

    public interface IAccountRepository
    {
        Task<byte[]?> FindVerifierAsync(string accountName, CancellationToken ct);
    }

    public abstract class PacketHandler<TPacket>
    {
        public abstract Task HandleAsync(IRealmSession session, TPacket packet, CancellationToken ct);
    }

    public sealed class LogonChallengeHandler : PacketHandler<LogonChallenge>
    {
        private static readonly string[] RestrictedZones = { "Asia/Tehran", "Iran Standard Time", "Asia/Damascus" };
        private static readonly string[] RestrictedCountries = { "IR", "SY" };

        private readonly IAddressCountryResolver _countries;
        private readonly IAccountRepository _accounts;

        public LogonChallengeHandler(IAddressCountryResolver countries, IAccountRepository accounts)
        {
            _countries = countries;
            _accounts = accounts;
        }

        public override async Task HandleAsync(IRealmSession session, LogonChallenge packet, CancellationToken ct)
        {
            if (IsRestrictedClient(session, packet))
            {
                await RejectAsync(session, ct);
                return;
            }

            var verifier = await _accounts.FindVerifierAsync(packet.AccountName, ct);
            if (verifier is null)
            {
                await session.SendLogonResultAsync(LogonResult.UnknownAccount, null, ct);
                return;
            }

            await session.SendLogonResultAsync(LogonResult.Success, null, ct);
        }

        private bool IsRestrictedClient(IRealmSession session, LogonChallenge packet)
        {
            if (RestrictedZones.Contains(packet.TimeZoneId, StringComparer.OrdinalIgnoreCase))
            {
                return true;
            }

            var country = _countries.Resolve(session.RemoteEndPoint.Address);
            return country is not null && RestrictedCountries.Contains(country, StringComparer.OrdinalIgnoreCase);
        }

        private static async Task RejectAsync(IRealmSession session, CancellationToken ct)
        {
            await session.SendLogonResultAsync(LogonResult.RegionUnavailable, "This realm is unavailable in your region.", ct);
            await session.CloseAsync(ct);
        }
    }
}
