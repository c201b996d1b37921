using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>SANC0001: invalid sanctions configuration, reported where it is.</summary>
    public class InvalidConfigurationRuleTests
    {
        private const string Id = "SANC0001";

        private static async Task VerifyGlobalConfigAsync(string globalConfig, params DiagnosticResult[] expected)
        {
            var test = RuleVerifier.ForRule(Id);
            test.TestState.Sources.Add("public class Empty { }");
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
            test.ExpectedDiagnostics.AddRange(expected);
            await test.RunAsync();
        }

        [Fact]
        public Task UnknownAnalysisMode() => VerifyGlobalConfigAsync("build_property.SanctionsAnalysisMode = Loose",
            RuleVerifier.Diagnostic(Id).WithArguments("MSBuild property SanctionsAnalysisMode has the value 'Loose'; allowed values: Default, Strict, AuditOnly. The value is ignored."));

        [Theory]
        [InlineData("Default")]
        [InlineData("strict")]
        [InlineData("AuditOnly")]
        [InlineData("")]
        public Task KnownAnalysisModes(string mode) => VerifyGlobalConfigAsync("build_property.SanctionsAnalysisMode = " + mode);

        [Fact]
        public Task NonBooleanFlag() => VerifyGlobalConfigAsync("build_property.SanctionsSkipGeneratedCode = yes",
            RuleVerifier.Diagnostic(Id).WithArguments("MSBuild property SanctionsSkipGeneratedCode has the value 'yes'; allowed values: true, false. The value is ignored."));

        [Fact]
        public async Task MalformedAppSettings_IsReportedAtTheError()
        {
            // The exact column depends on the JSON reader; assert the file and the line (0-based 2: the bad array).
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
                new InMemoryText("appsettings.json", "{\n  \"Geo\": {\n    \"Blocked\": [ \"IR\" \"SY\" ]\n  }\n}\n")));
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile("public class Empty { }"), options: options);
            var span = Assert.Single(diagnostics, d => d.Id == Id).Location.GetLineSpan();
            Assert.Equal("appsettings.json", span.Path);
            Assert.Equal(2, span.StartLinePosition.Line);
        }

        [Fact]
        public async Task ValidAppSettingsAndOtherJson_AreSilent()
        {
            var test = RuleVerifier.ForRule(Id);
            test.TestState.Sources.Add("public class Empty { }");
            test.TestState.AdditionalFiles.Add(("appsettings.json", SourceText.From("{ // comment\n \"Geo\": { \"Blocked\": [ \"IR\", ] } }")));
            test.TestState.AdditionalFiles.Add(("data.json", SourceText.From("{ not json")));
            await test.RunAsync();
        }

        private const string UnknownKeyMessage = "Unknown key 'sanctions_analyzers.severity'; known keys: sanctions_analyzers.verdict.<jurisdiction>.<category>, sanctions_analyzers.identifiers.<jurisdiction>, sanctions_analyzers.category.<type or member>, sanctions_analyzers.policy_version.";

        /// <summary>The compiler reads <paramref name="config"/>; the build also passes it as an AdditionalFile (build/SanctionsAnalyzers.targets).</summary>
        private static RuleVerifier.Test WithConfigFile(string path, string config, bool compilerReadsIt = true)
        {
            var test = RuleVerifier.ForRule(Id);
            test.TestState.Sources.Add("public class Empty { }");
            if (compilerReadsIt)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/" + path, config));
            }

            test.TestState.AdditionalFiles.Add((path, SourceText.From(config)));
            return test;
        }

        [Fact]
        public async Task BadKeyInAGlobalConfig_IsReportedAtItsLine()
        {
            const string config = "is_global = true\n# Contoso policy\n  sanctions_analyzers.severity = high  \nsanctions_analyzers.verdict.ir.chat = authorized\n";
            var test = WithConfigFile("contoso.globalconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan("contoso.globalconfig", 3, 3, 3, 38).WithArguments(UnknownKeyMessage));
            await test.RunAsync();
        }

        [Fact]
        public async Task BadValue_IsReportedAtTheLineThatSetsIt()
        {
            const string config = "is_global = true\nsanctions_analyzers.verdict.ir.chat = maybe\n";
            var test = WithConfigFile(".globalconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan(".globalconfig", 2, 1, 2, 44)
                .WithArguments("Key 'sanctions_analyzers.verdict.ir.chat' has the value 'maybe'; allowed values: authorized, not_covered, excluded."));
            await test.RunAsync();
        }

        [Fact]
        public async Task PolicyVersionPin_IsReportedAtThePin()
        {
            const string config = "is_global = true\nglobal_level = -50\nsanctions_analyzers.policy_version = 2024.1.0\n";
            var test = WithConfigFile("org.globalconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan("org.globalconfig", 3, 1, 3, 46)
                .WithArguments("sanctions_analyzers.policy_version pins policy map 2024.1.0, but this analyzer embeds 2026.12.1; review docs/policy-map-changelog.md and update the pin."));
            await test.RunAsync();
        }

        [Fact]
        public async Task KeyInAnEditorConfigSection_IsReportedAsNeverRead()
        {
            // The compiler gives analyzers [*.cs] keys only per file; the project-wide policy never sees this one.
            const string config = "root = true\n\n[*.cs]\nsanctions_analyzers.verdict.ir.chat = not_covered\n";
            var test = WithConfigFile(".editorconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan(".editorconfig", 4, 1, 4, 50)
                .WithArguments("Key 'sanctions_analyzers.verdict.ir.chat' is in .editorconfig, which is not a global config, so the analyzer never reads it: sanctions_analyzers keys are project-wide and belong before the first section of a global config (.globalconfig, or a file with is_global = true)."));
            await test.RunAsync();
        }

        [Fact]
        public async Task KeyInASectionOfAGlobalConfig_IsReportedAsNeverRead()
        {
            const string config = "is_global = true\n[/src/Chat/ChatHub.cs]\nsanctions_analyzers.category.ChatHub = chat\n";
            var test = WithConfigFile("project.globalconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan("project.globalconfig", 3, 1, 3, 44)
                .WithArguments("Key 'sanctions_analyzers.category.ChatHub' is in section [/src/Chat/ChatHub.cs], so the analyzer never reads it: sanctions_analyzers keys are project-wide and belong before the first section of a global config (.globalconfig, or a file with is_global = true)."));
            await test.RunAsync();
        }

        [Fact]
        public async Task ValidKeysAndComments_AreSilent()
        {
            const string config = "is_global = true\n# sanctions_analyzers.severity = high (commented out)\n; sanctions_analyzers.nope = 1\n"
                + "sanctions_analyzers.verdict.ir.chat = authorized\nsanctions_analyzers.identifiers.ir = PERSIA-LEGACY\n"
                + "sanctions_analyzers.category.Contoso.Chat.ChatHub = chat, email\nsanctions_analyzers.policy_version = 2026.12.1\n"
                + "dotnet_diagnostic.SANC1001.severity = error\n";
            await WithConfigFile("org.globalconfig", config).RunAsync();
        }

        [Fact]
        public async Task SemicolonSeparatedList_IsReportedAsCutOff()
        {
            // The compiler reads "chat" only: ';' and '#' start a comment in analyzer config files.
            const string config = "is_global = true\nsanctions_analyzers.category.Contoso.Chat.ChatHub = chat; email\n";
            var test = WithConfigFile("org.globalconfig", config);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithSpan("org.globalconfig", 2, 1, 2, 64)
                .WithArguments("Key 'sanctions_analyzers.category.Contoso.Chat.ChatHub' is read as 'chat' only: in analyzer config files ';' starts a comment, so 'email' is ignored. Separate the entries with ','."));
            await test.RunAsync();
        }

        [Fact]
        public async Task CommentAfterAVerdict_IsFine()
        {
            const string config = "is_global = true\nsanctions_analyzers.verdict.ir.chat = authorized ; counsel memo LEGAL-12\nsanctions_analyzers.identifiers.ir = PERSIA-LEGACY, IRN-OLD\n";
            await WithConfigFile("org.globalconfig", config).RunAsync();
        }

        [Fact]
        public async Task BadKeyFromAFileTheBuildDidNotPass_HasNoLocationButNamesTheKey()
        {
            // Another config file (not among the AdditionalFiles) sets the bad key; this one mentions the prefix only validly.
            var test = WithConfigFile("org.globalconfig", "is_global = true\nglobal_level = -50\nsanctions_analyzers.identifiers.ir = LEGACY\n");
            test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nsanctions_analyzers.severity = high\n"));
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic(Id).WithArguments(UnknownKeyMessage));
            await test.RunAsync();
        }

        private sealed class InMemoryText : Microsoft.CodeAnalysis.AdditionalText
        {
            private readonly string _text;

            public InMemoryText(string path, string text)
            {
                Path = path;
                _text = text;
            }

            public override string Path { get; }

            public override SourceText GetText(System.Threading.CancellationToken cancellationToken = default) => SourceText.From(_text);
        }
    }
}
