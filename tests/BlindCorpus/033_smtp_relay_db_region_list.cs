// expect: info SMTP submission relay refuses senders whose connecting IP resolves (MaxMind) to a country found in a database table of blocked regions; e-mail is clearly the feature but the jurisdictions live only in the database
// modelled-on: cosullivan/SmtpServer Src/SmtpServer/Storage/MailboxFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2
// source: blind

namespace SmtpServer
{
    public interface ISessionContext
    {
        System.Net.EndPoint RemoteEndPoint { get; }
    }
}

namespace SmtpServer.Mail
{
    public interface IMailbox
    {
        string User { get; }
        string Host { get; }
    }
}

namespace SmtpServer.Storage
{
    using SmtpServer.Mail;

    public enum MailboxFilterResult
    {
        Yes,
        NoTemporarily,
        NoPermanently,
        SizeLimitExceeded,
    }

    public interface IMailboxFilter
    {
        Task<MailboxFilterResult> CanAcceptFromAsync(ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken);
        Task<MailboxFilterResult> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken);
    }
}

namespace BlindCorpus.Case033
{
    using System.Net;
    using MaxMind.GeoIP2;
    using SmtpServer;
    using SmtpServer.Mail;
    using SmtpServer.Storage;

    public interface IRelayPolicyRepository
    {
        Task<IReadOnlyCollection<string>> GetBlockedRegionCodesAsync(CancellationToken cancellationToken);
    }

    public sealed class GeoRelayFilter : IMailboxFilter
    {
        private readonly IRelayPolicyRepository _policies;
        private readonly DatabaseReader _geo;

        public GeoRelayFilter(IRelayPolicyRepository policies, DatabaseReader geo)
        {
            _policies = policies;
            _geo = geo;
        }

        public async Task<MailboxFilterResult> CanAcceptFromAsync(
            ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken)
        {
            if (context.RemoteEndPoint is not IPEndPoint endpoint)
            {
                return MailboxFilterResult.NoTemporarily;
            }

            if (!_geo.TryCountry(endpoint.Address, out var response) || response?.Country.IsoCode is not { } iso)
            {
                return MailboxFilterResult.Yes;
            }

            var blocked = await _policies.GetBlockedRegionCodesAsync(cancellationToken);
            return blocked.Contains(iso) ? MailboxFilterResult.NoPermanently : MailboxFilterResult.Yes;
        }

        public Task<MailboxFilterResult> CanDeliverToAsync(
            ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);
    }
}
