using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Authorization policies built with <c>RequireAssertion</c> (an API row of kind <c>verdict</c>): the delegate answers
    /// the host whether the user may pass, so its <c>false</c> for a jurisdiction's users refuses them every endpoint that
    /// requires the policy (by name), or every endpoint when it is the fallback or default policy.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private static string AssertionPolicy(string registration) => @"
public static class Policies
{
    private static readonly string[] Embargoed = { ""IR"", ""KP"" };

    public static void Register(IServiceCollection services) =>
        services.AddAuthorization(o => " + registration + @");
}";

        private const string AssertionLambda = @"ctx => !{|#0:Embargoed.Contains(ctx.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value ?? string.Empty)|}";

        private const string MeetingsAndCheckout = @"

[Route(""api/meetings"")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = ""NotEmbargoed"")]
public sealed class MeetingsController : ControllerBase
{
    [HttpPost(""{id}/join"")]
    public IActionResult Join(string id) => Ok(id);
}

[Route(""api/checkout"")]
[Microsoft.AspNetCore.Authorization.Authorize(Policy = ""Billing"")]
public sealed class CheckoutController : ControllerBase
{
    [HttpPost(""pay"")]
    public IActionResult Pay(string cart) => Ok(cart);
}";

        private static Microsoft.CodeAnalysis.Testing.DiagnosticResult MeetingsRefused() =>
            Verify.Diagnostic(WholeAppGeoBlockRule.OverBroad).WithLocation(0)
                .WithArguments("Iran (IR)", "authorization policy 'NotEmbargoed'", "denies", "'MeetingsController.Join' (/api/meetings/{id}/join)",
                    "video conferencing, inferred from the route name 'api/meetings'; confirm with [CommunicationService(\"video-conferencing\")] or declare the right category",
                    IranCitation)
                .WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations);

        [Fact]
        public async Task AssertionPolicy_RequiredByAVideoController_IsWarned()
        {
            var source = AssertionPolicy(@"o.AddPolicy(""NotEmbargoed"", p => p.RequireAssertion(" + AssertionLambda + "))") + MeetingsAndCheckout;
            await Verify.VerifyAsync(Id, source, MeetingsRefused());
        }

        [Fact]
        public async Task AssertionPolicy_WithABlockBody_IsWarned()
        {
            var lambda = @"ctx =>
        {
            var country = ctx.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
            return country is null || !{|#0:Embargoed.Contains(country)|};
        }";
            var source = AssertionPolicy(@"o.AddPolicy(""NotEmbargoed"", p => p.RequireAssertion(" + lambda + "))") + MeetingsAndCheckout;
            await Verify.VerifyAsync(Id, source, MeetingsRefused());
        }

        [Fact]
        public async Task AssertionPolicy_RequiredOnlyByCheckout_IsSilent()
        {
            var source = AssertionPolicy(@"o.AddPolicy(""Billing"", p => p.RequireAssertion(" + AssertionLambda.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + "))")
                + MeetingsAndCheckout;
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task AssertionRefusingNorthKoreaOnly_IsSilent()
        {
            // No communication category is authorized for North Korea: the block is consistent whatever it guards.
            var source = AssertionPolicy(@"o.AddPolicy(""NotEmbargoed"", p => p.RequireAssertion(" + AssertionLambda.Replace("{|#0:", string.Empty).Replace("|}", string.Empty) + "))")
                .Replace(@"{ ""IR"", ""KP"" }", @"{ ""KP"" }") + MeetingsAndCheckout;
            await Verify.VerifyAsync(Id, source);
        }

        [Fact]
        public async Task FallbackPolicyAssertion_GuardsEveryEndpoint()
        {
            var registration = @"o.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAssertion(" + AssertionLambda + ").Build()";
            var source = AssertionPolicy(registration) + Endpoints;
            await Verify.VerifyAsync(Id, source, WholeApp("fallback authorization policy 'FallbackPolicy'", "'ChatHub' (/hubs/chat) and 'MailController.Send' (/api/mail)", "instant messaging, chat and e-mail"));
        }

        [Fact]
        public async Task AssertionOutsideAuthorization_IsNoHostVerdict()
        {
            // A predicate the project itself calls is a classifier: without a caller gating on it, nothing is refused.
            var source = @"
public static class Regions
{
    private static readonly string[] Embargoed = { ""IR"", ""KP"" };
    public static readonly Func<string, bool> MayJoin = country => !Embargoed.Contains(country);
}" + MeetingsAndCheckout;
            await Verify.VerifyAsync(Id, source);
        }
    }
}
