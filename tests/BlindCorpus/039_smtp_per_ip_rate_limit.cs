// expect: none SMTP relay filter throttles senders per connecting IP (sliding one-minute window, temporary 4xx refusal) and only logs the MaxMind country for diagnostics; rate limiting, not a country block
// modelled-on: cosullivan/SmtpServer Src/SmtpServer/Storage/DelegatingMailboxFilter.cs (paraphrased, not copied)
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

    public abstract class MailboxFilter
    {
        public virtual Task<MailboxFilterResult> CanAcceptFromAsync(
            ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);

        public virtual Task<MailboxFilterResult> CanDeliverToAsync(
            ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);
    }
}

namespace BlindCorpus.Case039
{
    using System.Collections.Concurrent;
    using System.Net;
    using MaxMind.GeoIP2;
    using SmtpServer;
    using SmtpServer.Mail;
    using SmtpServer.Storage;

    public class ThrottlingMailboxFilter : MailboxFilter
    {
        private const int MaxMessagesPerMinute = 30;

        private static readonly ConcurrentDictionary<IPAddress, Queue<DateTime>> Windows = new();

        private readonly DatabaseReader _geo;
        private readonly ILogger<ThrottlingMailboxFilter> _logger;

        public ThrottlingMailboxFilter(DatabaseReader geo, ILogger<ThrottlingMailboxFilter> logger)
        {
            _geo = geo;
            _logger = logger;
        }

        public override Task<MailboxFilterResult> CanAcceptFromAsync(
            ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken)
        {
            var endpoint = (IPEndPoint)context.RemoteEndPoint;
            var now = DateTime.UtcNow;
            var window = Windows.GetOrAdd(endpoint.Address, _ => new Queue<DateTime>());

            lock (window)
            {
                while (window.Count > 0 && now - window.Peek() > TimeSpan.FromMinutes(1))
                {
                    window.Dequeue();
                }

                if (window.Count >= MaxMessagesPerMinute)
                {
                    var country = _geo.TryCountry(endpoint.Address, out var r) ? r?.Country.IsoCode : null;
                    _logger.LogWarning("Throttling {Address} ({Country}) sender {User}@{Host}",
                        endpoint.Address, country ?? "??", @from.User, @from.Host);
                    return Task.FromResult(MailboxFilterResult.NoTemporarily);
                }

                window.Enqueue(now);
            }

            return Task.FromResult(MailboxFilterResult.Yes);
        }
    }
}
