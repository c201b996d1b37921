using System.Linq;
using System.Threading.Tasks;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Route builders handed to the project's own methods (<c>app.MapGroup("/mail").MapMailEndpoints()</c>): the
    /// endpoints mapped in there get the caller's group prefix, endpoint filters and policies.
    /// </summary>
    public partial class WholeAppScopeTests
    {
        private const string MailAndBillingModules = @"
public static class MailModule
{
    public static RouteGroupBuilder MapMail(this RouteGroupBuilder group)
    {
        group.MapPost(""/send"", " + SendMail + @");
        return group;
    }
}

public static class BillingModule
{
    public static IEndpointRouteBuilder MapBilling(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(""/pay"", " + Pay + @");
        return routes;
    }
}";

        [Fact]
        public async Task FilterOnTheCallersGroup_GuardsTheEndpointsMappedInTheModule()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapGroup(""/mail"").AddEndpointFilter<GeoFilter>().MapMail();
        app.MapGroup(""/billing"").MapBilling();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task FilterOnTheBillingGroupOnly_IsSilent()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapGroup(""/mail"").MapMail();
        app.MapGroup(""/billing"").AddEndpointFilter<GeoFilter>().MapBilling();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoEndpointFilter });
        }

        [Fact]
        public async Task ModuleMappedTwice_OnlyTheFilteredGroupIsNamed()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapGroup(""/eu"").AddEndpointFilter<GeoFilter>().MapMail();
        app.MapGroup(""/us"").MapMail();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/eu/send)", "e-mail"));
        }

        [Fact]
        public async Task MiddlewareOnAPathBranch_SeesTheFullRouteOfAModulesEndpoint()
        {
            var program = @"
public static class MailRoutes
{
    public static void MapMailRoutes(this IEndpointRouteBuilder routes) =>
        routes.MapPost(""/send"", " + SendMail + @");
}

public static class Api
{
    public static void Map(WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(""/mail""), branch => branch.UseMiddleware<GeoBlockMiddleware>());
        app.MapGroup(""/mail"").MapMailRoutes();
        app.MapGroup(""/billing"").MapBilling();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoMiddleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MapPost \"/send\"' (/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task ModulesTwoMethodsDeep_ComposeTheirGroups()
        {
            var program = @"
public static class VersionOne
{
    public static RouteGroupBuilder MapVersionOne(this RouteGroupBuilder v1)
    {
        v1.MapGroup(""/mail"").MapMail();
        return v1;
    }
}

public static class Api
{
    public static void Map(WebApplication app)
    {
        app.MapGroup(""/api/v1"").AddEndpointFilter<GeoFilter>().MapVersionOne();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoEndpointFilter },
                WholeApp("endpoint filter 'GeoFilter'", "'MapPost \"/send\"' (/api/v1/mail/send)", "e-mail"));
        }

        [Fact]
        public async Task ModuleUnderTwoGroupsBehindMiddleware_NamesBothRoutesInOrder()
        {
            var program = @"
public static class Api
{
    public static void Map(WebApplication app)
    {
        app.UseMiddleware<GeoBlockMiddleware>();
        app.MapGroup(""/us"").MapMail();
        app.MapGroup(""/eu"").MapMail();
    }
}";
            await Verify.VerifyAsync(Id, new[] { program, MailAndBillingModules, GeoMiddleware },
                WholeApp("middleware 'GeoBlockMiddleware'", "'MapPost \"/send\"' (/eu/send) and 'MapPost \"/send\"' (/us/send)", "e-mail"));
        }

        [Fact]
        public async Task ModuleHandedHundredsOfGroups_IsBounded()
        {
            var calls = string.Concat(Enumerable.Range(0, 300).Select(i => $"        app.MapGroup(\"/tenant{i}\").MapMail();\n"));
            var program = "public static class Api\n{\n    public static void Map(WebApplication app)\n    {\n        app.UseMiddleware<GeoBlockMiddleware>();\n" + calls + "    }\n}";
            var middleware = GeoMiddleware.Replace("{|#0:", string.Empty).Replace("|}", string.Empty);

            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(program, MailAndBillingModules, middleware));

            var wholeApp = Assert.Single(diagnostics, d => d.Id == Id);
            var routes = wholeApp.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Split("(/tenant").Length - 1;
            Assert.Equal(64, routes);
        }
    }
}
