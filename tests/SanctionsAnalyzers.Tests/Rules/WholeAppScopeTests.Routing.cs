using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Whole-app scope through routing: route groups (MapGroup), endpoint filters on endpoints and groups, pipeline
    /// branches (UseWhen / MapWhen / Map), hub filters limited to one hub, and policies required by a group.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string GeoEndpointFilter = @"
public sealed class GeoFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if ({|#0:context.HttpContext.Request.Headers[""CF-IPCountry""] == ""IR""|}) return Results.StatusCode(451);
        return await next(context);
    }
}";

        private const string GeoMiddleware = @"
public sealed class GeoBlockMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|}) { context.Response.StatusCode = 451; return; }
        await _next(context);
    }
}";

        private const string SendMail = @"async (string to) =>
        {
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
            return Results.Ok();
        }";

        private const string Pay = @"async () =>
        {
            await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
            return Results.Ok();
        }";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult WholeAppUnknown(string component, string reason) =>
            Verify.Diagnostic(WholeAppGeoBlockRule.UnknownScope).WithLocation(0).WithArguments("Iran (IR)", component, "denies", reason);

        [Fact]
        public async Task EndpointFilterOnARouteGroup_GuardsTheGroupsEndpointsOnly()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var mail = app.MapGroup(""/mail"").AddEndpointFilter<GeoFilter>();
        mail.MapPost(""/send"", " + SendMail + @");

        var billing = app.MapGroup(""/billing"");
        billing.MapPost(""/pay"", " + Pay + @");
        billing.MapPost(""/receipt"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task EndpointFilterOnlyOnPayments_IsSilent()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var billing = app.MapGroup(""/billing"");
        billing.AddEndpointFilter<GeoFilter>();
        billing.MapPost(""/pay"", " + Pay + @");
        app.MapPost(""/mail/send"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter });
        }

        [Fact]
        public async Task NestedGroups_GiveTheFullRoute()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var api = app.MapGroup(""/api/v1"");
        var mail = api.MapGroup(""mail"");
        mail.AddEndpointFilter(new GeoFilter());
        mail.MapPost(""/send"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/api/v1/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task EndpointFilterChainedOnOneEndpoint()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapPost(""/mail/send"", " + SendMail + @").AddEndpointFilter<GeoFilter>().RequireAuthorization();
        app.MapPost(""/mail/digest"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/mail/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task EndpointFilterNeverRegistered_IsNotSANC1001()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app) => app.MapPost(""/mail/send"", " + SendMail + @");
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter });
        }

        [Fact]
        public async Task InlineEndpointFilterLambdaOnAGroup()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        var mail = app.MapGroup(""/mail"").AddEndpointFilter(async (context, next) =>
        {
            if ({|#0:context.HttpContext.Request.Headers[""CF-IPCountry""] == ""IR""|}) return Results.StatusCode(451);
            return await next(context);
        });
        mail.MapPost(""/send"", " + SendMail + @");
        app.MapPost(""/pay"", " + Pay + @");
    }
}";
            await Verify.VerifyAsync(Id, program,
                WholeApp("endpoint filter 'inline endpoint filter in Api.Map'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task UseWhenOnAPath_GuardsOnlyThatPath()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(""/api""), branch => branch.UseMiddleware<GeoBlockMiddleware>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, program },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MailController.Send' (/api/mail)", "e-mail"));
        }

        private const string PathHelpers = @"
public static class RequestKinds
{
    private static readonly string[] Payments = { ""/api/pay"" };

    public static bool IsPayment(PathString path) => Payments.Any(p => path.StartsWithSegments(p));

