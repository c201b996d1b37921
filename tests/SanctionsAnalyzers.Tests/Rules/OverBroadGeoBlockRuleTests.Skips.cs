using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// SANC1001 where the jurisdiction's users skip the service: a loop that <c>continue</c>s past them, or a method
    /// that <c>return</c>s before it.
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        /// <summary>A weekly mailing over subscribers; BODY is the loop body's gate, at {|#0:...|}.</summary>
        private static string Mailing(string gate) => @"
public sealed record Subscriber(string Email, string ResidenceCountry);

public class Newsletter
{
    private readonly System.Net.Mail.SmtpClient _smtp = new(""smtp.example.com"");

    public async Task SendWeekly(IEnumerable<Subscriber> subscribers, ILogger logger)
    {
        foreach (var subscriber in subscribers)
        {
            GATE
            await _smtp.SendMailAsync(""news@example.com"", subscriber.Email, ""Weekly"", ""..."");
        }
    }
}".Replace("GATE", gate);

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult IranMail() =>
            Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "Newsletter.SendWeekly", "e-mail", IranCitation, Deny);

        [Fact]
        public async Task LoopSkippingSubscribersWithContinue_DeniesTheMail()
        {
            await Verify.VerifyAsync(Id, Mailing(@"if ({|#0:subscriber.ResidenceCountry == ""IR""|}) continue;"), IranMail());
        }

        [Fact]
        public async Task LoopSkippingAfterLogging_DeniesTheMail()
        {
            await Verify.VerifyAsync(Id, Mailing(@"if ({|#0:subscriber.ResidenceCountry is ""IR""|})
            {
                logger.LogInformation(""Skipping {Email}"", subscriber.Email);
                continue;
            }"), IranMail());
        }

        [Fact]
        public async Task ForLoopOverAnArray_DeniesTheMail()
        {
            var source = @"
public sealed record Recipient(string Email, string Country);

public class Broadcast
{
    public async Task Send(Recipient[] recipients)
    {
        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        for (var i = 0; i < recipients.Length; i++)
        {
            if ({|#0:recipients[i].Country == ""IR""|}) continue;
            await smtp.SendMailAsync(""news@example.com"", recipients[i].Email, ""News"", ""..."");
        }
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "Broadcast.Send", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task EarlyReturnBeforeTheMail_DeniesIt()
        {
            var source = @"
public class Notifications
{
    public async Task Notify(string to, string country)
    {
        if ({|#0:country == ""IR""|}) return;
        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""noreply@example.com"", to, ""Notice"", ""..."");
    }
}";
            await Verify.VerifyAsync(Id, source,
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Iran (IR)", "Notifications.Notify", "e-mail", IranCitation, Deny));
        }

        [Fact]
        public async Task HubMethodReturningBeforeBroadcast_DeniesTheChat()
        {
            await Verify.VerifyAsync(Id, HubWith(string.Empty, @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|}) return;"), IranChat());
        }

        [Fact]
        public async Task HubTellingTheCallerThenReturning_DeniesTheChat()
        {
            await Verify.VerifyAsync(Id, HubWith(string.Empty, @"if ({|#0:http.Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            await Clients.Caller.SendAsync(""SystemNotice"", ""Posting is not available in your region."");
            return;
        }"), IranChat());
        }

        [Fact]
        public async Task CountryKeptInConnectionItems_IsASignal()
        {
            await Verify.VerifyAsync(Id, HubWith(string.Empty, @"if (Context.Items.TryGetValue(""country"", out var country) && {|#0:country is ""IR""|}) { Context.Abort(); return; }"), IranChat());
        }

        // ---------------------------------------------------------------- negatives

        [Fact]
        public Task EarlyReturnAfterQueueingElsewhere_IsSilent() => Verify.VerifyAsync(Id, @"
public class Notifications
{
    private readonly Queue<string> _persianEdition = new();

    public async Task Notify(string to, string country)
    {
        if (country == ""IR"")
        {
            _persianEdition.Enqueue(to);
            return;
        }

        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""noreply@example.com"", to, ""Notice"", ""..."");
    }
}");

        [Fact]
        public Task HubConnectedReturningBeforeBase_IsSilent() => Verify.VerifyAsync(Id, @"
public class ChatHub : Hub
{
    public override async Task OnConnectedAsync()
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (country == ""IR"") return;
        await base.OnConnectedAsync();
    }
}");

        [Fact]
        public Task ItemLookedUpWithAKeyThatIsNotAConstant_IsSilent() => Verify.VerifyAsync(Id, HubWith(string.Empty, @"var key = message.Length > 3 ? ""a"" : ""b"";
        if (Context.Items.TryGetValue(key, out var value) && value is ""IR"") { Context.Abort(); return; }"));

        [Fact]
        public Task HubTellingEveryoneThenReturning_IsSilent() => Verify.VerifyAsync(Id, HubWith(string.Empty, @"if (http.Request.Headers[""CF-IPCountry""] == ""IR"")
        {
            await Clients.All.SendAsync(""Message"", ""Persian edition"", message);
            return;
        }"));

        [Fact]
        public Task EarlyReturnFromAnInnerBlock_IsSilent() => Verify.VerifyAsync(Id, @"
public class Notifications
{
    public async Task Notify(string to, string country, bool audit, ILogger logger)
    {
        if (audit)
        {
            if (country == ""IR"") return;
            logger.LogInformation(""Audited {To}"", to);
        }

        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""noreply@example.com"", to, ""Notice"", ""..."");
    }
}");

        [Fact]
        public Task CountryPickerSkippingAnEntry_WithMailSentAfterTheLoop_IsSilent() => Verify.VerifyAsync(Id, @"
public class CountryReport
{
    public async Task Send(IEnumerable<string> countries, string to)
    {
        var lines = new List<string>();
        foreach (var country in countries)
        {
            if (country == ""IR"") continue;
            lines.Add(country);
        }

        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""report@example.com"", to, ""Countries"", string.Join("","", lines));
    }
}");

        [Fact]
        public Task LoopPartitioningSubscribersBeforeContinue_IsSilent() => Verify.VerifyAsync(Id, @"
public sealed record Subscriber(string Email, string Country);

public class Segments
{
    public async Task Send(IEnumerable<Subscriber> subscribers, List<Subscriber> persianEdition)
    {
        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        foreach (var subscriber in subscribers)
        {
            if (subscriber.Country == ""IR"")
            {
                persianEdition.Add(subscriber);
                continue;
            }

            await smtp.SendMailAsync(""news@example.com"", subscriber.Email, ""News"", ""..."");
        }
    }
}");

        [Fact]
        public Task LoopSkippingWithoutAServiceInTheRest_IsSilent() => Verify.VerifyAsync(Id, @"
public sealed record Subscriber(string Email, string Country);

public class Counter
{
    public async Task<int> Count(IEnumerable<Subscriber> subscribers, string to)
    {
        var count = 0;
        foreach (var subscriber in subscribers)
        {
            if (subscriber.Country == ""IR"") continue;
            count++;
        }

        using var smtp = new System.Net.Mail.SmtpClient(""smtp.example.com"");
        await smtp.SendMailAsync(""stats@example.com"", to, ""Count"", count.ToString());
        return count;
    }
}");
    }
}
