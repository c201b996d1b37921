using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Authorization policies on controllers: every action counts as a feature (its names alone may give its category),
    /// and a requirement's list may arrive through a primary constructor.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string RegionsRequirement = @"
public sealed class NotFromRegionsRequirement(params string[] regions) : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement
{
    public IReadOnlyCollection<string> Regions { get; } = regions;
}

public sealed class NotFromRegionsHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<NotFromRegionsRequirement>
{
    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, NotFromRegionsRequirement requirement)
    {
        var country = context.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
        if (country is not null && {|#0:requirement.Regions.Contains(country)|}) context.Fail();
        else context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class Policies
{
    public const string Regional = ""Regional"";
    public static void Register(IServiceCollection services) =>
        services.AddAuthorization(o => o.AddPolicy(Regional, p => p.AddRequirements(new NotFromRegionsRequirement(""IR"", ""CU""))));
}";

        [Fact]
        public async Task PolicyOnAController_WhoseNamesAloneSayVideoConferencing()
        {
            var source = RegionsRequirement + @"

[Route(""api/meetings"")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Regional)]
public sealed class MeetingsController : ControllerBase
{
    [HttpPost(""{id}/join"")]
    public IActionResult Join(string id) => Ok(id);
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR) and Cuba (CU)", "authorization handler 'NotFromRegionsHandler'", "denies", "'MeetingsController.Join' (/api/meetings/{id}/join)",
                    "video conferencing, inferred from the route name 'api/meetings'; confirm with [CommunicationService(\"video-conferencing\")] or declare the right category",
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public async Task PolicyOnACheckoutController_IsSilent()
        {
            var source = RegionsRequirement.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + @"

[Route(""api/checkout"")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Regional)]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost(""pay"")]
    public IActionResult Pay(string cart) => Ok(cart);
}";
            await Verify.VerifyAsync(Id, source);
        }

        private const string MeetingRequirementBuiltElsewhere = @"
public sealed class JoinMeetingRequirement : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }

public sealed class JoinMeetingHandler : Microsoft.AspNetCore.Authorization.AuthorizationHandler<JoinMeetingRequirement>
{
    private static readonly HashSet<string> Denied = new() { ""IR"", ""KP"" };

