using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// <c>dotnet build -p:ErrorLog=&lt;file&gt;%2Cversion=2.1</c> (docs/configuration.md): the compiler's SARIF 2.1.0 log
    /// carries the results, each rule's category and help URI, and in-source suppressions with their justification.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class SarifLogTests : IClassFixture<SarifLogTests.SarifConsumer>
    {
        private readonly SarifConsumer _consumer;

        public SarifLogTests(SarifConsumer consumer) => _consumer = consumer;

        [Fact]
        public void BuildWritesASarif21Log()
        {
            var log = _consumer.Log();

            Assert.Equal("2.1.0", log.GetProperty("version").GetString());
            Assert.Contains("sarif-2.1.0", log.GetProperty("$schema").GetString(), StringComparison.Ordinal);
        }

        [Fact]
        public void ResultCarriesRuleLevelMessageAndLocation()
        {
            var run = Run(_consumer.Log());
            var result = Assert.Single(Results(run, "SANC1001"), r => Uri(r).EndsWith("/Hubs/ChatHub.cs", StringComparison.Ordinal));

            Assert.Equal("warning", result.GetProperty("level").GetString());
            Assert.Contains("Iran (IR)", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("instant messaging and chat", result.GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
            var region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
            Assert.Equal(SarifConsumer.GateLine(SarifConsumer.ChatHub), region.GetProperty("startLine").GetInt32());
            Assert.False(result.TryGetProperty("suppressions", out _), "The chat hub's result is not suppressed.");

            // ruleIndex points at the rule's metadata in tool.driver.rules.
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
            Assert.Equal("SANC1001", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        }

        /// <summary>The finding's path (signal, jurisdiction, action, feature) is in the build's log as related locations, in order.</summary>
        [Fact]
        public void ResultCarriesItsPathAsRelatedLocations()
        {
            var run = Run(_consumer.Log());
            var result = Assert.Single(Results(run, "SANC1001"), r => Uri(r).EndsWith("/Hubs/ChatHub.cs", StringComparison.Ordinal));

            var related = result.GetProperty("relatedLocations").EnumerateArray()
                .Select(l => l.GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32()).ToList();
            var gateLine = SarifConsumer.GateLine(SarifConsumer.ChatHub);
            Assert.Equal(new[] { gateLine - 1, gateLine, gateLine, gateLine - 3 }, related);
            Assert.Equal("signal,jurisdiction,test,action,feature", result.GetProperty("properties").GetProperty("customProperties").GetProperty("PathSteps").GetString());
        }

        [Fact]
        public void RulesCarryCategoryAndHelpUri()
        {
            var rules = Run(_consumer.Log()).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Where(r => r.GetProperty("id").GetString()!.StartsWith("SANC", StringComparison.Ordinal))
                .ToDictionary(r => r.GetProperty("id").GetString()!);

            var overBroad = rules["SANC1001"];
            Assert.Equal("Sanctions.GeoBlocking", overBroad.GetProperty("properties").GetProperty("category").GetString());
            Assert.Equal(
                "https://github.com/SanctionsAnalyzers/SanctionsAnalyzers/blob/main/docs/rules/SANC1001.md",
                overBroad.GetProperty("helpUri").GetString());
            Assert.False(string.IsNullOrWhiteSpace(overBroad.GetProperty("shortDescription").GetProperty("text").GetString()));

            // Every rule of the package: its page and a Sanctions.* category.
            Assert.Contains("SANC1002", rules.Keys);
            Assert.Contains("SANC1100", rules.Keys);
            Assert.All(rules, rule =>
            {
                Assert.EndsWith("/docs/rules/" + rule.Key + ".md", rule.Value.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
                Assert.StartsWith("Sanctions.", rule.Value.GetProperty("properties").GetProperty("category").GetString(), StringComparison.Ordinal);
            });
        }

        [Fact]
        public void InSourceSuppressionIsASarifSuppressionWithItsJustification()
        {
            var run = Run(_consumer.Log());
            var result = Assert.Single(Results(run, "SANC1001"), r => Uri(r).EndsWith("/Hubs/SupportHub.cs", StringComparison.Ordinal));

            var suppression = Assert.Single(result.GetProperty("suppressions").EnumerateArray());
            Assert.Equal("inSource", suppression.GetProperty("kind").GetString());
            Assert.Equal(SarifConsumer.Justification, suppression.GetProperty("justification").GetString());

            // The rule records that it was suppressed somewhere; the build log does not show the suppressed result.
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
                .Single(r => r.GetProperty("id").GetString() == "SANC1001");
            Assert.Equal("true", rule.GetProperty("properties").GetProperty("isEverSuppressed").GetString());
            DotnetAssert.DoesNotContain("SupportHub.cs", _consumer.Build);
        }

        private static JsonElement Run(JsonElement log) => Assert.Single(log.GetProperty("runs").EnumerateArray());

        private static IEnumerable<JsonElement> Results(JsonElement run, string ruleId) =>
            run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == ruleId);

        private static string Uri(JsonElement result) =>
            result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

        /// <summary>A consumer with an over-broad hub block and one suppressed in source, built once with a SARIF log.</summary>
        public sealed class SarifConsumer : IDisposable
        {
            public const string Justification = "Reviewed by compliance (ticket 4711): the support desk is contracted for listed countries only.";

            public const string ChatHub = """
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

            private const string Program = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSignalR();
                var app = builder.Build();
                app.MapHub<ChatHub>("/chat");
                app.MapHub<SupportHub>("/support");
                app.Run();
                """;

            private static readonly string SupportHub = """
                using System.Diagnostics.CodeAnalysis;
                using Microsoft.AspNetCore.SignalR;

                public class SupportHub : Hub
                {
                    [SuppressMessage("Sanctions.GeoBlocking", "SANC1001", Justification = "JUSTIFICATION")]
                    public async Task Ask(string question)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR") { Context.Abort(); return; }
                        await Clients.Caller.SendAsync("Answer", question);
                    }
                }
                """.Replace("JUSTIFICATION", Justification, StringComparison.Ordinal);

            private readonly Lazy<DotnetResult> _build;

            public SarifConsumer(PackedPackageFixture package)
            {
                Project = new ConsumerProject(package, new Dictionary<string, string>
                {
                    ["Program.cs"] = Program,
                    ["Hubs/ChatHub.cs"] = ChatHub,
                    ["Hubs/SupportHub.cs"] = SupportHub,
                });
                LogPath = Project.PathOf("sanctions.sarif");
                // The comma of "<file>,version=2.1" is escaped as %2C: MSBuild would otherwise split the property value.
                _build = new Lazy<DotnetResult>(() => Project.Build("-p:ErrorLog=" + LogPath + "%2Cversion=2.1"));
            }

            public ConsumerProject Project { get; }

            public string LogPath { get; }

            public DotnetResult Build => _build.Value;

            public static int GateLine(string source) =>
                Array.FindIndex(source.Split('\n'), l => l.Contains("if (country == \"IR\")", StringComparison.Ordinal)) + 1;

            /// <summary>The parsed log of the one build (which must have succeeded).</summary>
            public JsonElement Log()
            {
                DotnetAssert.Succeeded(Build);
                Assert.True(File.Exists(LogPath), "No SARIF log at " + LogPath + Environment.NewLine + Build);
                using var stream = File.OpenRead(LogPath);
                using var document = JsonDocument.Parse(stream);
                return document.RootElement.Clone();
            }

            public void Dispose() => Project.Dispose();
        }
    }
}
