using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Endpoints whose handlers name nothing are named by their whole route, group prefixes included, read as text
    /// ("/api/maps/search" is web maps, where a member's "Map" is routing); a filter guarding only such endpoints is
    /// named by what its refusal says.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string Lookup = @"(string q) => Results.Ok(q)";

        private const string InlineGeoFilter = @"group.AddEndpointFilter(async (invocation, next) =>
        {
            if ({|#0:invocation.HttpContext.Request.Headers[""CF-IPCountry""] == ""IR""|})
            {
                return Results.Problem(detail: REFUSAL, statusCode: 403);
            }

            return await next(invocation);
        });";

        private static string GroupApi(string prefix, string refusal) => @"
public static class Api
{
    public static void MapLookups(IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(""" + prefix + @""");
        " + InlineGeoFilter.Replace("REFUSAL", "\"" + refusal + "\"") + @"
        group.MapGet(""/search"", " + Lookup + @");
        group.MapGet(""/reverse"", " + Lookup + @");
    }
}";

        [Fact]
        public async Task GroupPrefix_NamesEndpointsWhoseHandlersSayNothing()
        {
            await Verify.VerifyAsync(Id, GroupApi("/api/maps", "Not available in your country."),
                WholeApp(
                    "endpoint filter 'inline endpoint filter in Api.MapLookups'",
                    "'MapGet \"/reverse\"' (/api/maps/reverse) and 'MapGet \"/search\"' (/api/maps/search)",
                    "web maps, inferred from the route '/api/maps/reverse' and the route '/api/maps/search'; confirm with [CommunicationService(\"web-maps\")] or declare the right category"));
        }

        [Fact]
        public async Task GroupPrefixNamingPayouts_IsSilent()
        {
            await Verify.VerifyAsync(Id, GroupApi("/api/payouts", "Not available in your country."));
        }

        [Fact]
        public async Task RefusalText_NamesWhatAFilterRefuses_WhenItsEndpointsSayNothing()
        {
            await Verify.VerifyAsync(Id, GroupApi("/api/v1", "Map search is not available in your country."),
                WholeApp(
                    "endpoint filter 'inline endpoint filter in Api.MapLookups'",
                    "'what it refuses'",
                    "web maps, inferred from the refusal text 'Map search is not available in your country.'; confirm with [CommunicationService(\"web-maps\")] or declare the right category"));
        }

        [Fact]
        public async Task RefusalTextNamingNothing_LeavesTheFilterUnknown()
        {
            await Verify.VerifyAsync(Id, GroupApi("/api/v1", "Not available in your country."));
        }
    }
}
