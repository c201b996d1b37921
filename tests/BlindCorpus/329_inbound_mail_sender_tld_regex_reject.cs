// expect: warn An inbound SMTP server's mailbox filter rejects, with a permanent 550 5.7.1 "sender domain not accepted from your jurisdiction", any MAIL FROM whose address ends in the Iranian, Cuban, Syrian or North Korean country-code TLD (.ir/.cu/.sy/.kp, matched by a regex), so people writing from Iranian mail domains cannot e-mail the service's users; e-mail is an authorized communication service for Iran under GL D-2.
// modelled-on: DOAJ/doaj issue #1486 "Iran emails may not be getting through" (paraphrased, not copied; the question whether Iranian domains were blocked became an explicit ccTLD regex in a C# SMTP mailbox filter; the SMTP library types are stubbed in file)
// packages: Microsoft.AspNetCore.App (framework reference)
// source: blind

namespace BlindCorpus.Case329
{
    using System.Net;
    using System.Text.RegularExpressions;
    using Microsoft.Extensions.Logging;

    public enum FilterVerdict
    {
        Accept,
        TemporaryReject,
        PermanentReject,
    }

    public sealed record SmtpSessionInfo(IPEndPoint RemoteEndPoint, string HeloName, bool IsAuthenticated);

    public sealed record MailAddress(string User, string Host)
    {
        public override string ToString() => $"{User}@{Host}";
    }

    public interface ISenderFilter
    {
        Task<(FilterVerdict Verdict, string Reply)> CanAcceptFromAsync(SmtpSessionInfo session, MailAddress from, int declaredSize, CancellationToken ct);
    }

    public sealed partial class JurisdictionSenderFilter : ISenderFilter
    {
        private const int MaxMessageBytes = 25 * 1024 * 1024;
        private readonly ILogger<JurisdictionSenderFilter> _log;

        public JurisdictionSenderFilter(ILogger<JurisdictionSenderFilter> log) => _log = log;

        [GeneratedRegex(@"\.(ir|cu|sy|kp)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
        private static partial Regex EmbargoedCcTld();

        public Task<(FilterVerdict Verdict, string Reply)> CanAcceptFromAsync(SmtpSessionInfo session, MailAddress from, int declaredSize, CancellationToken ct)
        {
            if (declaredSize > MaxMessageBytes)
                return Task.FromResult((FilterVerdict.PermanentReject, "552 5.3.4 Message size exceeds fixed limit"));

            if (EmbargoedCcTld().IsMatch(from.Host.TrimEnd('.')))
            {
                _log.LogWarning("Rejected sender {From} from {Remote}", from, session.RemoteEndPoint);
                return Task.FromResult((FilterVerdict.PermanentReject, "550 5.7.1 Sender domain not accepted from your jurisdiction"));
            }

            return Task.FromResult((FilterVerdict.Accept, "250 2.1.0 Sender OK"));
        }
    }
}
