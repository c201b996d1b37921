using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Refusals handed to the host as values: a method only the framework calls (an SMTP server's mailbox filter)
    /// returns a refusing enum member (<c>MailboxFilterResult.NoPermanently</c>) on the jurisdiction's path and an
    /// accepting one elsewhere. A method the project calls itself is a classifier: its callers' tests are the gates.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        /// <summary>The public shape of cosullivan/SmtpServer's mailbox filter.</summary>
        private const string SmtpServerStubs = @"
namespace SmtpServer
{
    public interface ISessionContext { System.Net.EndPoint RemoteEndPoint { get; } }
}

namespace SmtpServer.Mail
{
    public interface IMailbox { string User { get; } string Host { get; } }
}

namespace SmtpServer.Storage
{
    using SmtpServer.Mail;

    public enum MailboxFilterResult { Yes, NoTemporarily, NoPermanently, SizeLimitExceeded }

    public abstract class MailboxFilter
    {
        public virtual Task<MailboxFilterResult> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, System.Threading.CancellationToken cancellationToken)
            => Task.FromResult(MailboxFilterResult.Yes);
    }
}
";

        private static string MailboxFilter(string body, string extra = "") => SmtpServerStubs + @"
namespace Relay
{
    using SmtpServer;
    using SmtpServer.Mail;
    using SmtpServer.Storage;

    public class GeoMailboxFilter : MailboxFilter
    {
        private readonly IGeoIP2DatabaseReader _geo;
        public GeoMailboxFilter(IGeoIP2DatabaseReader geo) => _geo = geo;

