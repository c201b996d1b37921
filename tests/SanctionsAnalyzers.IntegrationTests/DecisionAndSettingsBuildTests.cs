using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package, the forms read from the fifth session on: a sign-in controller asking a
    /// check that answers with a decision record and redirecting to a login page that says the refusal; a sign-up helper
    /// answering after it sets an <c>out</c> reason; a chat hub whose country is bound by a property pattern and whose
    /// list is compared with a mode setting; a messaging endpoint whose list is asked of a settings service (SANC1002,
    /// the key naming it). The twin blocks North Korea only, sends to a regional mirror and asks for a key naming
    /// something else, and stays silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class DecisionAndSettingsBuildTests
    {
        private const string Code = """
            using Microsoft.AspNetCore.Mvc;
            using Microsoft.AspNetCore.SignalR;

            public sealed record GeoDecision(bool IsBlocked, string? CountryCode)
            {
                public static GeoDecision Allowed() => new(false, null);
                public static GeoDecision Blocked(string code) => new(true, code);
            }

            public sealed class GeoCheck
            {
                private static readonly HashSet<string> Embargoed = new() { CODES };
                private readonly IHttpContextAccessor _accessor;
                public GeoCheck(IHttpContextAccessor accessor) => _accessor = accessor;

                public async Task<GeoDecision> EvaluateAsync()
                {
                    await Task.Yield();
                    var country = _accessor.HttpContext!.Request.Headers["CF-IPCountry"].ToString();
                    return Embargoed.Contains(country) ? GeoDecision.Blocked(country) : GeoDecision.Allowed();
                }
            }

            [Route("auth/login")]
            public sealed class LoginController : ControllerBase
            {
                private readonly GeoCheck _geo;
                public LoginController(GeoCheck geo) => _geo = geo;

                [HttpGet("callback")]
                public async Task<IActionResult> Callback(string code)
                {
                    var decision = await _geo.EvaluateAsync();
                    if (decision.IsBlocked)
                        return Redirect(REDIRECT);
                    return Redirect("/welcome?code=" + code);
                }
            }

            public static class ResidencePolicy
            {
                private static readonly string[] Restricted = { CODES };

                public static bool IsBarred(string? residence, out string? reason)
                {
                    reason = null;
                    if (string.IsNullOrWhiteSpace(residence)) return false;
                    if (Array.IndexOf(Restricted, residence.Trim().ToUpperInvariant()) >= 0)
                    {
                        reason = "Not available for your country of residence.";
                        return true;
                    }

                    return false;
                }
            }

            public interface IMemberStore { Task<Guid> CreateAsync(string email, string country); }

            public sealed class SignUpService
            {
                private readonly IMemberStore _store;
                public SignUpService(IMemberStore store) => _store = store;

                public async Task<Guid?> RegisterAsync(string email, string countryOfResidence)
                {
                    if (ResidencePolicy.IsBarred(countryOfResidence, out var why))
                        return null;
                    return await _store.CreateAsync(email, countryOfResidence);
                }
            }

            public abstract record LocateResult;
            public sealed record Located(string IsoCode) : LocateResult;
            public interface IIpLocator { LocateResult Locate(System.Net.IPAddress address); }
            public sealed class RegionOptions { public bool Whitelist { get; set; } }

            public sealed class ChatHub : Hub
            {
                private static readonly string[] Countries = { CODES };
                private readonly IIpLocator _locator;
                private readonly RegionOptions _options;
                public ChatHub(IIpLocator locator, RegionOptions options) { _locator = locator; _options = options; }

                public async Task Send(string text)
                {
                    var address = Context.GetHttpContext()!.Connection.RemoteIpAddress!;
                    if (_locator.Locate(address) is Located { IsoCode: var iso })
                    {
                        var allowed = Countries.Contains(iso) == _options.Whitelist;
                        if (!allowed) { Context.Abort(); return; }
                    }

                    await Clients.All.SendAsync("message", text);
                }
            }

            public interface ISystemSettings { Task<string?> GetValueAsync(string key); }

            [ApiController]
            public sealed class MessagesController : ControllerBase
            {
                private readonly ISystemSettings _settings;
                public MessagesController(ISystemSettings settings) => _settings = settings;

                [HttpPost("/api/messages")]
                public async Task<IActionResult> Post(string text)
                {
                    var country = Request.Headers["CF-IPCountry"].ToString();
                    var banned = ((await _settings.GetValueAsync(KEY)) ?? string.Empty).Split(',').Select(c => c.Trim()).ToHashSet();
                    if (banned.Contains(country)) return Forbid();
                    return Ok(text);
                }
            }
            """;

        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers();
            builder.Services.AddSignalR();
            var app = builder.Build();
            app.MapControllers();
            app.MapHub<ChatHub>("/hubs/chat");
            app.Run();
            """;

        private readonly PackedPackageFixture _package;

        public DecisionAndSettingsBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void DecisionObjects_OutReasons_PatternsModesAndServiceLists_AreReported()
        {
            using var consumer = Consumer("\"IR\", \"KP\"", "$\"/login?error=geo_blocked&country={decision.CountryCode}\"", "\"chat.banned_countries\"");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("denies 'LoginController.Callback' (user authentication", result);
            DotnetAssert.Contains("denies 'SignUpService.RegisterAsync' (user authentication", result);
            DotnetAssert.Contains("denies 'ChatHub.Send' (instant messaging and chat)", result);
            DotnetAssert.Contains("SANC1002", result);
            DotnetAssert.Contains("'chat.banned_countries'", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        [Fact]
        public void TheSameCode_ForNorthKoreaOnly_ARegionalMirror_AndAnotherKey_IsSilent()
        {
            using var consumer = Consumer("\"KP\"", "$\"https://{decision.CountryCode}.example.org/login\"", "\"chat.muted_words\"");

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
            DotnetAssert.DoesNotContain("SANC1002", result);
            DotnetAssert.DoesNotContain("AD0001", result);
        }

        private ConsumerProject Consumer(string codes, string redirect, string key) => new ConsumerProject(_package, new Dictionary<string, string>
        {
            ["Program.cs"] = Program,
            ["Features.cs"] = Code.Replace("CODES", codes).Replace("REDIRECT", redirect).Replace("KEY", key),

            // SANC1002 is a suggestion by default: shown in the build output as a warning here.
            [".globalconfig"] = "is_global = true\ndotnet_diagnostic.SANC1002.severity = warning\n",
        });
    }
}
