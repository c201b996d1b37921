using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// dotnet build of ASP.NET Core projects that reference the packed package: the analysis-mode presets, the
    /// package's MSBuild properties, and a block list bound from appsettings.json.
    /// </summary>
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
            var result = _geoBlocking.DefaultBuild;

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("warning SANC1001", result);
            DotnetAssert.Contains("Iran (IR)", result);
            DotnetAssert.Contains("ChatHub.cs", result);
        }

        [Fact]
        public void GeoBlockedHubFailsWhenTheRuleIsAnError()
        {
            var result = _geoBlocking.Project.Build("-p:WarningsAsErrors=SANC1001");

            DotnetAssert.Failed(result);
            DotnetAssert.Contains("error SANC1001", result);
        }

        [Fact]
        public void DefaultModeKeepsTheDefaultSeverities()
        {
            // No mode set: the props set Default, which selects the Default preset (descriptor severities).
            var result = _geoBlocking.DefaultBuild;

            DotnetAssert.Succeeded(result);
            Assert.Contains("ChatHub.cs SANC1001 warning", Findings(result));
            Assert.DoesNotContain(Findings(result), f => f.EndsWith(" error", StringComparison.Ordinal));
        }

        [Fact]
        public void StrictModeTurnsTheBlockRulesIntoErrors()
        {
            var result = _geoBlocking.Project.Build("-p:SanctionsAnalysisMode=Strict");

            DotnetAssert.Failed(result);
            var findings = Findings(result);
            Assert.Contains("ChatHub.cs SANC1001 error", findings);
            Assert.Contains("MeetingHub.cs SANC1001 error", findings);
            Assert.Contains("appsettings.json SANC1004 error", findings);
            DotnetAssert.DoesNotContain("warning SANC1001", result);
            // The project's own .editorconfig wins over the packaged preset (global_level -100).
            DotnetAssert.DoesNotContain("LegacyHub.cs", result);
        }

        [Fact]
        public void AuditOnlyModeReportsNoWarnings()
        {
            // Lower case on purpose: the mode is case-insensitive. Warnings as errors: a suggestion must not fail the build.
            var result = _geoBlocking.Project.Build("-p:SanctionsAnalysisMode=auditonly", "-p:TreatWarningsAsErrors=true");

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("warning SANC", result);
            DotnetAssert.DoesNotContain("error SANC", result);
        }

        [Fact]
        public void InvalidModeIsReportedAsSanc0001AndTheBuildGoesOn()
        {
            var result = _geoBlocking.Project.Build("-p:SanctionsAnalysisMode=Loose");

            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains("SANC0001", result);
            Assert.Contains(result.Output.Split('\n'), l => l.Contains("warning SANC0001", StringComparison.Ordinal)
                && l.Contains("SanctionsAnalysisMode", StringComparison.Ordinal) && l.Contains("Loose", StringComparison.Ordinal));
            // No preset: the rules keep their default severities.
            DotnetAssert.Contains("warning SANC1001", result);
        }

        [Fact]
        public void BlockListBoundThroughOptionsIsReportedAtTheBindingSite()
        {
            var result = _geoBlocking.DefaultBuild;

            DotnetAssert.Succeeded(result);
            var (line, column) = GeoBlockingConsumer.BindingSite;
            DotnetAssert.Contains($"MeetingHub.cs({line},{column}): warning SANC1001", result);
            DotnetAssert.Contains("'MeetingHub.Join'", result);
        }

        [Fact]
        public void AppSettingsReachTheAnalyzerAsAdditionalFiles()
        {
            var result = _geoBlocking.DefaultBuild;

            // The stale Syria entry is reported inside appsettings.json, at its line.
            DotnetAssert.Succeeded(result);
            DotnetAssert.Contains($"appsettings.json({GeoBlockingConsumer.SyriaLine},", result);
            Assert.Contains("appsettings.json SANC1004 warning", Findings(result));
        }

        [Fact]
        public void GeneratedCodeIsReportedUnlessSkipped()
        {
            Assert.Contains("GeneratedHub.g.cs SANC1001 warning", Findings(_geoBlocking.DefaultBuild));

            var result = _geoBlocking.Project.Build("-p:SanctionsSkipGeneratedCode=true");

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("GeneratedHub.g.cs", result);
            Assert.Contains("ChatHub.cs SANC1001 warning", Findings(result));
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

            DotnetAssert.Succeeded(result);
            DotnetAssert.DoesNotContain("SANC1001", result);
        }

        [Fact]
        public void BadPolicyKeysAreReportedAtTheirLines()
        {
            // The targets pass config files that mention sanctions_analyzers.* as AdditionalFiles, so SANC0001 has a line.
            const string hub = """
                using Microsoft.AspNetCore.SignalR;

                public class ChatHub : Hub
                {
                    public Task SendMessage(string user, string message) => Clients.All.SendAsync("ReceiveMessage", user, message);
                }
                """;
            using var consumer = new ConsumerProject(
                _package,
                new Dictionary<string, string>
                {
                    ["Program.cs"] = Program,
                    ["Hubs/ChatHub.cs"] = hub,
                    [".globalconfig"] = "is_global = true\n# organisation policy\nsanctions_analyzers.verdict.ir.chat = maybe\nsanctions_analyzers.identifiers.ir = LEGACY\n",
                    [".editorconfig"] = "root = true\n\n[*.cs]\nsanctions_analyzers.verdict.ir.e-mail = not_covered\n",
                });
            var result = consumer.Build();

            DotnetAssert.Succeeded(result);
            Assert.Matches(@"\.globalconfig\(3,1\): warning SANC0001: Key 'sanctions_analyzers\.verdict\.ir\.chat' has the value 'maybe'", result.Output);
            Assert.Matches(@"\.editorconfig\(4,1\): warning SANC0001: Key 'sanctions_analyzers\.verdict\.ir\.e-mail' is in \.editorconfig", result.Output);
            DotnetAssert.DoesNotContain("LEGACY", result);
        }

        /// <summary>Distinct "file rule severity" triples of the SANC diagnostics in a build log.</summary>
        internal static IReadOnlyList<string> Findings(DotnetResult result) =>
            Regex.Matches(result.Output, @"([\w.]+)\(\d+,\d+\): (warning|error) (SANC\d{4})")
                .Select(m => m.Groups[1].Value + " " + m.Groups[3].Value + " " + m.Groups[2].Value)
                .Distinct()
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();

        /// <summary>
        /// The geo-blocking consumer, shared so that its tests write and restore it only once: an over-broad hub block,
        /// a block list bound from appsettings.json through IOptions&lt;T&gt; (with a stale Syria entry), a block the
        /// project's .editorconfig silences, and one in generated code.
        /// </summary>
        public sealed class GeoBlockingConsumer : IDisposable
        {
            private const string ConsumerProgram = """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSignalR();
                builder.Services.Configure<GeoOptions>(builder.Configuration.GetSection(GeoOptions.SectionName));
                var app = builder.Build();
                app.MapHub<ChatHub>("/chat");
                app.MapHub<MeetingHub>("/meeting");
                app.MapHub<LegacyHub>("/legacy");
                app.MapHub<GeneratedHub>("/generated");
                app.Run();
                """;

            private const string ChatHub = """
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

            private const string GeoOptions = """
                public sealed class GeoOptions
                {
                    public const string SectionName = "Geo";

                    public string[] BlockedCountries { get; set; } = Array.Empty<string>();
                }
                """;

            private const string MeetingHub = """
                using Microsoft.AspNetCore.SignalR;
                using Microsoft.Extensions.Options;

                public class MeetingHub : Hub
                {
                    private readonly IOptions<GeoOptions> _options;

                    public MeetingHub(IOptions<GeoOptions> options) => _options = options;

                    public async Task Join(string room)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (_options.Value.BlockedCountries.Contains(country))
                        {
                            Context.Abort();
                            return;
                        }

                        await Groups.AddToGroupAsync(Context.ConnectionId, room);
                    }
                }
                """;

            private const string AppSettings = """
                {
                  "Logging": { "LogLevel": { "Default": "Information" } },
                  "Geo": {
                    "BlockedCountries": [
                      "IR",
                      "SY"
                    ]
                  }
                }
                """;

            private const string LegacyHub = """
                using Microsoft.AspNetCore.SignalR;

                public class LegacyHub : Hub
                {
                    public async Task Send(string message)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR") { Context.Abort(); return; }
                        await Clients.All.SendAsync("Receive", message);
                    }
                }
                """;

            private const string EditorConfig = """
                root = true

                # The team has reviewed this hub: its own setting wins over any packaged preset.
                [Hubs/LegacyHub.cs]
                dotnet_diagnostic.SANC1001.severity = none
                """;

            private const string GeneratedHub = """
                // <auto-generated/>
                using Microsoft.AspNetCore.SignalR;

                public class GeneratedHub : Hub
                {
                    public async System.Threading.Tasks.Task Send(string message)
                    {
                        var country = Context.GetHttpContext()!.Request.Headers["CF-IPCountry"].ToString();
                        if (country == "IR") { Context.Abort(); return; }
                        await Clients.All.SendAsync("Receive", message);
                    }
                }
                """;

            private readonly Lazy<DotnetResult> _defaultBuild;

            public GeoBlockingConsumer(PackedPackageFixture package)
            {
                Project = new ConsumerProject(package, new Dictionary<string, string>
                {
                    ["Program.cs"] = ConsumerProgram,
                    ["GeoOptions.cs"] = GeoOptions,
                    ["appsettings.json"] = AppSettings,
                    ["Hubs/ChatHub.cs"] = ChatHub,
                    ["Hubs/MeetingHub.cs"] = MeetingHub,
                    ["Hubs/LegacyHub.cs"] = LegacyHub,
                    ["Generated/GeneratedHub.g.cs"] = GeneratedHub,
                    [".editorconfig"] = EditorConfig,
                });
                _defaultBuild = new Lazy<DotnetResult>(() => Project.Build());
            }

            /// <summary>Line and column (1-based) of the Contains call that reads the configured list.</summary>
            public static (int Line, int Column) BindingSite => Position(MeetingHub, "_options.Value.BlockedCountries.Contains(country)");

            public static int SyriaLine => Position(AppSettings, "\"SY\"").Line;

            public ConsumerProject Project { get; }

            /// <summary>One build with no settings, shared by the tests that only read its output.</summary>
            public DotnetResult DefaultBuild => _defaultBuild.Value;

            public void Dispose() => Project.Dispose();

            private static (int Line, int Column) Position(string text, string fragment)
            {
                var lines = text.Split('\n');
                for (var i = 0; i < lines.Length; i++)
                {
                    var column = lines[i].IndexOf(fragment, StringComparison.Ordinal);
                    if (column >= 0)
                    {
                        return (i + 1, column + 1);
                    }
                }

                throw new InvalidOperationException("'" + fragment + "' is not in the source.");
            }
        }
    }
}