        public override Task<MailboxFilterResult> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, System.Threading.CancellationToken cancellationToken)
        {
            var ip = ((System.Net.IPEndPoint)context.RemoteEndPoint).Address.ToString();
            var country = _geo.Country(ip).Country.IsoCode;
            BODY
        }
    }
    EXTRA
}".Replace("BODY", body).Replace("EXTRA", extra);

        [Fact]
        public async Task HostVerdict_MailboxFilterRefusesTheJurisdiction_DeniesEmail() =>
            await Verify.VerifyAsync(Id, MailboxFilter(@"if ({|#0:country == ""IR""|}) return Task.FromResult(MailboxFilterResult.NoPermanently);
            return Task.FromResult(MailboxFilterResult.Yes);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "GeoMailboxFilter.CanAcceptFromAsync", "e-mail", IranCitation, Deny));

        [Fact]
        public async Task HostVerdict_InAConditionalExpression_DeniesEmail() =>
            await Verify.VerifyAsync(Id, MailboxFilter(@"return Task.FromResult({|#0:country == ""IR""|} ? MailboxFilterResult.NoTemporarily : MailboxFilterResult.Yes);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "GeoMailboxFilter.CanAcceptFromAsync", "e-mail", IranCitation, Deny));

        [Fact]
        public async Task HostVerdict_ForASizeLimit_IsNoRefusal() =>
            await Verify.VerifyAsync(Id, MailboxFilter(@"if (country == ""IR"" && size > 1000) return Task.FromResult(MailboxFilterResult.SizeLimitExceeded);
            return Task.FromResult(MailboxFilterResult.Yes);"));

        [Fact]
        public async Task HostVerdict_WhenEveryPathRefuses_IsNoGate() =>
            await Verify.VerifyAsync(Id, MailboxFilter(@"if (country == ""IR"") return Task.FromResult(MailboxFilterResult.NoPermanently);
            return Task.FromResult(MailboxFilterResult.NoTemporarily);"));

        [Fact]
        public async Task HostVerdict_OfAMethodTheProjectCalls_IsAClassifierNotARefusal() =>
            await Verify.VerifyAsync(Id, MailboxFilter(@"if (country == ""IR"") return Task.FromResult(MailboxFilterResult.NoPermanently);
            return Task.FromResult(MailboxFilterResult.Yes);",
                @"public static class Audit
    {
        public static async Task<bool> WouldAccept(GeoMailboxFilter filter, ISessionContext context, IMailbox from)
            => await filter.CanAcceptFromAsync(context, from, 0, default) == MailboxFilterResult.Yes;
    }"));

        /// <summary>SmtpServer 10 and later: the filter answers with a bool.</summary>
        private static string BoolMailboxFilter(string body) => @"
namespace SmtpServer
{
    public interface ISessionContext { System.Net.EndPoint RemoteEndPoint { get; } }
}

namespace SmtpServer.Storage
{
    public interface IMailboxFilter
    {
        Task<bool> CanAcceptFromAsync(SmtpServer.ISessionContext context, string from, int size, System.Threading.CancellationToken cancellationToken);
    }
}

namespace Relay
{
    public sealed class GeoMailboxFilter : SmtpServer.Storage.IMailboxFilter
    {
        private readonly IGeoIP2DatabaseReader _geo;
        public GeoMailboxFilter(IGeoIP2DatabaseReader geo) => _geo = geo;

        public Task<bool> CanAcceptFromAsync(SmtpServer.ISessionContext context, string from, int size, System.Threading.CancellationToken cancellationToken)
        {
            var country = _geo.Country(((System.Net.IPEndPoint)context.RemoteEndPoint).Address.ToString()).Country.IsoCode;
            BODY
        }
    }
}".Replace("BODY", body);

        [Fact]
        public async Task HostVerdict_FalseFromACheckOnlyTheHostCalls_DeniesEmail() =>
            await Verify.VerifyAsync(Id, BoolMailboxFilter(@"if ({|#0:country == ""IR""|}) return Task.FromResult(false);
            return Task.FromResult(true);"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "GeoMailboxFilter.CanAcceptFromAsync", "e-mail", IranCitation, Deny));

        [Fact]
        public async Task HostVerdict_TrueForTheJurisdictionFromAHostCalledCheck_IsNoRefusalOfIt() =>
            await Verify.VerifyAsync(Id, BoolMailboxFilter(@"if (country == ""IR"") return Task.FromResult(true);
            return Task.FromResult(size < 1000);"));

        /// <summary>An ASP.NET Core Identity sign-in manager whose override refuses sign-in for one country.</summary>
        private static string SignInManager(string check) => @"
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

public sealed class RegionSignInManager : SignInManager<IdentityUser>
{
    private readonly IHttpContextAccessor _accessor;

    public RegionSignInManager(UserManager<IdentityUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<IdentityUser> claims,
        IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
        IUserConfirmation<IdentityUser> confirmation)
        : base(users, accessor, claims, options, logger, schemes, confirmation)
    {
        _accessor = accessor;
    }

    public override async Task<bool> CanSignInAsync(IdentityUser user)
    {
        var country = _accessor.HttpContext?.Request.Headers[""CF-IPCountry""].ToString();
        CHECK
        return await base.CanSignInAsync(user);
    }
}".Replace("CHECK", check);

        [Fact]
        public async Task HostVerdict_SignInManagerOverrideRefusingTheJurisdiction_DeniesAuthentication() =>
            await Verify.VerifyAsync(Id, SignInManager(@"if ({|#0:country == ""IR""|}) return false;"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "RegionSignInManager.CanSignInAsync", "user authentication", IranCitation, Deny));

        [Fact]
        public async Task HostVerdict_SignInManagerOverrideReturningTheTest_DeniesAuthentication() =>
            // The answer is the test itself: the jurisdiction's users get false.
            await Verify.VerifyAsync(Id, SignInManager(@"if (country is null) return false;
        return {|#0:country != ""IR"" && await base.CanSignInAsync(user)|};"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "RegionSignInManager.CanSignInAsync", "user authentication", IranCitation, Deny));

        [Fact]
        public async Task HostVerdict_ReturningATestThatLetsTheJurisdictionThrough_IsSilent() =>
            await Verify.VerifyAsync(Id, SignInManager(@"return country == ""IR"" || await base.CanSignInAsync(user);"));

        [Fact]
        public async Task HostVerdict_SignInManagerOverrideLoggingTheJurisdiction_IsSilent() =>
            await Verify.VerifyAsync(Id, SignInManager(@"if (country == ""IR"") Logger.LogInformation(""sign-in from {Country}"", country);"));

        [Fact]
        public async Task HostVerdict_FalseFromAHostCalledMethodThatIsNoCheck_IsNoRefusal() =>
            await Verify.VerifyAsync(Id, @"
public abstract class MessageFormatter
{
    public abstract bool TryFormat(string country, System.Text.StringBuilder output);
}

public sealed class ChatMessageFormatter : MessageFormatter
{
    public override bool TryFormat(string country, System.Text.StringBuilder output)
    {
        if (country == ""IR"") return false;
        output.Append(country);
        return true;
    }
}");

        [Fact]
        public async Task HostVerdict_AnEnumWithoutAYesAnswer_NoIsNotARefusal() =>
            await Verify.VerifyAsync(Id, @"
public enum Reply { Ok, NoContent }

public abstract class ReplyPolicy
{
    public abstract Reply Decide(string country);
}

public sealed class QuietReplyPolicy : ReplyPolicy
{
    public override Reply Decide(string country)
    {
        if (country == ""IR"") return Reply.NoContent;
        return Reply.Ok;
    }
}");
    }
}
