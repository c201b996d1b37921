using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC2001: service inventory — one positive and one negative per catalog family kind.</summary>
    public class ServiceInventoryRuleTests
    {
        private const string Id = "SANC2001";

        [Fact]
        public async Task HubProvidesChat()
        {
            await Verify.VerifyAsync(Id, "public class {|#0:ChatHub|} : Hub { }",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("ChatHub", "provides", "instant messaging and chat", "derives from Microsoft.AspNetCore.SignalR.Hub, ASP.NET Core SignalR"));
        }

        [Fact]
        public async Task SmtpClientIsUsed()
        {
            await Verify.VerifyAsync(Id, @"
public class Mailer
{
    public void Send() { using var smtp = {|#0:new System.Net.Mail.SmtpClient(""h"")|}; smtp.Send(""a@b.c"", ""d@e.f"", ""s"", ""b""); }
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Mailer.Send", "uses", "e-mail", "System.Net.Mail.SmtpClient..ctor (System.Net.Mail)"));
        }

        [Fact]
        public async Task NamespaceFamily_LongestNamespaceWins()
        {
            await Verify.VerifyAsync(Id, new[]
            {
                "namespace Twilio.Rest.Video.V1 { public static class RoomResource { public static object Create(string name) => name; } }",
                "namespace Twilio.Rest.Api.V2010.Account { public static class MessageResource { public static object Create(string body) => body; } }",
                @"public class Notifier
{
    public void Room() => {|#0:Twilio.Rest.Video.V1.RoomResource.Create(""standup"")|};
    public void Text() => {|#1:Twilio.Rest.Api.V2010.Account.MessageResource.Create(""hi"")|};
}",
            },
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Notifier.Room", "uses", "video conferencing", "Twilio.Rest.Video.V1.RoomResource.Create (Twilio Video)"),
                Verify.Diagnostic(Id).WithLocation(1).WithArguments("Notifier.Text", "uses", "instant messaging", "Twilio.Rest.Api.V2010.Account.MessageResource.Create (Twilio)"));
        }

        [Fact]
        public async Task ServiceHostLiteral()
        {
            await Verify.VerifyAsync(Id, @"
public class Geocoder
{
    public System.Uri Endpoint() => new System.Uri({|#0:""https://maps.googleapis.com/maps/api/geocode/json""|});
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Geocoder.Endpoint", "uses", "web maps", "host maps.googleapis.com (Google Maps Platform)"));
        }

        [Fact]
        public async Task PaymentsAreInventoriedToo()
        {
            await Verify.VerifyAsync(Id, @"
public class Billing
{
    public Task Pay() => {|#0:new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions())|};
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Billing.Pay", "uses", "payments", "Stripe.PaymentIntentService.CreateAsync (Stripe.net)"));
        }

        [Fact]
        public async Task OneEntryPerFamilyAndMethod()
        {
            await Verify.VerifyAsync(Id, @"
public class Mailer
{
    public void Send()
    {
        {|#0:new System.Net.Mail.SmtpClient(""h"").Send(""a@b.c"", ""d@e.f"", ""s"", ""b"")|};
        new System.Net.Mail.SmtpClient(""h"").Send(""a@b.c"", ""d@e.f"", ""s"", ""b"");
    }
}",
                Verify.Diagnostic(Id).WithLocation(0).WithArguments("Mailer.Send", "uses", "e-mail", "System.Net.Mail.SmtpClient.Send (System.Net.Mail)"));
        }

        [Fact]
        public async Task LookAlikesAreNotServices()
        {
            await Verify.VerifyAsync(Id, @"
namespace MyApp.Mail { public class SmtpClient { public void Send() { } } }
public class Hubcap { }
public class Notes
{
    public string Docs() => ""https://example.org/maps.googleapis.com-is-not-a-host"";
    public void Send() => new MyApp.Mail.SmtpClient().Send();
}");
        }

        [Fact]
        public async Task UnrelatedCodeIsSilent()
        {
            await Verify.VerifyAsync(Id, "public class Calculator { public int Add(int a, int b) => a + b; }");
        }
    }
}
