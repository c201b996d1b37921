using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, for registrations whose features are found through names and values:
    /// an authorization policy whose name says what it guards (<c>[Authorize(Policy = "QuizTakers")]</c> on a controller
    /// whose own names say nothing), middleware whose request paths are tested by a helper over a list of prefixes, and a
    /// hub whose list switches between block and allow mode with a setting. The twins (a billing policy, billing paths)
    /// stay silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class NamesPathsAndModesBuildTests
    {
        private const string Policy = """
            using Microsoft.AspNetCore.Authorization;

            public sealed class NotFromRegionsRequirement(params string[] regions) : IAuthorizationRequirement
            {
                public IReadOnlyCollection<string> Regions { get; } = regions;
            }

            public sealed class NotFromRegionsHandler : AuthorizationHandler<NotFromRegionsRequirement>
            {
                protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, NotFromRegionsRequirement requirement)
                {
                    var country = context.User.FindFirst(System.Security.Claims.ClaimTypes.Country)?.Value;
                    if (country is not null && requirement.Regions.Contains(country)) context.Fail();
                    else context.Succeed(requirement);
                    return Task.CompletedTask;
                }
            }

            public static class Policies
            {
                public const string Regional = "POLICY";

                public static void Register(IServiceCollection services) =>
                    services.AddAuthorization(o => o.AddPolicy(Regional, p => p.AddRequirements(new NotFromRegionsRequirement("IR", "CU"))));
            }

            [Microsoft.AspNetCore.Mvc.Route("api/sessions")]
            [Authorize(Policy = Policies.Regional)]
            public sealed class SessionsController : Microsoft.AspNetCore.Mvc.ControllerBase
            {
                [Microsoft.AspNetCore.Mvc.HttpGet("{id}")]
                public Microsoft.AspNetCore.Mvc.IActionResult Start(int id) => Ok(id);
            }
            """;

        private const string EdgeGate = """
            public sealed class EdgeCountryGate : IMiddleware
            {
                private static readonly PathString[] GatedPrefixes = { PREFIXES };

                public async Task InvokeAsync(HttpContext context, RequestDelegate next)
                {
                    var country = context.Request.Headers["CF-IPCountry"].ToString();
                    if (IsGated(context.Request.Path) && country == "IR")
                    {
                        context.Response.StatusCode = 451;
                        return;
                    }

                    await next(context);
                }

                private static bool IsGated(PathString path)
                {
                    foreach (var prefix in GatedPrefixes)
                    {
                        if (path.StartsWithSegments(prefix)) return true;
                    }

                    return false;
                }
            }
            """;

        private const string ModeHub = """
            using Microsoft.AspNetCore.SignalR;

            public sealed class LobbyHub : Hub
            {
                private static readonly HashSet<string> Countries = new() { "IR", "CU" };
                private readonly bool _allowListMode;

                public LobbyHub(IConfiguration configuration) => _allowListMode = configuration.GetValue<bool>("Geo:AllowListMode");

                public async Task JoinLobby(string lobby)
                {
                    var country = Context.GetHttpContext()?.Request.Headers["CF-IPCountry"].ToString() ?? "";
                    var listed = Countries.Contains(country);
                    if ((listed && !_allowListMode) || (!listed && _allowListMode))
                    {
                        Context.Abort();
                        return;
                    }

                    await Groups.AddToGroupAsync(Context.ConnectionId, lobby);
                }
            }
            """;

        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            builder.Services.AddSignalR();
            builder.Services.AddTransient<EdgeCountryGate>();
            Policies.Register(builder.Services);
            var app = builder.Build();
            app.UseMiddleware<EdgeCountryGate>();
            app.MapControllers();
            HUBS
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public NamesPathsAndModesBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void QuizPolicy_ChatAndMailPaths_AndALobbyInBlockMode_AreWarned()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program.Replace("HUBS", "app.MapHub<LobbyHub>(\"/lobby\");"),
                ["Policy.cs"] = Policy.Replace("POLICY", "QuizTakers"),
                ["EdgeCountryGate.cs"] = EdgeGate.Replace("PREFIXES", "\"/chat\", \"/mail\""),
                ["LobbyHub.cs"] = ModeHub,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in authorization handler 'NotFromRegionsHandler' denies 'SessionsController.Start' (/api/sessions/{id}) (e-learning platforms, inferred from the policy name 'QuizTakers'", result);
            DotnetAssert.Contains("in middleware 'EdgeCountryGate' denies 'requests to /chat, /mail' (chat and e-mail, inferred from the request path '/chat' and the request path '/mail'", result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) and Cuba (CU) denies 'LobbyHub.JoinLobby'", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void BillingPolicy_AndBillingPaths_AreSilent()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program.Replace("HUBS", string.Empty),
                ["Policy.cs"] = Policy.Replace("POLICY", "BillingCustomers"),
                ["EdgeCountryGate.cs"] = EdgeGate.Replace("PREFIXES", "\"/billing\", \"/checkout\""),
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }
    }
}
