using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using SanctionsAnalyzers.IntegrationTests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.IntegrationTests
{
    /// <summary>
    /// The analyzer is built against Roslyn 4.8 so that older compilers load it: a consumer compiled with the
    /// Microsoft.Net.Compilers.Toolset 4.14.0 package (from nuget.org) gets its diagnostics, with no CS8032 or AD0001.
    /// </summary>
    [Collection(PackedPackageCollection.Name)]
    public class OlderCompilerTests
    {
        public const string ToolsetVersion = "4.14.0";

        // Microsoft.NET.Sdk has no implicit ASP.NET Core usings.
        private const string Program = """
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSignalR();
            var app = builder.Build();
            app.MapHub<ChatHub>("/chat");
            app.Run();
            """;

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

        private readonly PackedPackageFixture _package;

        public OlderCompilerTests(PackedPackageFixture package) => _package = package;

        [Fact]
        public void AnalyzerLoadsAndReportsOnCompilerToolset414()
        {
            using var consumer = new ConsumerProject(
                _package,
                new Dictionary<string, string> { ["Program.cs"] = Program, ["Hubs/ChatHub.cs"] = Hub },
                new ConsumerOptions
                {
                    // Microsoft.NET.Sdk and the ASP.NET Core framework: the Web SDK's Razor source generator needs a newer
                    // compiler than 4.14 (CS9057), which would hide what this test is about.
                    Sdk = "Microsoft.NET.Sdk",
                    FrameworkReferences = new[] { "Microsoft.AspNetCore.App" },
                    PackageReferences = new Dictionary<string, string> { ["Microsoft.Net.Compilers.Toolset"] = ToolsetVersion },
                    UseNuGetOrg = true,
                    Properties = new Dictionary<string, string>
                    {
                        ["OutputType"] = "Exe",
                        // C# 13 is the newest language version of Roslyn 4.14 (the .NET 10 default, 14, is not).
                        ["LangVersion"] = "13",
                        // The .NET 10 SDK sets RoslynCompilerType=Core and with it its own compiler, whatever toolset package
                        // is referenced (packages before 5.0 do not set it themselves): any other value keeps the package's.
                        ["RoslynCompilerType"] = "Custom",
                    },
                });

            // The SARIF log names the compiler that ran, with its version.
            var log = consumer.PathOf("build.sarif");
            var result = consumer.Build("-p:ErrorLog=" + log + "%2Cversion=2.1");

            DotnetAssert.Succeeded(result);
            using (var stream = File.OpenRead(log))
            using (var sarif = JsonDocument.Parse(stream))
            {
                var driver = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
                Assert.StartsWith(ToolsetVersion, driver.GetProperty("semanticVersion").GetString(), StringComparison.Ordinal);
            }

            DotnetAssert.Contains("warning SANC1001", result);
            DotnetAssert.Contains("ChatHub.cs", result);
            DotnetAssert.DoesNotContain("CS8032", result);
            DotnetAssert.DoesNotContain("AD0001", result);
            DotnetAssert.DoesNotContain("CS9057", result);
        }
    }
}
