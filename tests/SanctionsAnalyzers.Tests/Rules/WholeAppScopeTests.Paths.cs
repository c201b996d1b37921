using System.Threading.Tasks;
using SanctionsAnalyzers.Rules;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A whole-application gate behind which no endpoint with a known category is visible, but whose own condition names
    /// the request paths it singles out: those paths are the feature, judged by their names.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private static string PathGate(string paths) => @"
public sealed class EdgeCountryGate : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var country = context.Request.Headers[""CF-IPCountry""].ToString();
        bool singledOut = PATHS;
        if (singledOut && {|#0:country == ""IR""|})
        {
            context.Response.StatusCode = 403;
            return;
        }

        await next(context);
    }
}".Replace("PATHS", paths);

        [Fact]
        public async Task PathsInTheGatesOwnCondition_AreTheFeature_WhenNoEndpointIsVisible()
        {
            await Verify.VerifyAsync(Id, PathGate(@"context.Request.Path.StartsWithSegments(""/api/messages"") || context.Request.Path.StartsWithSegments(""/api/threads"")"),
                WholeApp("middleware 'EdgeCountryGate'", "'requests to /api/messages, /api/threads'",
                    "instant messaging, inferred from the request path '/api/messages'; confirm with [CommunicationService(\"instant-messaging\")] or declare the right category"));
        }

        [Fact]
        public async Task PathsThatNameOnlyBilling_AreConsistent()
        {
            await Verify.VerifyAsync(Id, PathGate(@"context.Request.Path.StartsWithSegments(""/billing"") || context.Request.Path.StartsWithSegments(""/checkout"")"));
        }

        [Fact]
        public async Task PathsThatNameNothing_StayUnknown()
        {
            await Verify.VerifyAsync(Id, PathGate(@"context.Request.Path.StartsWithSegments(""/api/v2"")"));
        }

        private static string HelperPathGate(string prefixes, string test) => @"
public sealed class EdgeCountryGate : IMiddleware
{
    private static readonly PathString[] GatedPrefixes = { PREFIXES };

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var country = context.Request.Headers[""CF-IPCountry""].ToString();
        if (IsGated(context.Request.Path) && {|#0:country == ""IR""|})
        {
            context.Response.StatusCode = 451;
            return;
        }

        await next(context);
    }

    private static bool IsGated(PathString path)
    {
        TEST
    }
}".Replace("PREFIXES", prefixes).Replace("TEST", test);

        private const string LoopOverPrefixes = @"foreach (var prefix in GatedPrefixes)
        {
            if (path.StartsWithSegments(prefix)) return true;
        }

        return false;";

        [Fact]
        public async Task PathsTestedByAHelper_FromAListOfPrefixes_AreTheFeature()
        {
            await Verify.VerifyAsync(Id, HelperPathGate(@"""/chat"", ""/mail""", LoopOverPrefixes),
                WholeApp("middleware 'EdgeCountryGate'", "'requests to /chat, /mail'",
                    "chat and e-mail, inferred from the request path '/chat' and the request path '/mail'; confirm with [CommunicationService(\"chat\", \"email\")] or declare the right category"));
        }

        [Fact]
        public async Task PathsTestedByAHelper_WithAPredicateOverTheList_AreTheFeature()
        {
            await Verify.VerifyAsync(Id, HelperPathGate(@"""/chat""", "return GatedPrefixes.Any(p => path.StartsWithSegments(p));"),
                WholeApp("middleware 'EdgeCountryGate'", "'requests to /chat'",
                    "chat, inferred from the request path '/chat'; confirm with [CommunicationService(\"chat\")] or declare the right category"));
        }

        private const string LobbyAndChatHubs = @"

public sealed class LobbyHub : Hub { public Task Join(string lobby) => Groups.AddToGroupAsync(Context.ConnectionId, lobby); }

public sealed class SupportHub : Hub { public Task Ask(string question) => Clients.All.SendAsync(""question"", question); }

public static class Hubs
{
    public static void Map(WebApplication app)
    {
        app.MapHub<LobbyHub>(""/lobby"");
        app.MapHub<SupportHub>(""/chat/support"");
    }
}";

        [Fact]
        public async Task PathsTestedByAHelper_GuardOnlyTheEndpointsUnderThem()
        {
            // /chat/support is behind the gate; /lobby is not, although it is a chat hub too.
            await Verify.VerifyAsync(Id, HelperPathGate(@"""/chat"", ""/mail""", LoopOverPrefixes) + LobbyAndChatHubs,
                WholeApp("middleware 'EdgeCountryGate'", "'SupportHub' (/chat/support)", "instant messaging and chat"));
        }

        [Fact]
        public async Task PathsTestedByAHelper_WithNoEndpointUnderThem_AreTheFeatureThemselves()
        {
            await Verify.VerifyAsync(Id, HelperPathGate(@"""/mail""", LoopOverPrefixes) + LobbyAndChatHubs.Replace("/chat/support", "/support"),
                WholeApp("middleware 'EdgeCountryGate'", "'requests to /mail'",
                    "e-mail, inferred from the request path '/mail'; confirm with [CommunicationService(\"email\")] or declare the right category"));
        }

        [Fact]
        public async Task PathsTestedByAHelper_ThatNameOnlyBilling_AreConsistent()
        {
            await Verify.VerifyAsync(Id, HelperPathGate(@"""/billing"", ""/checkout""", LoopOverPrefixes));
        }
    }
}
