using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: gates registered the way real projects register them. An endpoint
    /// filter added by the project's own extension method (.DenyFrom("IR")) guards a translation endpoint and is
    /// warned; the same filter on a checkout endpoint is silent. An IP range table named after Iran gates a chat hub.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class RegistrationBuildTests
    {
        private const string Program = """
            using System.Net;
            using Microsoft.AspNetCore.SignalR;

            var app = WebApplication.CreateBuilder(args).Build();
            app.MapPost("/translate", (string text) => Results.Ok(text)).DenyFrom("IR", "KP");
            app.MapPost("/checkout/pay", (string cart) => Results.Ok(cart)).DenyFrom("IR", "KP");
            app.MapHub<RoomHub>("/hubs/rooms");
            app.Run();

            public static class GeoConventions
            {
                public static TBuilder DenyFrom<TBuilder>(this TBuilder builder, params string[] codes) where TBuilder : IEndpointConventionBuilder =>
                    builder.AddEndpointFilter(async (ctx, next) =>
                    {
                        var country = ctx.HttpContext.Request.Headers["CF-IPCountry"].ToString();
                        if (codes.Contains(country)) return Results.StatusCode(451);
                        return await next(ctx);
                    });
            }

            public class RoomHub : Hub
            {
                private static readonly IPNetwork[] IranBlocks = { IPNetwork.Parse("2.176.0.0/12") };

                public override async Task OnConnectedAsync()
                {
                    var caller = Context.GetHttpContext()?.Connection.RemoteIpAddress;
                    if (caller is not null && IranBlocks.Any(block => block.Contains(caller))) { Context.Abort(); return; }
                    await base.OnConnectedAsync();
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public RegistrationBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void FilterByExtensionMethodAndPlaceNamedRanges_AreWarned_CheckoutStaysSilent()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) in endpoint filter 'inline endpoint filter in GeoConventions.DenyFrom' denies 'MapPost \"/translate\"' (/translate) (automated translation", result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR), inferred from the name 'IranBlocks', denies 'RoomHub.OnConnectedAsync'", result);
            DotnetAssert.DoesNotContain("/checkout/pay", result);
        }
    }
}
