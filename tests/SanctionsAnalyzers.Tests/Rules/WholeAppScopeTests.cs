using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Whole-app scope (SANC1001 at compilation end): a gate in middleware, a filter or an authorization handler guards
    /// the endpoints it applies to, minus the paths it lets through.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string Id = "SANC1001";
        private const string IranCitation = "31 CFR 560.540(a)(1), formerly GL D-2";

        private const string Endpoints = @"
public class ChatHub : Hub
{
    public Task Send(string message) => Clients.All.SendAsync(""m"", message);
}

[Route(""api/mail"")]
public class MailController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Send(string to)
    {
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""s"", ""b"");
        return Ok();
    }
}

[Route(""api/pay"")]
public class PayController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Pay()
    {
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}

public static class Startup
{
    public static void Map(WebApplication app)
    {
        app.MapHub<ChatHub>(""/hubs/chat"");
        app.MapControllers();
    }
}";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult WholeApp(string component, string features, string categories) =>
            Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR)", component, "denies", features, categories, IranCitation)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations);

        [Fact]
        public async Task MiddlewareClass_NamesEveryAuthorizedEndpointItGuards()
        {
            const string middleware = @"
public sealed class GeoBlockMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            context.Response.StatusCode = StatusCodes.Status451UnavailableForLegalReasons;
            return;
        }

        await _next(context);
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, middleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'ChatHub' (/hubs/chat) and 'MailController.Send' (/api/mail)", "instant messaging, chat and e-mail")
                    );
        }

        [Fact]
        public async Task PathExemption_LetsTheHubThrough()
        {
            const string middleware = @"
public sealed class GeoBlockMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(""/hubs/chat""))
        {
            await _next(context);
            return;
        }

        if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            context.Response.StatusCode = 403;
            return;
        }

        await _next(context);
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, middleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MailController.Send' (/api/mail)", "e-mail"));
        }

        [Fact]
        public async Task ExemptingEveryAuthorizedPath_IsSilent()
        {
            const string middleware = @"
public sealed class GeoBlockMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(""/hubs"") || context.Request.Path.StartsWithSegments(""/api/mail""))
        {
            await _next(context);
            return;
        }

        if (context.Request.Headers[""CF-IPCountry""] == ""IR"") { context.Response.StatusCode = 403; return; }
        await _next(context);
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, middleware });
        }

        [Fact]
        public async Task InlineAppUseLambda()
        {
            const string program = @"
public static class Pipeline
{
    public static void Configure(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|}) { context.Response.StatusCode = 403; return; }
            await next(context);
        });
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, program },
                WholeApp("middleware 'inline middleware in Pipeline.Configure'", "'ChatHub' (/hubs/chat) and 'MailController.Send' (/api/mail)", "instant messaging, chat and e-mail"));
        }

        [Fact]
        public async Task HubFilter_InFrontOfAHubDeclaredAsPayments_IsSilent()
        {
            // A SignalR hub is chat by its host, unless the team declares what it really is.
            const string hubs = @"
[System.AttributeUsage(System.AttributeTargets.All)]
public sealed class CommunicationServiceAttribute : System.Attribute { public CommunicationServiceAttribute(params string[] categories) { } }

[CommunicationService(""payments"")]
public class BillingHub : Hub
{
    public Task Charge(decimal amount) => Clients.Caller.SendAsync(""charged"", amount);
}

public static class HubRoutes
{
    public static void Map(WebApplication app) => app.MapHub<BillingHub>(""/hubs/billing"");
}

public sealed class GeoHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR"") throw new HubException(""Not available in your region"");
        return await next(invocationContext);
    }
}";
            await Verify.VerifyAsync(Id, hubs);
        }

        [Fact]
        public async Task HubFilter_GuardsHubsOnly()
        {
            const string filter = @"
public sealed class GeoHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if ({|#0:invocationContext.Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|})
        {
            throw new HubException(""Not available in your region"");
        }

        return await next(invocationContext);
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, filter },
                WholeApp("hub filter 'GeoHubFilter'", "'ChatHub' (/hubs/chat)", "instant messaging and chat"));
        }

        [Fact]
        public async Task AuthorizationHandlerOfAPolicyOnTheHub()
        {
            const string policy = @"
public sealed class NotEmbargoedRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }

