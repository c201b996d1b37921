// expect: warn SMTP relay mailbox filter permanently refuses mail from or to any address under the .ir top-level domain; e-mail is an authorized service and the .ir TLD is a proxy that also hits people outside Iran
// modelled-on: cosullivan/SmtpServer Src/SampleApp/SampleMailboxFilter.cs (paraphrased, not copied)
// packages: Microsoft.AspNetCore.App (framework reference)
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

namespace BlindCorpus.Case023
{
    using SmtpServer;
    using SmtpServer.Mail;
    using SmtpServer.Storage;

    public class RelayPolicyFilter : MailboxFilter
    {
        private static readonly string[] RefusedSuffixes = { ".ir" };

        private static bool IsRefusedDomain(IMailbox mailbox)
        {
            var host = mailbox.Host.TrimEnd('.').ToLowerInvariant();
            foreach (var suffix in RefusedSuffixes)
            {
                if (host.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public override Task<MailboxFilterResult> CanAcceptFromAsync(
            ISessionContext context, IMailbox @from, int size, CancellationToken cancellationToken)
        {
            if (IsRefusedDomain(@from))
            {
                return Task.FromResult(MailboxFilterResult.NoPermanently);
            }

            return Task.FromResult(MailboxFilterResult.Yes);
        }

        public override Task<MailboxFilterResult> CanDeliverToAsync(
            ISessionContext context, IMailbox to, IMailbox @from, CancellationToken cancellationToken)
        {
            return Task.FromResult(IsRefusedDomain(to) ? MailboxFilterResult.NoPermanently : MailboxFilterResult.Yes);
        }
    }
}
