using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, one registration kind per feature: a SignalR hub filter added with
    /// <c>AddSignalR(o =&gt; o.AddFilter&lt;T&gt;())</c>, middleware registered under <c>UseWhen</c> through a path helper of
    /// the project, a policy required with <c>RequireAuthorization("...")</c> on a minimal-API endpoint, and a
    /// <c>SignInManager</c> override. The twin registers the same components in front of payments only (or blocks
    /// North Korea alone), and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class PipelineRegistrationBuildTests
    {
        private const string Components = """
            using Microsoft.AspNetCore.Authorization;
            using Microsoft.AspNetCore.Identity;
            using Microsoft.AspNetCore.SignalR;
            using Microsoft.Extensions.Options;

            public sealed class RegionHubFilter : IHubFilter
            {
                public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext context, Func<HubInvocationContext, ValueTask<object?>> next)
                {
                    var country = context.Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString();
                    if (country == "CODE") throw new HubException("unavailable in your region");
                    return await next(context);
                }
            }

            public sealed class ChatHub : Hub
            {
                public Task Send(string text) => Clients.All.SendAsync("message", text);
            }

            public sealed class GeoBlockMiddleware
            {
                private readonly RequestDelegate _next;
                public GeoBlockMiddleware(RequestDelegate next) => _next = next;

                public async Task InvokeAsync(HttpContext context)
                {
                    if (context.Request.Headers["CF-IPCountry"] == "CODE") { context.Response.StatusCode = 451; return; }
                    await _next(context);
                }
            }

            public static class RequestKinds
            {
                public static bool IsGuarded(HttpContext context) => context.Request.Path.StartsWithSegments("GUARDED");
            }

            public sealed class NotFromRegionsRequirement : IAuthorizationRequirement { }

            public sealed class NotFromRegionsHandler : AuthorizationHandler<NotFromRegionsRequirement>
            {
                protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, NotFromRegionsRequirement requirement)
                {
                    var country = context.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
                    if (country == "CODE") context.Fail();
                    else context.Succeed(requirement);
                    return Task.CompletedTask;
                }
            }

            public sealed class RegionSignInManager : SignInManager<IdentityUser>
            {
                private readonly IHttpContextAccessor _accessor;

                public RegionSignInManager(UserManager<IdentityUser> users, IHttpContextAccessor accessor, IUserClaimsPrincipalFactory<IdentityUser> claims,
                    IOptions<IdentityOptions> options, ILogger<SignInManager<IdentityUser>> logger, Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider schemes,
                    IUserConfirmation<IdentityUser> confirmation)
                    : base(users, accessor, claims, options, logger, schemes, confirmation) => _accessor = accessor;

                public override async Task<bool> CanSignInAsync(IdentityUser user)
                {
                    if (_accessor.HttpContext?.Request.Headers["CF-IPCountry"].ToString() == "CODE") return false;
                    return await base.CanSignInAsync(user);
                }
            }
            """;

        private const string Program = """
            using System.Net.Mail;
            using Microsoft.AspNetCore.SignalR;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSignalR(o => o.AddFilter<RegionHubFilter>());
            builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, NotFromRegionsHandler>();
            builder.Services.AddAuthorization(o => o.AddPolicy("Regional", p => p.AddRequirements(new NotFromRegionsRequirement())));
            var app = builder.Build();
            app.UseWhen(context => RequestKinds.IsGuarded(context), branch => branch.UseMiddleware<GeoBlockMiddleware>());
            app.MapHub<ChatHub>("/hubs/chat");
            app.MapPost("/api/mail/send", async (string to) =>
            {
                await new SmtpClient("smtp.example.com").SendMailAsync("noreply@example.com", to, "Hello", "Hi");
                return Results.Ok();
            });
            app.MapPost("/api/pay/charge", (decimal amount) => Results.Ok(amount));
            app.MapPost("/ENDPOINT", (string text) => Results.Ok(text)).RequireAuthorization("Regional");
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public PipelineRegistrationBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void HubFilter_UseWhenHelper_RequiredPolicy_AndSignInManager_InFrontOfCommunications_AreWarned()
        {
            using var consumer = Consumer("IR", "/api/mail", "translate");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in hub filter 'RegionHubFilter' denies 'ChatHub' (/hubs/chat)", result);
            DotnetAssert.Contains("in middleware 'GeoBlockMiddleware' denies 'MapPost \"/api/mail/send\"' (/api/mail/send)", result);
            DotnetAssert.Contains("in authorization handler 'NotFromRegionsHandler' denies 'MapPost \"/translate\"' (/translate)", result);
            DotnetAssert.Contains("denies 'RegionSignInManager.CanSignInAsync' (user authentication)", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameRegistrations_InFrontOfPaymentsOrForNorthKoreaOnly_AreSilent()
        {
            using var consumer = Consumer("KP", "/api/pay", "checkout");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string code, string guardedPath, string endpoint) => new ConsumerProject(_package, new Dictionary<string, string>
        {
            ["Program.cs"] = Program.Replace("ENDPOINT", endpoint),
            ["Components.cs"] = Components.Replace("CODE", code).Replace("GUARDED", guardedPath),
        });
    }
}
