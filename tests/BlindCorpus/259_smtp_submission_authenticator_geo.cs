// expect: warn The mail server's SMTP AUTH hook refuses to authenticate a mailbox owner whose session comes from an IP geolocated to IR, CU, SY or KP (matched with a regex), so users in Iran cannot send e-mail through their account; e-mail is an authorized communication service for Iran.
// modelled-on: cosullivan/SmtpServer README.md (SampleUserAuthenticator / IUserAuthenticator hook; paraphrased, not copied; the sample that accepted any user became a mailbox authenticator that first geolocates the session's remote endpoint)
// packages: Microsoft.AspNetCore.App (framework reference), MaxMind.GeoIP2 (SmtpServer hook interfaces stubbed in file)
// source: blind

namespace BlindCorpus.Case259
{
    using System.Net;
    using System.Text.RegularExpressions;
    using MaxMind.GeoIP2;
    using Microsoft.Extensions.Logging;

    // --- stubs of the SmtpServer hook surface ---
    public interface ISessionContext
    {
        IDictionary<string, object> Properties { get; }
    }

    public interface IUserAuthenticator
    {
        Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken);
    }
    // --- end stubs ---

    public interface IMailboxDirectory
    {
        Task<bool> CheckPasswordAsync(string mailbox, string password, CancellationToken cancellationToken);
    }

    public sealed class MailboxAuthenticator : IUserAuthenticator
    {
        public const string RemoteEndPointKey = "EndpointListener:RemoteEndPoint";

        private readonly IMailboxDirectory _directory;
        private readonly IGeoIP2DatabaseReader _geo;
        private readonly ILogger<MailboxAuthenticator> _logger;

        public MailboxAuthenticator(IMailboxDirectory directory, IGeoIP2DatabaseReader geo, ILogger<MailboxAuthenticator> logger)
        {
            _directory = directory;
            _geo = geo;
            _logger = logger;
        }

        private static readonly Regex RestrictedOrigin = new("^(IR|CU|SY|KP)$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

        public async Task<bool> AuthenticateAsync(ISessionContext context, string user, string password, CancellationToken cancellationToken)
        {
            if (context.Properties.TryGetValue(RemoteEndPointKey, out var value) && value is IPEndPoint remote)
            {
                var iso = LookupCountry(remote.Address);
                if (iso is not null && RestrictedOrigin.IsMatch(iso))
                {
                    _logger.LogWarning("AUTH rejected for {User} from {Address} ({Country})", user, remote.Address, iso);
                    return false;
                }
            }

            return await _directory.CheckPasswordAsync(user, password, cancellationToken);
        }

        private string? LookupCountry(IPAddress address)
        {
            if (IPAddress.IsLoopback(address))
            {
                return null;
            }

            try
            {
                return _geo.Country(address).Country.IsoCode;
            }
            catch (Exception ex) when (ex is MaxMind.GeoIP2.Exceptions.AddressNotFoundException)
            {
                return null;
            }
        }
    }
}