    public static bool IsMail(HttpContext context) => context.Request.Path.StartsWithSegments(""/api/mail"");
}";

        [Fact]
        public async Task UseWhenThroughAHelperOfTheProject_GuardsThePathsItTests()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => RequestKinds.IsMail(context), branch => branch.UseMiddleware<GeoBlockMiddleware>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, PathHelpers, program },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MailController.Send' (/api/mail)", "e-mail"));
        }

        [Fact]
        public async Task UseWhenWithAMethodGroupTestingAListOfPaymentPaths_IsSilent()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => RequestKinds.IsPayment(context.Request.Path), branch => branch.UseMiddleware<GeoBlockMiddleware>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware.Replace("{|#0:", string.Empty).Replace("|}", string.Empty), PathHelpers, program });
        }

        [Fact]
        public async Task UseWhenWithAMethodGroup_GuardsThePathsItTests()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(RequestKinds.IsMail, branch => branch.UseMiddleware<GeoBlockMiddleware>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, PathHelpers, program },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MailController.Send' (/api/mail)", "e-mail"));
        }

        [Fact]
        public async Task UseWhenOnThePaymentsPath_IsSilent()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments(""/api/pay""), branch => branch.UseMiddleware(typeof(GeoBlockMiddleware)));
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, program });
        }

        [Fact]
        public async Task MiddlewareAlsoRegisteredOutsideABranch_GuardsEverything()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(""/api/pay""), branch => branch.UseMiddleware<GeoBlockMiddleware>());
        app.UseMiddleware<GeoBlockMiddleware>();
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, program },
                WholeApp("middleware 'GeoBlockMiddleware'", "'ChatHub' (/hubs/chat) and 'MailController.Send' (/api/mail)", "instant messaging, chat and e-mail"));
        }

        [Fact]
        public async Task NegatedUseWhen_ExcludesThePath()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(""/hubs""), branch => branch.Use(async (context, next) =>
        {
            if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|}) { context.Response.StatusCode = 403; return; }
            await next(context);
        }));
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, program },
                WholeApp("middleware 'inline middleware in Pipeline.Configure'", "'MailController.Send' (/api/mail)", "e-mail"));
        }

        [Fact]
        public async Task MapWhenBranch_GuardsItsPathOnly()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.MapWhen(context => context.Request.Path.StartsWithSegments(""/hubs""), hubs =>
        {
            hubs.UseMiddleware<GeoBlockMiddleware>();
            hubs.UseRouting();
        });
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, program },
                WholeApp("middleware 'GeoBlockMiddleware'", "'ChatHub' (/hubs/chat)", "instant messaging and chat"));
        }

        [Fact]
        public async Task MvcFilterAttributeOnlyOnThePaymentsController_IsSilent()
        {
            const string filter = @"
public sealed class GeoBlockAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IActionFilter
{
    public void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        if (context.HttpContext.Request.Headers[""CF-IPCountry""] == ""IR"") context.Result = new ForbidResult();
    }

    public void OnActionExecuted(Microsoft.AspNetCore.Mvc.Filters.ActionExecutedContext context) { }
}

