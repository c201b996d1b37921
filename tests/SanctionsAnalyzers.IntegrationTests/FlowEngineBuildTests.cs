using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build against the packed package: gates whose path only the control flow graph and the method summaries
    /// show. A hub method that returns false before the send, a flag set in a loop, a check through an interface
    /// implemented once: each is warned; the same hub routing the jurisdiction's users to another group is silent.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class FlowEngineBuildTests
    {
        private const string Program = """
            using Microsoft.AspNetCore.SignalR;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSignalR();
            var app = builder.Build();
            app.MapHub<RoomHub>("/rooms");
            app.Run();

            public interface IRegionPolicy { bool IsRestricted(string country); }

            public sealed class StaticRegionPolicy : IRegionPolicy
            {
                private static readonly string[] Restricted = { "IR" };
                public bool IsRestricted(string country) => Restricted.Contains(country);
            }

            public class RoomHub : Hub
            {
                private static readonly string[] Blocked = { "IR" };
                private readonly IRegionPolicy _policy = new StaticRegionPolicy();

                private string Country() => Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();

                public async Task<bool> Join(string room)
                {
                    if (Blocked.Contains(Country())) return false;
                    await Groups.AddToGroupAsync(Context.ConnectionId, room);
                    return true;
                }

                public async Task Send(string room, string text)
                {
                    var country = Country();
                    var blocked = false;
                    foreach (var entry in Blocked)
                    {
                        if (entry == country) { blocked = true; break; }
                    }

                    if (blocked) { Context.Abort(); return; }
                    await Clients.Group(room).SendAsync("text", text);
                }

                public async Task Call(string room)
                {
                    if (_policy.IsRestricted(Country())) { Context.Abort(); return; }
                    await Clients.Group(room).SendAsync("ring");
                }

                public async Task Broadcast(string text)
                {
                    if (Blocked.Contains(Country())) { await Clients.Group("regional").SendAsync("text", text); return; }
                    await Clients.All.SendAsync("text", text);
                }
            }
            """;

        private readonly PackedPackageFixture _package;

        public FlowEngineBuildTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void EarlyReturnFlagAndInterface_AreWarned_RoutingStaysSilent()
        {
            using var consumer = new ConsumerProject(_package, new Dictionary<string, string>
            {
                ["Program.cs"] = Program,
            });

            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) denies 'RoomHub.Join'", result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) denies 'RoomHub.Send'", result);
            DotnetAssert.Contains("warning SANC1001: Geo-block on Iran (IR) denies 'RoomHub.Call'", result);
            DotnetAssert.DoesNotContain("'RoomHub.Broadcast'", result);
        }
    }
}