public sealed class NotEmbargoedHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<NotEmbargoedRequirement>
{
    private readonly IHttpContextAccessor _accessor;
    public NotEmbargoedHandler(IHttpContextAccessor accessor) => _accessor = accessor;

    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, NotEmbargoedRequirement requirement)
    {
        if ({|#0:_accessor.HttpContext!.Request.Headers[""CF-IPCountry""] == ""IR""|}) context.Fail();
        else context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

[Microsoft.AspNetCore.Authorization.Authorize(Policy = ""NotEmbargoed"")]
public class RoomHub : Hub
{
    public Task Join(string room) => Groups.AddToGroupAsync(Context.ConnectionId, room);
}

public static class Security
{
    public static void Add(IServiceCollection services) =>
        services.AddAuthorization(options => options.AddPolicy(""NotEmbargoed"", p => p.Requirements.Add(new NotEmbargoedRequirement())));
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, policy },
                WholeApp("authorization handler 'NotEmbargoedHandler'", "'RoomHub'", "instant messaging and chat"));
        }

        [Fact]
        public async Task MvcFilterAttribute_GuardsTheControllersItIsOn()
        {
            const string filter = @"
public sealed class GeoBlockAttribute : Attribute, Microsoft.AspNetCore.Mvc.Filters.IActionFilter
{
    public void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        if ({|#0:context.HttpContext.Request.Headers[""CF-IPCountry""] == ""IR""|}) context.Result = new ForbidResult();
    }

    public void OnActionExecuted(Microsoft.AspNetCore.Mvc.Filters.ActionExecutedContext context) { }
}

[GeoBlock]
[Route(""api/news"")]
public class NewsletterController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Send(string to)
    {
        await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", to, ""news"", ""b"");
        return Ok();
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, filter },
                WholeApp("MVC filter 'GeoBlockAttribute'", "'NewsletterController.Send' (/api/news)", "e-mail"));
        }

        [Fact]
        public async Task MinimalApiEndpointsAreGuardedToo()
        {
            const string program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapPost(""/translate"", async (string text) =>
        {
            await new System.Net.Mail.SmtpClient(""smtp.example.com"").SendMailAsync(""a@example.com"", ""b@example.com"", ""t"", text);
            return Results.Ok();
        });

        app.Use(async (context, next) =>
        {
            if ({|#0:context.Request.Headers[""CF-IPCountry""] == ""IR""|}) { context.Response.StatusCode = 451; return; }
            await next(context);
        });
    }
}";
            await Verify.VerifyAsync(Id, program,
                WholeApp("middleware 'inline middleware in Api.Map'", "'MapPost \"/translate\"' (/translate)", "e-mail"));
        }

        [Fact]
        public async Task MiddlewareInAPaymentsOnlyApp_IsSilent()
        {
            const string app = @"
[Route(""api/pay"")]
public class PayController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Pay()
    {
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}

public sealed class GeoBlockMiddleware
{
    private readonly RequestDelegate _next;
    public GeoBlockMiddleware(RequestDelegate next) => _next = next;
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers[""CF-IPCountry""] == ""IR"") { context.Response.StatusCode = 451; return; }
        await _next(context);
    }
}";
            await Verify.VerifyAsync(Id, app);
        }

        [Fact]
        public async Task NeutralMiddleware_IsSilent()
        {
            const string middleware = @"
public sealed class LocaleMiddleware
{
    private readonly RequestDelegate _next;
    public LocaleMiddleware(RequestDelegate next) => _next = next;
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers[""CF-IPCountry""] == ""IR"") context.Items[""culture""] = ""fa-IR"";
        await _next(context);
    }
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, middleware });
        }

        [Fact]
        public async Task AuthorizationHandlerWhosePolicyIsOnlyOnPayments_IsSilent()
        {
            const string policy = @"
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
[Microsoft.AspNetCore.Authorization.Authorize(Policy = ""NotEmbargoed"")]
[Route(""api/checkout"")]
public class CheckoutController : ControllerBase
{
    [HttpPost]
    public async Task<IActionResult> Pay()
    {
        await new Stripe.PaymentIntentService().CreateAsync(new Stripe.PaymentIntentCreateOptions());
        return Ok();
    }
}
public static class Security
{
    public static void Add(IServiceCollection services) =>
        services.AddAuthorization(o => o.AddPolicy(""NotEmbargoed"", p => p.AddRequirements(new NotEmbargoedRequirement())));
}";
            await Verify.VerifyAsync(Id, new[] { Endpoints, policy });
        }
    }
}
