using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, one registration kind per feature: a named policy built with
    /// <c>RequireAssertion</c> and required by a minimal-API endpoint, a fallback policy built with <c>RequireAssertion</c>,
    /// an MVC filter put on a controller with <c>[ServiceFilter(typeof(T))]</c>, an MVC filter added to every controller with
    /// <c>AddControllers(o =&gt; o.Filters.Add&lt;T&gt;())</c>, and a hub filter added to one hub with
    /// <c>AddHubOptions&lt;THub&gt;(o =&gt; o.AddFilter&lt;T&gt;())</c>. The twin puts the same registrations in front of
    /// payments only (the fallback policy and the global filter refusing North Korea alone; the billing hub declared as payments in a global
    /// config), and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class AuthorizationAndFilterRegistrationBuildTests
    {
        private const string Components = """
            using System.Security.Claims;
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Filters;
            using Microsoft.AspNetCore.SignalR;

            public static class Embargo
            {
                public static readonly string[] Codes = { "IR" };
                public static readonly string[] FallbackCodes = { "FALLBACK_CODE" };
            }

            public sealed class RegionActionFilter : IActionFilter
            {
                public void OnActionExecuting(ActionExecutingContext context)
                {
                    if (context.HttpContext.Request.Headers["CF-IPCountry"].ToString() == "IR") context.Result = new StatusCodeResult(451);
                }

                public void OnActionExecuted(ActionExecutedContext context) { }
            }

            public sealed class GlobalRegionFilter : IAsyncActionFilter
            {
                public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
                {
                    if (context.HttpContext.Request.Headers["CF-IPCountry"].ToString() == "FALLBACK_CODE") { context.Result = new ForbidResult(); return; }
                    await next();
                }
            }

            public sealed class RegionHubFilter : IHubFilter
            {
                public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
                {
                    if (context.Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() == "IR") throw new HubException("unavailable in your region");
                    return await next(context);
                }
            }

            public sealed class ChatHub : Hub
            {
                public Task Send(string text) => Clients.All.SendAsync("message", text);
            }

            public sealed class BillingHub : Hub
            {
                public Task Charge(decimal amount) => Clients.Caller.SendAsync("charged", amount);
            }

            [ApiController]
            [Route("api/messages")]
            MESSAGES_FILTER
            public sealed class MessagesController : ControllerBase
            {
                [HttpPost]
                public IActionResult Send(string text) => Ok(text);
            }

            [ApiController]
            [Route("api/pay")]
            PAY_FILTER
            public sealed class PayController : ControllerBase
            {
                [HttpPost]
                public IActionResult Charge(decimal amount) => Ok(amount);
            }
            """;

        private const string Program = """
            using System.Security.Claims;
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.SignalR;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers(o => o.Filters.Add<GlobalRegionFilter>());
            builder.Services.AddScoped<RegionActionFilter>();
            builder.Services.AddSignalR().AddHubOptions<FILTERED_HUB>(o => o.AddFilter<RegionHubFilter>());
            builder.Services.AddAuthorization(o =>
            {
                o.AddPolicy("NotEmbargoed", p => p.RequireAssertion(ctx => !Embargo.Codes.Contains(ctx.User.FindFirst(ClaimTypes.Country)?.Value ?? "")));
                o.FallbackPolicy = new AuthorizationPolicyBuilder()
                    .RequireAssertion(ctx => !Embargo.FallbackCodes.Contains(ctx.User.FindFirst(ClaimTypes.Country)?.Value ?? ""))
                    .Build();
            });
            var app = builder.Build();
            app.MapHub<ChatHub>("/hubs/chat");
            app.MapHub<BillingHub>("/hubs/billing");
            app.MapControllers();
            app.MapPost("/POLICY_ENDPOINT", (string text) => Results.Ok(text)).RequireAuthorization("NotEmbargoed");
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public AuthorizationAndFilterRegistrationBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void AssertionPolicies_ServiceFilter_AndPerHubFilter_InFrontOfCommunications_AreWarned()
        {
            using var consumer = Consumer(fallbackCode: "IR", policyEndpoint: "meetings/join", messagesFilter: "[ServiceFilter(typeof(RegionActionFilter))]", payFilter: string.Empty, filteredHub: "ChatHub");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in authorization policy 'NotEmbargoed' denies 'MapPost \"/meetings/join\"' (/meetings/join)", result);
            DotnetAssert.Contains("in fallback authorization policy 'FallbackPolicy' denies", result);
            DotnetAssert.Contains("in MVC filter 'RegionActionFilter' denies 'MessagesController.Send' (/api/messages)", result);
            DotnetAssert.Contains("in hub filter 'RegionHubFilter' denies 'ChatHub' (/hubs/chat)", result);
            DotnetAssert.Contains("in MVC filter 'GlobalRegionFilter' denies 'MessagesController.Send' (/api/messages)", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameRegistrations_InFrontOfPaymentsOrForNorthKoreaOnly_AreSilent()
        {
            using var consumer = Consumer(fallbackCode: "KP", policyEndpoint: "api/pay/charge", messagesFilter: string.Empty, payFilter: "[ServiceFilter(typeof(RegionActionFilter))]", filteredHub: "BillingHub");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string fallbackCode, string policyEndpoint, string messagesFilter, string payFilter, string filteredHub) =>
            new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program.Replace("POLICY_ENDPOINT", policyEndpoint).Replace("FILTERED_HUB", filteredHub),
                ["Components.cs"] = Components.Replace("FALLBACK_CODE", fallbackCode).Replace("MESSAGES_FILTER", messagesFilter).Replace("PAY_FILTER", payFilter),

                // A SignalR hub is chat by its host; this one takes payments, and the team says so.
                [".globalconfig"] = "is_global = true\nsanctions_analyzers.category.BillingHub = payments\n",
            });
    }
}
