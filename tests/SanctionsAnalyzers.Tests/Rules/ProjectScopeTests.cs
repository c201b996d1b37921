using System.Threading.Tasks;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.RuleVerifier;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>Which projects are analysed: test projects only when <c>SanctionsAnalyzeTestProjects</c> is true.</summary>
    public class ProjectScopeTests
    {
        private const string Id = "SANC1001";

        private const string Hub = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";

        private static async Task VerifyAsync(string globalConfig, bool expectWarning)
        {
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(Hub);
            if (globalConfig.Length > 0)
            {
                test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig));
            }

            if (expectWarning)
            {
                test.ExpectedDiagnostics.Add(Verify.Diagnostic(Id).WithLocation(0)
                    .WithArguments("Iran (IR)", "ChatHub.Send", "instant messaging and chat", "31 CFR 560.540(a)(1), formerly GL D-2", "denies"));
            }
            else
            {
                test.TestState.MarkupHandling = Microsoft.CodeAnalysis.Testing.MarkupMode.Ignore;
            }

            await test.RunAsync();
        }

        [Fact]
        public Task OrdinaryProject_IsAnalysed() => VerifyAsync(string.Empty, expectWarning: true);

        [Fact]
        public Task TestProject_IsSkippedByDefault() => VerifyAsync("build_property.IsTestProject = true", expectWarning: false);

        [Fact]
        public Task TestProject_OptsIn() => VerifyAsync("build_property.IsTestProject = true\nbuild_property.SanctionsAnalyzeTestProjects = true", expectWarning: true);

        [Fact]
        public Task NonTestProjectWithTheOptInFalse_IsAnalysed() => VerifyAsync("build_property.IsTestProject = false\nbuild_property.SanctionsAnalyzeTestProjects = false", expectWarning: true);
    }
}