[GeoBlock]
[Route(""api/refunds"")]
public class RefundsController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Refund()
    {
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, filter });
        }

        [Fact]
        public async Task MapBranchOnThePaymentsPath_IsSilent()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.Map(""/api/pay"", branch => branch.Use(async (context, next) =>
        {
            if (context.Request.Headers[""CF-IPCountry""] == ""IR"") { context.Response.StatusCode = 451; return; }
            await next(context);
        }));
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, program });
        }

        [Fact]
        public async Task BranchOnAConditionThatIsNotAPath_IsUnknownScope()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => context.Request.Headers.ContainsKey(""X-Partner""), branch => branch.UseMiddleware<GeoBlockMiddleware>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, GeoMiddleware, program });
            await Verify.VerifyAsync("SANC1002", new[] { Endpoints, GeoMiddleware, program },
                WholeAppUnknown("middleware 'GeoBlockMiddleware'", "which requests reach it depends on a condition the analyzer cannot read (a pipeline branch that is not a path check, or a filter registered elsewhere); declare the categories of the endpoints it guards"));
        }

        [Fact]
        public async Task HubFilterAddedForOneHub_GuardsThatHubOnly()
        {
            const string filter = @"
public sealed class GeoHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if ({|#0:invocationContext.Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) throw new HubException(""blocked"");
        return await next(invocationContext);
    }
}

public class TradingHub : Hub
{
    public Task Quote(string symbol) => Clients.Caller.SendAsync(""quote"", symbol);
}

public static class Registration
{
    public static void Add(IServiceCollection services) =>
        services.AddSignalR().AddHubOptions<TradingHub>(options => options.AddFilter<GeoHubFilter>());
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, filter },
                WholeApp("hub filter 'GeoHubFilter'", "'TradingHub'", "instant messaging and chat"));
        }

        [Fact]
        public async Task HandlerThatHandsAMailClientToAHelper_IsAMailEndpoint()
        {
            const string program = @"
public static class Digest
{
    public static async Task<IResult> Send(string to, System.Net.Mail.SmtpClient smtp)
    {
        await smtp.SendMailAsync(""digest@example.com"", to, ""Digest"", ""..."");
        return Results.Accepted();
    }
}

public static class Api
{
    public static void Map(WebApplication app)
    {
        var digest = app.MapGroup(""/digest"").AddEndpointFilter<GeoFilter>();
        digest.MapPost(""/send"", (string to, System.Net.Mail.SmtpClient smtp) => Digest.Send(to, smtp));
        digest.MapGet(""/status"", (string to) => Digest.Send(to, null!));
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/digest/send)", "e-mail"));
        }

        [Fact]
        public async Task BranchGateOnNorthKoreaOnly_IsNotEvenSANC1002()
        {
            // No communications authorization for North Korea: whatever the branch guards, the block is consistent.
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app) =>
        app.UseWhen(context => context.Request.Headers.ContainsKey(""X-Partner""), branch => branch.Use(async (context, next) =>
        {
            if (context.Request.Headers[""CF-IPCountry""] == ""KP"") { context.Response.StatusCode = 403; return; }
            await next(context);
        }));
}";
            await Verify.VerifyAsync("SANC1002", new[] { Endpoints, program });
        }

        [Fact]
        public async Task PolicyRequiredByARouteGroup_CoversItsEndpoints()
        {
            var program = @"
public sealed class NotEmbargoedRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }

public sealed class NotEmbargoedHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<NotEmbargoedRequirement>
{
    private readonly IHttpContextAccessor _accessor = null!;
    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, NotEmbargoedRequirement requirement)
    {
        if ({|#0:_accessor.HttpContext!.Request.Headers[""CF-IPCountry""] == ""IR""|}) context.Fail();
        return Task.CompletedTask;
    }
}

public static class Api
{
    public static void Map(WebApplication app, IServiceCollection services)
    {
        services.AddAuthorization(o => o.AddPolicy(""NotEmbargoed"", p => p.AddRequirements(new NotEmbargoedRequirement())));
        var mail = app.MapGroup(""/mail"").RequireAuthorization(""NotEmbargoed"");
        mail.MapPost(""/send"", " + SendMail + @");
        app.MapPost(""/mail/public"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, program,
                WholeApp("authorization handler 'NotEmbargoedHandler'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task PolicyRequiredOnlyByThePaymentsGroup_IsSilent()
        {
            var program = @"
public sealed class NotEmbargoedRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }

public sealed class NotEmbargoedHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<NotEmbargoedRequirement>
{
    private readonly IHttpContextAccessor _accessor = null!;
    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, NotEmbargoedRequirement requirement)
    {
        if (_accessor.HttpContext!.Request.Headers[""CF-IPCountry""] == ""IR"") context.Fail();
        return Task.CompletedTask;
    }
}

public static class Api
{
    public static void Map(WebApplication app, IServiceCollection services)
    {
        services.AddAuthorization(o => o.AddPolicy(""NotEmbargoed"", p => p.AddRequirements(new NotEmbargoedRequirement())));
        var billing = app.MapGroup(""/billing"");
        billing.RequireAuthorization(""NotEmbargoed"");
        billing.MapPost(""/pay"", " + Pay + @");
        app.MapPost(""/mail/send"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, program);
        }
    }
}
