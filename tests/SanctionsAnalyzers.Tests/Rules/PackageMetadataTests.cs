using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Rules
{
    /// <summary>
    /// Package compliance metadata (docs/package-authors.md): it reaches consumers' verdicts, it only describes the
    /// declaring assembly, and malformed values are SANC3001.
    /// </summary>
    public class PackageMetadataTests
    {
        private const string Sdk = @"
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.MetadataVersion"", ""1"")]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ServiceCategories"", ""CATEGORIES"")]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ExportClassification"", ""CLASSIFICATION"")]
namespace Contoso.Chat { public sealed class ChatClient { public System.Threading.Tasks.Task SendAsync(string room, string text) => System.Threading.Tasks.Task.CompletedTask; } }";

        private const string Consumer = @"
public class RoomsController : ControllerBase
{
    [HttpPost(""/rooms/{room}"")]
    public async Task<IActionResult> Post(string room, string text)
    {
        if ({|#0:Request.Headers[""CF-IPCountry""] == ""IR""|}) return Forbid();
        await new Contoso.Chat.ChatClient().SendAsync(room, text);
        return Ok();
    }
}";

        private static RuleVerifier.Test Test(string rule, string categories, string classification, string consumer = Consumer)
        {
            var test = RuleVerifier.ForRule(rule);
            test.TestState.Sources.Add(consumer);
            var sdk = new ProjectState("Contoso.Chat", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/1/Sdk", "cs")
            {
                Sources = { Sdk.Replace("CATEGORIES", categories).Replace("CLASSIFICATION", classification) },
            };
            sdk.AdditionalReferences.AddRange(TestReferences.CoreReferences);
            test.TestState.AdditionalProjects.Add("Contoso.Chat", sdk);
            test.TestState.AdditionalProjectReferences.Add("Contoso.Chat");
            return test;
        }

        [Fact]
        public async Task DeclaredCategoriesReachTheConsumersVerdict()
        {
            var test = Test("SANC1001", "instant-messaging;chat", "EAR99");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC1001").WithLocation(0)
                .WithArguments("Iran (IR)", "RoomsController.Post", "instant messaging and chat", "31 CFR 560.540(a)(1), formerly GL D-2", "denies"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ClassificationOutsideTheAuthorization_MakesTheBlockConsistent()
        {
            var test = Test("SANC1001", "chat", "5D002");
            await test.RunAsync();
        }

        [Fact]
        public async Task NotSubjectToEar_IsAccepted()
        {
            var test = Test("SANC1001", "video-conferencing", "not-subject-to-EAR");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC1001").WithLocation(0)
                .WithArguments("Iran (IR)", "RoomsController.Post", "video conferencing", "31 CFR 560.540(a)(1), formerly GL D-2", "denies"));
            await test.RunAsync();
        }

        [Fact]
        public async Task HostilePackageCannotSilenceCodeThatDoesNotCallIt()
        {
            const string hub = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|#0:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""IR""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            var test = Test("SANC1001", "payments;enterprise-saas", "EAR99", hub);
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC1001").WithLocation(0)
                .WithArguments("Iran (IR)", "ChatHub.Send", "instant messaging and chat", "31 CFR 560.540(a)(1), formerly GL D-2", "denies"));
            await test.RunAsync();
        }

        [Fact]
        public async Task MalformedMetadataOfAReference_IsSanc3001()
        {
            var test = Test("SANC3001", "chat;telepathy", "EAR-99");
            test.TestState.MarkupHandling = MarkupMode.Ignore;
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001")
                .WithArguments("SanctionsAnalyzers.ServiceCategories", "referenced assembly Contoso.Chat", "telepathy", "is not a category of the policy map (see docs/policy-map.md)"));
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001")
                .WithArguments("SanctionsAnalyzers.ExportClassification", "referenced assembly Contoso.Chat", "EAR-99", "is not EAR99, 5D992.c, not-subject-to-EAR or an ECCN such as 5D002"));

            // The author's own project sees the same problems at its attributes.
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001").WithSpan("/1/Sdk0.cs", 3, 12, 3, 104)
                .WithArguments("SanctionsAnalyzers.ServiceCategories", "this project (Contoso.Chat)", "telepathy", "is not a category of the policy map (see docs/policy-map.md)"));
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001").WithSpan("/1/Sdk0.cs", 4, 12, 4, 99)
                .WithArguments("SanctionsAnalyzers.ExportClassification", "this project (Contoso.Chat)", "EAR-99", "is not EAR99, 5D992.c, not-subject-to-EAR or an ECCN such as 5D002"));
            await test.RunAsync();
        }

        [Fact]
        public async Task MalformedOwnMetadata_IsReportedAtTheAttribute()
        {
            var test = RuleVerifier.ForRule("SANC3001");
            test.TestState.Sources.Add(@"
[assembly: {|#0:System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ServiceCategories"", ""chat;holography"")|}]
[assembly: {|#1:System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.MetadataVersion"", ""2"")|}]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ExportClassification"", ""5D992.c"")]");
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001").WithLocation(0)
                .WithArguments("SanctionsAnalyzers.ServiceCategories", "this project (TestProject)", "holography", "is not a category of the policy map (see docs/policy-map.md)"));
            test.ExpectedDiagnostics.Add(RuleVerifier.Diagnostic("SANC3001").WithLocation(1)
                .WithArguments("SanctionsAnalyzers.MetadataVersion", "this project (TestProject)", "2", "is not a supported metadata version (1)"));
            await test.RunAsync();
        }

        [Fact]
        public async Task ValidOwnMetadata_IsSilent()
        {
            var test = RuleVerifier.ForRule("SANC3001");
            test.TestState.Sources.Add(@"
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.MetadataVersion"", ""1"")]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ServiceCategories"", ""chat; e-gaming ;email"")]
[assembly: System.Reflection.AssemblyMetadata(""SanctionsAnalyzers.ExportClassification"", ""EAR99"")]
[assembly: System.Reflection.AssemblyMetadata(""RepositoryUrl"", ""https://example.org"")]");
            await test.RunAsync();
        }
    }
}
