// expect: warn An SMTP relay's mailbox filter looks up the connecting client's IP in a MaxMind country database wrapped in a GeoIpLookup service and rejects MAIL FROM permanently when the country is IR, SY or CU, so people in Iran cannot send e-mail through the service; e-mail is a personal communication service authorized for Iran under GL D-2.
// modelled-on: JM-A21/GraphMailRelay SmtpWorkerFilter.cs and ouss4m4/AdTechAPI AdTechAPI/Services/GeoIp.cs (paraphrased, not copied; kept the MailboxFilter.CanAcceptFromAsync override that takes the remote endpoint from the session properties and returns NoPermanently/Yes, and the small DatabaseReader wrapper returning Country.IsoCode or null; replaced the sender whitelist with a country deny list; the SmtpServer library types are stubbed locally)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 6.1.0, SmtpServer (stubbed in file)
// source: blind

namespace BlindCorpus.Case318
{
    using System.Net;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    // ---- minimal stand-ins for the SmtpServer library ----
    public enum MailboxFilterResult
    {
        Yes,
        NoTemporarily,
        NoPermanently,
        SizeLimitExceeded,
    }

    public interface IMailbox
    {
        string User { get; }
        string Host { get; }
    }

    public interface ISessionContext
    {
        IDictionary<string, object> Properties { get; }
    }

    public static class EndpointListener
    {
        public const string RemoteEndPointKey = "EndpointListener:RemoteEndPoint";
    }

    public abstract class MailboxFilter
    {
        public virtual Task<MailboxFilterResult> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);

        public virtual Task<MailboxFilterResult> CanDeliverToAsync(ISessionContext context, IMailbox to, IMailbox from, CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);
    }
    // -------------------------------------------------------

    public sealed class GeoIpLookup : IDisposable
    {
        private readonly DatabaseReader _reader;

        public GeoIpLookup(string databasePath) => _reader = new DatabaseReader(databasePath);

        public string? CountryIso(string ip)
        {
            try
            {
                return _reader.Country(ip)?.Country?.IsoCode;
            }
            catch
            {
                return null;
            }
        }

        public void Dispose() => _reader.Dispose();
    }

    public sealed class RelayOptions
    {
        public string GeoDatabasePath { get; set; } = "GeoLite2-Country.mmdb";
        public HashSet<string> DeniedSenderCountries { get; set; } = new(StringComparer.OrdinalIgnoreCase) { "IR", "SY", "CU" };
    }

    public sealed class SenderCountryFilter : MailboxFilter
    {
        private readonly GeoIpLookup _geo;
        private readonly RelayOptions _options;
        private readonly ILogger<SenderCountryFilter> _logger;

        public SenderCountryFilter(GeoIpLookup geo, RelayOptions options, ILogger<SenderCountryFilter> logger)
        {
            _geo = geo;
            _options = options;
            _logger = logger;
        }

        public override Task<MailboxFilterResult> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
        {
            var remote = ((IPEndPoint)context.Properties[EndpointListener.RemoteEndPointKey]).Address.ToString();
            var country = _geo.CountryIso(remote);

            using (_logger.BeginScope(new Dictionary<string, object> { ["SenderIP"] = remote, ["From"] = $"{from.User}@{from.Host}" }))
            {
                if (country is not null && _options.DeniedSenderCountries.Contains(country))
                {
                    _logger.LogWarning("Rejected message submission from {Country}", country);
                    return Task.FromResult(MailboxFilterResult.NoPermanently);
                }

                return Task.FromResult(MailboxFilterResult.Yes);
            }
        }
    }
}
