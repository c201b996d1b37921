using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, with the real SmtpServer package: a mailbox filter that refuses .ir
    /// senders (a check only the SMTP server calls, answering false) is warned as a proxy block of e-mail; an MVC filter
    /// attribute whose deny list is a named argument ("IR,CU") split in a helper guards the conversations it is put on.
    /// The twins (a filter refusing another domain, the attribute on a checkout) stay silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class HostVerdictAndSplitBuildTests
    {
        private const string SmtpServerId = "SmtpServer";
        private const string SmtpServerVersion = "11.1.0";

        private const string MailboxFilter = """
            using SmtpServer;
            using SmtpServer.Mail;
            using SmtpServer.Storage;

            public sealed class RegionMailboxFilter : MailboxFilter
            {
                public override Task<bool> CanAcceptFromAsync(ISessionContext context, IMailbox from, int size, CancellationToken cancellationToken)
                {
                    if (from.Host.EndsWith("SUFFIX", StringComparison.OrdinalIgnoreCase))
                    {
                        return Task.FromResult(false);
                    }

                    return Task.FromResult(true);
                }
            }
            """;

        private const string GuardTraffic = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Filters;

            [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
            public sealed class GuardTrafficAttribute : ActionFilterAttribute
            {
                public int StatusCode { get; set; } = StatusCodes.Status403Forbidden;
                public string? DenyCountries { get; set; }
                public bool DenyTor { get; set; }

                public override void OnActionExecuting(ActionExecutingContext context)
                {
                    if (NetworkRules.ShouldReject(context.HttpContext, DenyCountries, DenyTor))
                    {
                        context.Result = new ObjectResult(new { error = "denied", blocked = true }) { StatusCode = StatusCode };
                        return;
                    }

                    base.OnActionExecuting(context);
                }
            }

            internal static class NetworkRules
            {
                public static bool ShouldReject(HttpContext http, string? deny, bool denyTor)
                {
                    var country = http.Request.Headers["CF-IPCountry"].FirstOrDefault();
                    if (denyTor && http.Request.Headers.ContainsKey("X-Tor-Exit")) return true;
                    if (string.IsNullOrEmpty(country) || string.IsNullOrEmpty(deny)) return false;
                    return deny.Split(',', StringSplitOptions.TrimEntries).Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase));
                }
            }
            """;

        private const string Conversations = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/conversations")]
            [GuardTraffic(DenyCountries = "IR,CU", DenyTor = true)]
            public sealed class ConversationsController : ControllerBase
            {
                [HttpPost("{id}/messages")]
                public IActionResult Send(string id, string text) => Accepted();
            }
            """;

        private const string Checkout = """
            using Microsoft.AspNetCore.Mvc;

            [ApiController]
            [Route("api/checkout")]
            [GuardTraffic(DenyCountries = "IR,CU")]
            public sealed class CheckoutController : ControllerBase
            {
                [HttpPost("pay")]
                public IActionResult Pay(decimal amount) => Accepted();
            }
            """;

        private readonly PackedPackageFixture _package;

        public HostVerdictAndSplitBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void MailboxFilterRefusingIranianDomains_AndAFilterAttributeOnConversations_AreWarned()
        {
            using var consumer = Consumer(".ir", Conversations);

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("warning SANC1003: Geo-block on Iran (IR) denies 'RegionMailboxFilter.CanAcceptFromAsync' (e-mail) by SmtpServer IMailbox.Host", result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) and Cuba (CU) in MVC filter 'GuardTrafficAttribute' denies 'ConversationsController.Send'", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void MailboxFilterRefusingAnotherDomain_AndTheFilterAttributeOnACheckout_AreSilent()
        {
            using var consumer = Consumer(".example", Checkout);

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("SANC1003", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string refusedSuffix, string controller) => new ConsumerProject(
            _package,
            new Dictionary<string, string>
            {
                ["Program.cs"] = "var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddControllers();\nvar app = builder.Build();\napp.MapControllers();\napp.Run();\n",
                ["RegionMailboxFilter.cs"] = MailboxFilter.Replace("SUFFIX", refusedSuffix),
                ["GuardTrafficAttribute.cs"] = GuardTraffic,
                ["Controller.cs"] = controller,
            },
            new ConsumerOptions
            {
                PackageReferences = new Dictionary<string, string> { [SmtpServerId] = SmtpServerVersion },
                UseNuGetOrg = true,
            });
    }
}
