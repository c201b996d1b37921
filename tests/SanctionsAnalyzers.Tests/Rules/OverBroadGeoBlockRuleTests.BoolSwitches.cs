using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// A bool switch expression over a signal is a membership test wherever it stands: held in a local that a condition
    /// tests, or returned by a helper, guarded arms included (they neither add nor take away jurisdictions).
    /// </summary>
    public partial class OverBroadGeoBlockRuleTests
    {
        private static string ChatFilter(string arms) => @"
public sealed class ChatRegionFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var country = context.HttpContext.Request.Headers[""CF-IPCountry""].ToString().ToUpperInvariant();
        var refused = {|#0:country switch
        {
" + arms + @"
        }|};
        if (refused) return Results.StatusCode(451);
        return await next(context);
    }
}

public static class ChatApi
{
    public static void Map(WebApplication app) =>
        app.MapGroup(""/chat"").AddEndpointFilter<ChatRegionFilter>().MapPost(""/send"", (string text) => Results.Ok(text));
}";

        [Fact]
        public async Task BoolSwitch_HeldInALocal_IsTheGate()
        {
            await Verify.VerifyAsync("SANC1001", ChatFilter(@"            ""IR"" or ""KP"" => true,
            _ => false,"), Verify.Diagnostic(SanctionsAnalyzers.Rules.WholeAppGeoBlockRule.OverBroad).WithLocation(0).WithArguments(
                "Iran (IR)", "endpoint filter 'ChatRegionFilter'", "denies", "'MapPost \"/send\"' (/chat/send)",
                Inferred("chat", "the type name 'ChatApi'", "\"chat\""), IranCitation));
        }

        [Fact]
        public async Task BoolSwitch_NamingNoJurisdiction_IsSilent()
        {
            await Verify.VerifyAsync("SANC1001", ChatFilter(@"            ""US"" or ""CA"" => true,
            _ => false,").Replace("{|#0:", string.Empty).Replace("}|}", "}"));
        }

        [Fact]
        public async Task BoolSwitch_WithAComputedAnswer_IsNotRead()
        {
            await Verify.VerifyAsync("SANC1001", ChatFilter(@"            ""IR"" => DateTime.UtcNow.Hour > 12,
            _ => false,").Replace("{|#0:", string.Empty).Replace("}|}", "}"));
        }

        [Fact]
        public async Task BoolSwitchHelper_WithAGuardedArm_IsSummarised()
        {
            const string source = @"
public sealed class TranslateController : ControllerBase
{
    private static bool IsUnsupported(string country) => country switch
    {
        ""IR"" or ""CU"" => true,
        var other when other.EndsWith(""-X"", StringComparison.Ordinal) => true,
        _ => false,
    };

    [HttpPost(""translate"")]
    public IActionResult Translate(string text)
    {
        if ({|#1:IsUnsupported(Request.Headers[""CF-IPCountry""].ToString())|}) return StatusCode(451);
        return Ok(text);
    }
}";
            await Verify.VerifyAsync(Id, source, Verify.Diagnostic(Id).WithLocation(1).WithArguments(
                "Iran (IR) and Cuba (CU)", "TranslateController.Translate", Inferred("automated translation", "the method name 'Translate'", "\"automated-translation\""), IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        private static string ConnectHandler(string labels) => @"
public abstract class ClientConnectedHandler
{
    public abstract bool OnConnect(System.Net.IPEndPoint endpoint);
}

public interface IIpCountryResolver { string? ResolveIso2(System.Net.IPAddress address); }

public sealed class RegionConnectHandler : ClientConnectedHandler
{
    private readonly IIpCountryResolver _resolver;
    public RegionConnectHandler(IIpCountryResolver resolver) => _resolver = resolver;

    public override bool OnConnect(System.Net.IPEndPoint endpoint)
    {
        var country = _resolver.ResolveIso2(endpoint.Address)?.ToUpperInvariant();
        switch (country)
        {
" + labels + @"
                return false;
            default:
                return true;
        }
    }
}

public sealed class ChatSocketServer
{
    private readonly List<ClientConnectedHandler> _handlers = new();

    public bool Accept(System.Net.Sockets.Socket socket)
    {
        var endpoint = (System.Net.IPEndPoint)socket.RemoteEndPoint!;
        foreach (var handler in _handlers)
        {
            if (!{|#0:handler.OnConnect(endpoint)|})
            {
                socket.Close();
                return false;
            }
        }

        return true;
    }
}";

        [Fact]
        public async Task SwitchStatementHelper_BehindAnAbstractMethod_IsSummarised()
        {
            await Verify.VerifyAsync(Id, ConnectHandler(@"            case ""IR"":
            case ""CU"":"),
                Verify.Diagnostic(Id).WithLocation(0).WithArguments(
                    "Iran (IR) and Cuba (CU)", "ChatSocketServer.Accept", Inferred("chat", "the type name 'ChatSocketServer'", "\"chat\""),
                    IranCitation + " (Iran); 31 CFR 515.578(a)(1) (Cuba)", "denies"));
        }

        [Fact]
        public async Task SwitchStatementHelper_NamingNoJurisdiction_IsSilent()
        {
            await Verify.VerifyAsync(Id, ConnectHandler(@"            case ""US"":
            case ""CA"":").Replace("{|#0:", string.Empty).Replace("|})", ")"));
        }
    }
}
