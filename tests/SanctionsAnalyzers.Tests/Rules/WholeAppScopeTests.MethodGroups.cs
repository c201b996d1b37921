using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Minimal-API endpoints whose handler is a method group (<c>app.MapPost("/mail/send", MailEndpoints.Send)</c>):
    /// the handler's body, wherever it is declared in the project, gives the endpoint its categories.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string MailEndpoints = @"
public static class MailEndpoints
{
    public static async Task<IResult> Send(string to)
    {
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
        return Results.Ok();
    }
}

public static class BillingEndpoints
{
    public static async Task<IResult> Pay()
    {
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Results.Ok();
    }
}";

        [Fact]
        public async Task MethodGroupHandlerInAnotherFile_IsNamedByMiddleware()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoBlockMiddleware>();
        app.MapPost(""/mail/send"", MailEndpoints.Send);
        app.MapPost(""/billing/pay"", BillingEndpoints.Pay);
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailEndpoints, GeoMiddleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MailEndpoints.Send' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task MethodGroupHandlersInARouteGroupWithAFilter()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var mail = app.MapGroup(""/mail"").AddEndpointFilter<GeoFilter>();
        mail.MapPost(""/send"", MailEndpoints.Send);

        var billing = app.MapGroup(""/billing"");
        billing.MapPost(""/pay"", BillingEndpoints.Pay);
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailEndpoints, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MailEndpoints.Send' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task MethodGroupHandlerForPaymentsOnly_IsSilent()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var billing = app.MapGroup(""/billing"").AddEndpointFilter<GeoFilter>();
        billing.MapPost(""/pay"", BillingEndpoints.Pay);
        app.MapPost(""/mail/send"", MailEndpoints.Send);
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailEndpoints, GeoEndpointFilter });
        }

        [Fact]
        public async Task LocalFunctionHandler_IsNamedAfterItsMethod()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoBlockMiddleware>();
        app.MapPost(""/mail/send"", Send);

        static async Task<IResult> Send(string to)
        {
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
            return Results.Ok();
        }
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoMiddleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'Api.Map.Send' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task InstanceMethodGroupHandler()
        {
            var program = @"
public sealed class Newsletter
{
    public async Task<IResult> Send(string to)
    {
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
        return Results.Ok();
    }
}

public static class Api
{
    public static void Map(WebApplication app, Newsletter newsletter)
    {
        app.UseMiddleware<GeoBlockMiddleware>();
        app.MapPost(""/news/send"", newsletter.Send);
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoMiddleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'Newsletter.Send' (/news/send)", "e-mail"));
        }
    }
}
