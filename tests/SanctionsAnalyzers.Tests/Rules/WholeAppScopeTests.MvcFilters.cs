using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// An MVC filter that is no attribute runs where its registration puts it (the <c>registers</c> rows of ApiKnowledge.txt):
    /// every controller when added to <c>MvcOptions.Filters</c>, only the carriers of <c>[ServiceFilter(typeof(T))]</c> or
    /// <c>[TypeFilter(typeof(T))]</c> otherwise.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string RegionFilterAndControllers = @"
public sealed class RegionActionFilter : Microsoft.AspNetCore.Mvc.Filters.IActionFilter
{
    public void OnActionExecuting(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext context)
    {
        var country = context.HttpContext.Request.Headers[""CF-IPCountry""].ToString();
        if ({|#0:country == ""IR""|}) context.Result = new StatusCodeResult(451);
    }

    public void OnActionExecuted(Microsoft.AspNetCore.Mvc.Filters.ActionExecutedContext context) { }
}

[Route(""api/messages"")]
CHAT_ATTRIBUTE
public sealed class MessagesController : ControllerBase
{
    [HttpPost]
    public IActionResult Send(string text) => Ok(text);
}

[Route(""api/pay"")]
PAY_ATTRIBUTE
public sealed class PayController : ControllerBase
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
    public static void Configure(IServiceCollection services) => services.AddControllers(REGISTRATION);
}";

        private const string MessagesByRouteName =
            "instant messaging, inferred from the route name 'api/messages'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category";

        private static string FilterSource(string chatAttribute, string payAttribute, string registration) =>
            RegionFilterAndControllers.Replace("CHAT_ATTRIBUTE", chatAttribute).Replace("PAY_ATTRIBUTE", payAttribute).Replace("REGISTRATION", registration);

        [Fact]
        public async Task ServiceFilterOnTheChatController_GuardsIt() =>
            await Verify.VerifyAsync(Id, FilterSource("[ServiceFilter(typeof(RegionActionFilter))]", string.Empty, "o => { }"),
                WholeApp("MVC filter 'RegionActionFilter'", "'MessagesController.Send' (/api/messages)", MessagesByRouteName));

        [Fact]
        public async Task TypeFilterOnTheCheckoutControllerOnly_IsSilent() =>
            await Verify.VerifyAsync(Id, FilterSource(string.Empty, "[TypeFilter(typeof(RegionActionFilter))]", "o => { }").Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task FilterRedirectingToAnUnavailablePage_GuardsChatToo() =>
            await Verify.VerifyAsync(Id, FilterSource(string.Empty, string.Empty, "o => o.Filters.Add<RegionActionFilter>()").Replace("new StatusCodeResult(451)", "new RedirectResult(\"/unavailable\")"),
                WholeApp("MVC filter 'RegionActionFilter'", "'MessagesController.Send' (/api/messages)", MessagesByRouteName));

        [Fact]
        public async Task FilterRedirectingToTheLocalizedSite_IsSilent() =>
            await Verify.VerifyAsync(Id, FilterSource(string.Empty, string.Empty, "o => o.Filters.Add<RegionActionFilter>()").Replace("new StatusCodeResult(451)", "new RedirectResult(\"/fa\")")
                .Replace("{|#0:", string.Empty).Replace("|}", string.Empty));

        [Fact]
        public async Task FilterAddedToEveryController_GuardsChatToo() =>
            await Verify.VerifyAsync(Id, FilterSource(string.Empty, "[TypeFilter(typeof(RegionActionFilter))]", "o => o.Filters.Add<RegionActionFilter>()"),
                WholeApp("MVC filter 'RegionActionFilter'", "'MessagesController.Send' (/api/messages)", MessagesByRouteName));
    }
}
