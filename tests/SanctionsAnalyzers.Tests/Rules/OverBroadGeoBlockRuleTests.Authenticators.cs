using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// An authenticator only the host calls (an SMTP server's AUTH hook) answering false refuses the sign-in, as a
    /// <c>Can...</c> check does; a regex field's pattern lists the jurisdictions.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string MailAuthenticator(string check) => @"
namespace SmtpServer.Authentication
{
    public interface IUserAuthenticator
    {
        Task<bool> AuthenticateAsync(string user, string password, System.Net.IPAddress remote, System.Threading.CancellationToken cancellationToken);
    }
}

namespace Relay
{
    public interface IMailboxDirectory
    {
        Task<bool> CheckPasswordAsync(string mailbox, string password, System.Threading.CancellationToken cancellationToken);
    }

    public sealed class MailboxAuthenticator : SmtpServer.Authentication.IUserAuthenticator
    {
        private static readonly System.Text.RegularExpressions.Regex Restricted = new(""^(IR|KP)$"");
        private readonly IGeoIP2DatabaseReader _geo;
        private readonly IMailboxDirectory _directory;
        public MailboxAuthenticator(IGeoIP2DatabaseReader geo, IMailboxDirectory directory) => (_geo, _directory) = (geo, directory);

        public async Task<bool> AuthenticateAsync(string user, string password, System.Net.IPAddress remote, System.Threading.CancellationToken cancellationToken)
        {
            var iso = _geo.Country(remote.ToString()).Country.IsoCode;
            CHECK
            return await _directory.CheckPasswordAsync(user, password, cancellationToken);
        }
    }
}".Replace("CHECK", check);

        [Fact]
        public async Task HostCalledAuthenticator_AnsweringFalseForARegexsJurisdictions_Denies() =>
            await Verify.VerifyAsync(Id, MailAuthenticator(@"if (iso is not null && {|#0:Restricted.IsMatch(iso)|}) return false;"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "MailboxAuthenticator.AuthenticateAsync",
                    Inferred("user authentication", "the method name 'AuthenticateAsync'", "\"user-authentication\""), IranCitation, Deny));

        [Fact]
        public async Task HostCalledAuthenticator_AnsweringTrueForTheJurisdiction_IsSilent() =>
            await Verify.VerifyAsync(Id, MailAuthenticator(@"if (iso is not null && Restricted.IsMatch(iso)) return true;"));
    }
}