    protected override Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext context, JoinMeetingRequirement requirement)
    {
        var country = context.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
        if (country is not null && {|#0:Denied.Contains(country)|}) context.Fail();
        else context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

[Route(""meetings"")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = ""POLICY"")]
public sealed class MeetingsController : ControllerBase
{
    [HttpPost(""{id}/join"")]
    public IActionResult Join(string id) => Ok(id);
}";

        [Fact]
        public async Task PolicyBuiltNowhereHere_RequiresTheRequirementNamedAfterIt()
        {
            // No AddPolicy in this compilation (built in another project or from configuration): "JoinMeeting" is taken to be
            // the policy of JoinMeetingRequirement.
            await Verify.VerifyAsync(Id, MeetingRequirementBuiltElsewhere.Replace("POLICY", "JoinMeeting"), Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR)", "authorization handler 'JoinMeetingHandler'", "denies", "'MeetingsController.Join' (/meetings/{id}/join)",
                    "video conferencing, inferred from the route name 'meetings'; confirm with [CommunicationService(\"video-conferencing\")] or declare the right category",
                    "31 CFR 560.540(a)(1), formerly GL D-2")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public async Task PolicyBuiltNowhereHere_NamedForSomethingElse_DoesNotBringTheRequirement()
        {
            // "Premium" names no requirement of this compilation: the handler guards no endpoint the analyzer can name.
            var diagnostics = await Infrastructure.AnalyzerRun.DiagnosticsAsync(Infrastructure.AnalyzerRun.Compile(
                MeetingRequirementBuiltElsewhere.Replace("POLICY", "Premium").Replace("{|#0:", string.Empty).Replace("|}", string.Empty)));
            Assert.DoesNotContain(diagnostics, d => d.Id == RuleIds.OverBroadGeoBlock);
        }

        private static string NamedPolicy(string policy, string controller) =>
            RegionsRequirement.Replace("public const string Regional = \"Regional\";", "public const string Regional = \"" + policy + "\";") + controller;

        [Fact]
        public async Task PolicyName_NamesTheFeature_WhenTheEndpointsNamesSayNothing()
        {
            var source = NamedPolicy("QuizTakers", @"

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Regional)]
public sealed class TestSessionsController : ControllerBase
{
    [HttpGet(""{id}"")]
    public IActionResult Start(int id) => Ok(id);
}");
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR) and Cuba (CU)", "authorization handler 'NotFromRegionsHandler'", "denies", "'TestSessionsController.Start' (/{id})",
                    "e-learning platforms, inferred from the policy name 'QuizTakers'; confirm with [CommunicationService(\"e-learning\")] or declare the right category",
                    "31 CFR 560.540(a)(1), formerly GL D-2 (Iran); 31 CFR 515.578(a)(1) (Cuba)")
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public async Task PolicyName_ThatSaysBilling_IsConsistent()
        {
            var source = NamedPolicy("BillingCustomers", @"

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Regional)]
public sealed class ReportsController : ControllerBase
{
    [HttpGet(""{id}"")]
    public IActionResult Download(int id) => Ok(id);
}").Replace("{|#0:", string.Empty).Replace("|}", string.Empty);
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task PolicyName_DoesNotOverrideTheEndpointsOwnNames()
        {
            // The controller says payments: the policy's "quiz" is farther away and does not count.
            var source = NamedPolicy("QuizTakers", @"

[Microsoft.AspNetCore.Authorization.Authorize(Policy = Policies.Regional)]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost(""pay"")]
    public IActionResult Pay(string cart) => Ok(cart);
}").Replace("{|#0:", string.Empty).Replace("|}", string.Empty);
            await Verify.VerifyAsync(Id, source);
        }

        private const string DenyFromExtension = @"
public static class GeoConventions
{
    public static TBuilder DenyFrom<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (ctx, next) =>
        {
            var country = ctx.HttpContext.Request.Headers[""CF-IPCountry""].ToString();
            if ({|#0:codes.Contains(country)|}) return Results.StatusCode(451);
            return await next(ctx);
        });
}";

        [Fact]
        public async Task EndpointFilterAddedByTheProjectsOwnExtension_OnAnEndpoint()
        {
            var source = DenyFromExtension + @"

public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapPost(""/mail/send"", " + SendMail + @").DenyFrom(""IR"");
    }
}";
            await Verify.VerifyAsync(Id, source,
                WholeApp("endpoint filter 'inline endpoint filter in GeoConventions.DenyFrom'", "'MapPost \"/mail/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task EndpointFilterAddedByTheProjectsOwnExtension_OnAGroup()
        {
            var source = DenyFromExtension + @"

public static class Api
{
    public static void Map(WebApplication app)
    {
        var mail = app.MapGroup(""/mail"").DenyFrom(""IR"");
        mail.MapPost(""/send"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, source,
                WholeApp("endpoint filter 'inline endpoint filter in GeoConventions.DenyFrom'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task EndpointFilterAddedByTheProjectsOwnExtension_OnlyOnPayments_IsSilent()
        {
            var source = DenyFromExtension.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + @"

public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapPost(""/billing/pay"", " + Pay + @").DenyFrom(""IR"");
        app.MapPost(""/mail/send"", " + SendMail + @");
    }
}";
            await Verify.VerifyAsync(Id, source);
        }

        private const string DenyRegionsFilter = @"
public interface IVisitorCountry { string? Resolve(HttpContext http); }

public sealed class DenyRegionsAttribute : Microsoft.AspNetCore.Mvc.Filters.ActionFilterAttribute
{
    private readonly string[] _codes;
    public DenyRegionsAttribute(params string[] codes) => _codes = codes;

    public override void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        var resolver = (IVisitorCountry)context.HttpContext.RequestServices.GetService(typeof(IVisitorCountry))!;
        var code = resolver.Resolve(context.HttpContext);
        if (code is not null && {|#0:_codes.Contains(code)|}) context.Result = new StatusCodeResult(451);
    }
}";

        // The filter attribute sits on one action; the country comes from an interface named for it.
        [Fact]
        public async Task FilterAttributeOnAnAction_WithTheCountryFromAnInterfaceNamedForIt()
        {
            var source = DenyRegionsFilter + @"

[Route(""forum"")]
public sealed class ForumController : ControllerBase
{
    [HttpGet(""threads"")]
    public IActionResult Threads() => Ok();

    [HttpPost(""threads/{id}/reply"")]
    [DenyRegions(""IR"")]
    public IActionResult Reply(int id, string text) => Ok(text);
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR)", "MVC filter 'DenyRegionsAttribute'", "denies", "'ForumController.Reply' (/forum/threads/{id}/reply)",
                    "social networking, inferred from the route name 'threads/{id}/reply'; confirm with [CommunicationService(\"social-networking\")] or declare the right category", IranCitation)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
        }

        [Fact]
        public async Task FilterAttributeOnlyOnACheckoutAction_IsSilent()
        {
            var source = DenyRegionsFilter.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + @"

[Route(""forum"")]
public sealed class ForumController : ControllerBase
{
    [HttpGet(""threads"")]
    public IActionResult Threads() => Ok();

    [HttpPost(""checkout"")]
    [DenyRegions(""IR"")]
    public IActionResult Checkout(string cart) => Ok(cart);
}";
            await Verify.VerifyAsync(Id, source);
        }
    }
}
