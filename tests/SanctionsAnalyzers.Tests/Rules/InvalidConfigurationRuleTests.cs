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
            var test = RuleVerifier.ForRule(Id);
            test.TestState.Sources.Add("public class Empty { }");
            test.TestState.AdditionalFiles.Add(("appsettings.json", SourceText.From("{\n  \"Geo\": {\n    \"Blocked\": [ \"IR\" \"SY\" ]\n  }\n}\n")));
            var result = await RunAndGetSingleAsync(test);
            Assert.Equal("appsettings.json", result.Path);
            Assert.Equal(2, result.Line);
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

        /// <summary>The malformed-JSON position depends on the reader; assert the file and line only.</summary>
        private static async Task<(string Path, int Line)> RunAndGetSingleAsync(RuleVerifier.Test test)
        {
            var compilation = AnalyzerRun.Compile("public class Empty { }");
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(
                System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(new InMemoryText("appsettings.json", test.TestState.AdditionalFiles[0].content.ToString())));
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(compilation, options: options);
            var single = Assert.Single(diagnostics, d => d.Id == Id);
            var span = single.Location.GetLineSpan();
            return (span.Path, span.StartLinePosition.Line);
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
