using System;
using System.Collections.Generic;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>dotnet build of ASP.NET Core projects that reference the packed package.</summary>
    [Collection(PackedPackageCollection.Name)]
    public class ConsumerBuildTests : IClassFixture<ConsumerBuildTests.GeoBlockingConsumer>
    {
        private const string Program = """
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSignalR();
            var app = builder.Build();
            app.MapHub<ChatHub>("/chat");
            app.Run();
            """;

        private readonly PackedPackageFixture _package;
        private readonly GeoBlockingConsumer _geoBlocking;

        public ConsumerBuildTests(PackedPackageFixture package, GeoBlockingConsumer geoBlocking)
        {
            _package = package;
            _geoBlocking = geoBlocking;
        }

        [Fact]
        public void GeoBlockedHubBuildsWithWarning()
        {
            var result = _geoBlocking.Project.Build();

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("warning SANC1001", result.Output, StringComparison.Ordinal);
            Assert.Contains("Iran (IR)", result.Output, StringComparison.Ordinal);
            Assert.Contains("ChatHub.cs", result.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void GeoBlockedHubFailsWhenTheRuleIsAnError()
        {
            var result = _geoBlocking.Project.Build("-p:WarningsAsErrors=SANC1001");

            Assert.True(result.ExitCode != 0, result.ToString());
            Assert.Contains("error SANC1001", result.Output, StringComparison.Ordinal);
        }

        [Fact]
        public void HubThatOnlyReadsTheCountryBuildsClean()
        {
            const string hub = """
                using Microsoft.AspNetCore.SignalR;

                public class ChatHub : Hub
                {
                    private readonly ILogger<ChatHub> _logger;

                    public ChatHub(ILogger<ChatHub> logger) => _logger = logger;

                    public async Task SendMessage(string user, string message)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        _logger.LogInformation("Message from {Country}", country);
                        await Clients.All.SendAsync("ReceiveMessage", user, message);
                    }
                }
                """;
            const string countryPicker = """
                public static class CountryPicker
                {
                    private static readonly (string Code, string Name)[] Countries = { ("DE", "Germany"), ("IR", "Iran"), ("US", "United States") };

                    public static IEnumerable<string> Options() => Countries.Select(c => c.Name + " (" + c.Code + ")");
                }
                """;

            // Warnings as errors: the package must add no warning of any kind to a project without a geo-block.
            using var consumer = new ConsumerProject(
                _package,
                new Dictionary<string, string> { ["Program.cs"] = Program, ["Hubs/ChatHub.cs"] = hub, ["CountryPicker.cs"] = countryPicker },
                new Dictionary<string, string> { ["TreatWarningsAsErrors"] = "true" });
            var result = consumer.Build();

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("SANC1001", result.Output, StringComparison.Ordinal);
        }

        /// <summary>The geo-blocking consumer, shared so that its tests write and restore it only once.</summary>
        public sealed class GeoBlockingConsumer : IDisposable
        {
            private const string Hub = """
                using Microsoft.AspNetCore.SignalR;

                public class ChatHub : Hub
                {
                    public async Task SendMessage(string user, string message)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR") { Context.Abort(); return; }
                        await Clients.All.SendAsync("ReceiveMessage", user, message);
                    }
                }
                """;

            public GeoBlockingConsumer(PackedPackageFixture package)
            {
                Project = new ConsumerProject(package, new Dictionary<string, string> { ["Program.cs"] = Program, ["Hubs/ChatHub.cs"] = Hub });
            }

            public ConsumerProject Project { get; }

            public void Dispose() => Project.Dispose();
        }
    }
}
