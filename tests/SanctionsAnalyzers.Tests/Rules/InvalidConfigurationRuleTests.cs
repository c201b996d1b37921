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
