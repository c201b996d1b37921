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
    /// <summary>validate: a package author's manifest and assembly metadata; corrupt packages are refused with one line.</summary>
    public class ValidateTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder("sanctions-cli-validate-");

        [Fact]
        public async Task Validate_CompliantPackage_PassesEveryCheck()
        {
            var package = TestPackages.WriteCompliant(_folder.Path, "Contoso.Chat", "1.2.0", new[] { "instant-messaging", "chat" }, "EAR99");
            var sarif = _folder.Combine("validate.sarif");

            var result = await CliRun.InProcessAsync("validate", package, "--format", "json", "--format", "sarif", "--output", sarif);

            Assert.True(result.ExitCode == 0, result.ToString());
            var report = ReportJson.Parse(result.Stdout);
            Assert.Equal("validate", ReportJson.Str(report, "command"));
            var checks = ReportJson.Items(report, "checks").ToList();
            Assert.All(checks, c => Assert.Equal("pass", ReportJson.Str(c, "outcome")));
            Assert.Contains(checks, c => ReportJson.Str(c, "id") == "assembly-metadata");
            Assert.Contains(checks, c => ReportJson.Str(c, "id") == "manifest-categories");
            Assert.Empty(ReportJson.Items(report, "findings"));
            SarifAssert.Valid(File.ReadAllText(sarif));
        }

        [Fact]
        public async Task Validate_AssemblyMetadataDisagreesWithManifest_IsAnError()
        {
            var package = TestPackages.Write(_folder.Path, "Contoso.Chat", "1.2.0", new Dictionary<string, byte[]>
            {
                ["lib/net10.0/Contoso.Chat.dll"] = TestPackages.Assembly("ContosoChat", TestPackages.Metadata("chat", "5D992.c")),
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes(TestPackages.Manifest("Contoso.Chat", "1.2.0", new[] { "instant-messaging", "chat" }, "EAR99")),
            });

            var result = await CliRun.InProcessAsync("validate", package, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            var report = ReportJson.Parse(result.Stdout);
            var finding = ReportJson.Items(report, "findings").Single();
            Assert.Equal("SANC3001", ReportJson.Str(finding, "ruleId"));
            Assert.Equal("error", ReportJson.Str(finding, "severity"));
            Assert.Contains("SanctionsAnalyzers.ServiceCategories is 'chat'", ReportJson.Str(finding, "message"), StringComparison.Ordinal);
            Assert.Contains("SanctionsAnalyzers.ExportClassification is '5D992.c'", ReportJson.Str(finding, "message"), StringComparison.Ordinal);
            Assert.Equal("fail", ReportJson.Str(ReportJson.Items(report, "checks").Single(c => ReportJson.Str(c, "id") == "assembly-metadata"), "outcome"));
        }

        [Fact]
        public async Task Validate_BadManifest_ReportsEachProblem()
        {
            var package = TestPackages.Write(_folder.Path, "Contoso.Chat", "1.2.0", new Dictionary<string, byte[]>
            {
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes("{ \"schemaVersion\": 2, \"packageId\": \"Other\", \"packageVersion\": \"1.2.0\", \"serviceCategories\": [ \"chat\", \"telepathy\" ], \"exportClassification\": \"secret\" }"),
            });

            var result = await CliRun.InProcessAsync("validate", package, "--format", "json", "--fail-on", "error");

            Assert.True(result.ExitCode == 1, result.ToString());
            var failed = ReportJson.Items(ReportJson.Parse(result.Stdout), "checks").Where(c => ReportJson.Str(c, "outcome") == "fail").Select(c => ReportJson.Str(c, "id")).ToList();
            Assert.Equal(new[] { "manifest-schema-version", "manifest-identity", "manifest-categories", "manifest-classification" }, failed);
        }

        [Fact]
        public async Task Validate_NoManifest_FailsTheManifestCheck()
        {
            var package = TestPackages.Write(_folder.Path, "Contoso.Plain", "1.0.0", new Dictionary<string, byte[]>
            {
                ["lib/net10.0/Contoso.Plain.dll"] = TestPackages.Assembly("ContosoPlain", null),
            });

            var result = await CliRun.InProcessAsync("validate", package);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("no sanctions/compliance.json in the package", result.Stdout, StringComparison.Ordinal);
            Assert.Equal("", result.Stderr);
        }

        [Fact]
        public async Task Validate_TruncatedZip_ExitsTwoWithOneLine()
        {
            var good = TestPackages.WriteCompliant(_folder.Path, "Contoso.Chat", "1.2.0", new[] { "chat" }, "EAR99");
            var bytes = File.ReadAllBytes(good);
            var truncated = _folder.Combine("truncated.nupkg");
            File.WriteAllBytes(truncated, bytes.Take(bytes.Length / 2).ToArray());

            var result = await CliRun.InProcessAsync("validate", truncated);

            AssertOneLineError(result, "not a valid .nupkg (zip archive truncated or corrupt");
        }

        [Fact]
        public async Task Validate_ZipSlipEntry_ExitsTwoWithOneLine()
        {
            var package = TestPackages.Write(_folder.Path, "Contoso.Evil", "1.0.0", new Dictionary<string, byte[]>
            {
                ["../../evil.sh"] = Encoding.UTF8.GetBytes("echo pwned"),
            });

            var result = await CliRun.InProcessAsync("validate", package);

            AssertOneLineError(result, "entry name '../../evil.sh' escapes the package folder (zip-slip)");
        }

        [Fact]
        public async Task Validate_MissingNuspec_ExitsTwoWithOneLine()
        {
            var package = TestPackages.Write(_folder.Path, "Contoso.NoSpec", "1.0.0", new Dictionary<string, byte[]>
            {
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes(TestPackages.Manifest("Contoso.NoSpec", "1.0.0", new[] { "chat" }, "EAR99")),
            }, withNuspec: false);

            var result = await CliRun.InProcessAsync("validate", package);

            AssertOneLineError(result, "no .nuspec at the package root");
        }

        [Fact]
        public async Task Validate_OversizedManifestEntry_ExitsTwoWithOneLine()
        {
            var padding = new string(' ', 2 << 20);
            var package = TestPackages.Write(_folder.Path, "Contoso.Big", "1.0.0", new Dictionary<string, byte[]>
            {
                ["sanctions/compliance.json"] = Encoding.UTF8.GetBytes(TestPackages.Manifest("Contoso.Big", "1.0.0", new[] { "chat" }, "EAR99") + padding),
            });

            var result = await CliRun.InProcessAsync("validate", package);

            AssertOneLineError(result, "entry 'sanctions/compliance.json' is " + (TestPackages.Manifest("Contoso.Big", "1.0.0", new[] { "chat" }, "EAR99").Length + padding.Length) + " bytes, over the");
        }

        [Fact]
        public async Task Validate_MissingFile_ExitsTwo()
        {
            var result = await CliRun.InProcessAsync("validate", _folder.Combine("nothing.nupkg"));

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("error: package not found: ", result.Stderr, StringComparison.Ordinal);
        }

        /// <summary>The same refusal from the real process: exit code 2, one line on standard error, no stack trace.</summary>
        [Fact]
        public async Task Validate_AsProcess_CorruptPackage_ExitsTwoWithOneLine()
        {
            var corrupt = _folder.Combine("corrupt.nupkg");
            File.WriteAllBytes(corrupt, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not a zip archive"));

            var result = await CliRun.ProcessAsync(_folder.Path, null, "validate", corrupt, "--format", "json");

            Assert.True(result.ExitCode == 2, result.ToString());
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: package: corrupt.nupkg: not a valid .nupkg", line, StringComparison.Ordinal);
            Assert.Equal(2, ReportJson.Parse(result.Stdout)["summary"]!["exitCode"]!.GetValue<int>());
        }

        public void Dispose() => _folder.Dispose();

        private static void AssertOneLineError(CliResult result, string expected)
        {
            Assert.True(result.ExitCode == 2, result.ToString());
            var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.StartsWith("error: package: ", line, StringComparison.Ordinal);
            Assert.Contains(expected, line, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        }
    }
}
