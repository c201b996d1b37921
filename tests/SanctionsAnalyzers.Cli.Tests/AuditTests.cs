using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests
{
    /// <summary>
    /// A local folder feed with four packages, a consumer restored against it into its own packages folder, then
    /// Contoso.Chat deleted from that folder: audit has to fetch it from the feed through NuGet.Protocol.
    /// </summary>
    public sealed class AuditFixture : IDisposable
    {
        public AuditFixture()
        {
            Feed = Folder.Combine("feed");
            PackagesFolder = Folder.Combine("packages");
            TestPackages.WriteCompliant(Feed, "Contoso.Chat", "1.2.0", new[] { "instant-messaging", "chat" }, "EAR99");
            TestPackages.Write(Feed, "MailKit", "4.99.0", new Dictionary<string, byte[]> { ["lib/net10.0/MailKit.dll"] = TestPackages.Assembly("MailKit", null) });
            TestPackages.Write(Feed, "Acme.Utils", "1.0.0", new Dictionary<string, byte[]> { ["lib/net10.0/Acme.Utils.dll"] = TestPackages.Assembly("AcmeUtils", null) });
            TestPackages.Write(Feed, "Contoso.Bad", "1.0.0", new Dictionary<string, byte[]>
            {
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes(TestPackages.Manifest("Contoso.Bad", "1.0.0", new[] { "chat", "telepathy" }, "EAR99")),
            });

            Project = WriteConsumer("consumer", "<add key=\"local\" value=\"" + Feed + "\" />");
            var restore = CliRun.Dotnet(Path.GetDirectoryName(Project)!, "restore", Project, "-nodeReuse:false");
            Assert.True(restore.ExitCode == 0, restore.ToString());

            // Absent from the packages folder the assets file names: only the feed has it now.
            Directory.Delete(Path.Combine(PackagesFolder, "contoso.chat"), recursive: true);

            // The same restored project, but its NuGet.config names a feed nobody listens on.
            UnreachableProject = WriteConsumer("unreachable", "<add key=\"down\" value=\"http://127.0.0.1:9/v3/index.json\" />");
            Directory.CreateDirectory(Folder.Combine("unreachable", "obj"));
            File.Copy(Folder.Combine("consumer", "obj", "project.assets.json"), Folder.Combine("unreachable", "obj", "project.assets.json"));
        }

        public TempFolder Folder { get; } = new TempFolder("sanctions-cli-audit-");

        public string Feed { get; }

        public string PackagesFolder { get; }

        public string Project { get; }

        public string UnreachableProject { get; }

        public void Dispose() => Folder.Dispose();

        private string WriteConsumer(string name, string source)
        {
            GeneratedSolution.WriteIsolation(Folder);
            Folder.Write(name + "/nuget.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    {source}
                  </packageSources>
                </configuration>
                """);
            return Folder.Write(name + "/Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <RestorePackagesPath>{PackagesFolder}</RestorePackagesPath>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Contoso.Chat" Version="1.2.0" />
                    <PackageReference Include="MailKit" Version="4.99.0" />
                    <PackageReference Include="Acme.Utils" Version="1.0.0" />
                    <PackageReference Include="Contoso.Bad" Version="1.0.0" />
                  </ItemGroup>
                </Project>
                """);
        }
    }

    public class AuditTests : IClassFixture<AuditFixture>
    {
        private readonly AuditFixture _fixture;

        public AuditTests(AuditFixture fixture)
        {
            _fixture = fixture;
        }

        [Fact]
        public async Task Audit_ReadsManifestsFromTheFeedAndThePackagesFolder_CataloguesAndListsTheRest()
        {
            var result = await CliRun.InProcessAsync("audit", _fixture.Project, "--format", "json");

            // Contoso.Bad's manifest names an unknown category: a SANC3001 warning fails the default --fail-on warning.
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Equal("", result.Stderr);
            var report = ReportJson.Parse(result.Stdout);
            Assert.Equal("audit", ReportJson.Str(report, "command"));
            var packages = ReportJson.Items(report, "packages").ToDictionary(p => ReportJson.Str(p, "id")!);
            Assert.Equal(new[] { "Acme.Utils", "Contoso.Bad", "Contoso.Chat", "MailKit" }, packages.Keys.OrderBy(k => k, StringComparer.Ordinal));

            var chat = packages["Contoso.Chat"];
            Assert.Equal("declared", ReportJson.Str(chat, "status"));
            Assert.Equal("feed:local", ReportJson.Str(chat, "readFrom"));
            Assert.Equal(new[] { "instant-messaging", "chat" }, ReportJson.List(chat, "categories"));
            Assert.Equal("EAR99", ReportJson.Str(chat, "exportClassification"));
            Assert.True(chat["direct"]!.GetValue<bool>());

            var mailKit = packages["MailKit"];
            Assert.Equal("catalog", ReportJson.Str(mailKit, "status"));
            Assert.Equal(new[] { "email" }, ReportJson.List(mailKit, "categories"));
            Assert.Equal("global-packages-folder", ReportJson.Str(mailKit, "readFrom"));

            Assert.Equal("unknown", ReportJson.Str(packages["Acme.Utils"], "status"));
            Assert.Equal("invalid", ReportJson.Str(packages["Contoso.Bad"], "status"));

            var finding = ReportJson.Items(report, "findings").Single();
            Assert.Equal("SANC3001", ReportJson.Str(finding, "ruleId"));
            Assert.Equal("warning", ReportJson.Str(finding, "severity"));
            Assert.Contains("telepathy", ReportJson.Str(finding, "message"), StringComparison.Ordinal);
            Assert.Equal(1, report["summary"]!["unknownPackages"]!.GetValue<int>());

            // Read from the feed into a temp folder, not installed.
            Assert.False(Directory.Exists(Path.Combine(_fixture.PackagesFolder, "contoso.chat")));
        }

        [Fact]
        public async Task Audit_AsProcess_OnAssetsFile_WritesMarkdownAndSarif()
        {
            var assets = Path.Combine(Path.GetDirectoryName(_fixture.Project)!, "obj", "project.assets.json");
            var sarif = _fixture.Folder.Combine("audit.sarif");
            var result = await CliRun.ProcessAsync(_fixture.Folder.Path, null, "audit", assets, "--output", sarif, "--fail-on", "error", "--format", "markdown");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("## Packages", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("| Contoso.Chat | 1.2.0 | yes | declared | instant-messaging, chat | EAR99 | sanctions/compliance.json | feed:local |", result.Stdout, StringComparison.Ordinal);
            Assert.Contains("| MailKit | 4.99.0 | yes | catalog | email |", result.Stdout, StringComparison.Ordinal);
            var run = SarifAssert.Valid(File.ReadAllText(sarif));
            Assert.Equal("SANC3001", run["results"]![0]!["ruleId"]!.GetValue<string>());
        }

        [Fact]
        public async Task Audit_UnreachableFeed_ExitsTwoWithOneLine_AndListsWhatItCould()
        {
            var json = _fixture.Folder.Combine("unreachable.json");
            var result = await CliRun.InProcessAsync("audit", _fixture.UnreachableProject, "--output", json);

            Assert.True(result.ExitCode == 2, result.ToString());
            var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var line = Assert.Single(lines);
            Assert.StartsWith("error: feed: down (http://127.0.0.1:9/v3/index.json) unreachable: ", line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);

            var report = ReportJson.Parse(File.ReadAllText(json));
            var packages = ReportJson.Items(report, "packages").ToDictionary(p => ReportJson.Str(p, "id")!);
            Assert.Equal("catalog", ReportJson.Str(packages["MailKit"], "status"));
            Assert.Equal("none", ReportJson.Str(packages["Contoso.Chat"], "readFrom"));
        }

        [Fact]
        public async Task Audit_ProjectNotRestored_ExitsTwo()
        {
            var project = _fixture.Folder.Write("fresh/Fresh.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
            var result = await CliRun.InProcessAsync("audit", project);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("run 'dotnet restore' first", result.Stderr, StringComparison.Ordinal);
        }
    }
}
