using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, the forms read from the sixth session on: an endpoint filter whose test
    /// is a bool switch held in a local; an MVC filter parsing the country into an enum of embargoed regions; a lesson
    /// component whose flag, set from a gate in one method, is tested in the render method that shows a refusal notice;
    /// a nightly sweep deactivating the members a filter picked; a voice-token endpoint named only by its refusal's text.
    /// The twin names North Korea alone (no category is authorized for it) and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class SwitchEnumFlagAndSweepBuildTests
    {
        private const string Code = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.Mvc.Filters;

            public sealed class AccountRegionFilter : IEndpointFilter
            {
                public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
                {
                    var country = context.HttpContext.Request.Headers["CF-IPCountry"].ToString().ToUpperInvariant();
                    var refused = country switch
                    {
                        ARMS => true,
                        _ => false,
                    };
                    if (refused) return Results.StatusCode(451);
                    return await next(context);
                }
            }

            public enum EmbargoedRegion { MEMBERS }

            public sealed class RegionLockAttribute : Attribute, IAsyncActionFilter
            {
                public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
                {
                    var country = context.HttpContext.Request.Headers["CF-IPCountry"].ToString();
                    if (Enum.TryParse<EmbargoedRegion>(country, ignoreCase: true, out _))
                    {
                        context.Result = new StatusCodeResult(403);
                        return;
                    }

                    await next();
                }
            }

            [RegionLock]
            [Route("api/game")]
            public sealed class GameLobbyController : ControllerBase
            {
                [HttpPost("join")]
                public IActionResult Join(string lobby) => Ok(lobby);
            }

            public sealed class LessonView
            {
                private static readonly string[] Unavailable = { CODES };
                private bool _unavailable;

                public void Load(HttpContext http) =>
                    _unavailable = Array.IndexOf(Unavailable, http.Request.Headers["CF-IPCountry"].ToString()) >= 0;

                public void Render(System.Text.StringBuilder page, string title)
                {
                    if (_unavailable)
                    {
                        page.Append("Sorry, this lesson isn't available in your region.");
                        return;
                    }

                    page.Append("<h2>").Append(title).Append("</h2>");
                }
            }

            public sealed record SessionEntry(string MemberId, string CountryCode);
            public interface IChatMembers { Task DeactivateAsync(string memberId); }

            public sealed class ChatMemberSweep
            {
                private static readonly HashSet<string> Restricted = new() { CODES };
                private readonly IChatMembers _members;
                public ChatMemberSweep(IChatMembers members) => _members = members;

                public async Task SweepAsync(IReadOnlyList<SessionEntry> sessions)
                {
                    foreach (var id in sessions.Where(s => Restricted.Contains(s.CountryCode)).Select(s => s.MemberId).Distinct())
                    {
                        await _members.DeactivateAsync(id);
                    }
                }
            }

            public sealed class TokenController : ControllerBase
            {
                private static readonly string[] Unsupported = { CODES };

                [HttpPost("api/token")]
                public IActionResult Issue(string room)
                {
                    var country = User.FindFirst("country")?.Value;
                    if (country is not null && Unsupported.Contains(country))
                        return StatusCode(451, new { message = "Voice and video calls are not available in your region." });
                    return Ok(room);
                }
            }
            """;

        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            var app = builder.Build();
            app.MapControllers();
            app.MapGroup("/api/accounts").AddEndpointFilter<AccountRegionFilter>().MapPost("/signin", (string user) => Results.Ok(user));
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public SwitchEnumFlagAndSweepBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void BoolSwitches_EnumParses_Flags_FilteredSweeps_AndRefusalTexts_AreReported()
        {
            using var consumer = Consumer("\"IR\", \"KP\"", "\"IR\" or \"KP\"", "IR, KP");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("in endpoint filter 'AccountRegionFilter' denies 'MapPost \"/signin\"'", result);
            DotnetAssert.Contains("in MVC filter 'RegionLockAttribute' denies 'GameLobbyController.Join'", result);
            DotnetAssert.Contains("denies 'LessonView.Render' (e-learning platforms", result);
            DotnetAssert.Contains("denies 'ChatMemberSweep.SweepAsync' (chat", result);
            DotnetAssert.Contains("denies 'TokenController.Issue' (video conferencing, inferred from the refusal text", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameCode_ForNorthKoreaOnly_IsSilent()
        {
            using var consumer = Consumer("\"KP\"", "\"KP\"", "KP");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("SANC1002", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string codes, string arms, string members) => new ConsumerProject(_package, new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["Features.cs"] = Code.Replace("CODES", codes).Replace("ARMS", arms).Replace("MEMBERS", members),
        });
    }
}
