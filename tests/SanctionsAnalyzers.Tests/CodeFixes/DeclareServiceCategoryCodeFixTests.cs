using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using SanctionsAnalyzers.CodeFixes;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.CodeFixVerifier<SanctionsAnalyzers.CodeFixes.DeclareServiceCategoryCodeFixProvider>;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// SANC1002 "Declare the service category": <c>[CommunicationService("id")]</c> on the feature, and the attribute
    /// declared once when the project has none. After the fix the analyzer knows the category, and judges the block
    /// (SANC1001 for an authorized one, nothing for payments).
    /// </summary>
    public class DeclareServiceCategoryCodeFixTests
    {
        private const string Id = "SANC1002";

        private const string AttributeSource = @"// Declares the service categories of a feature for SanctionsAnalyzers (docs/rules/SANC1002.md); matched by name.
[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CommunicationServiceAttribute : System.Attribute
{
    public CommunicationServiceAttribute(params string[] categories)
    {
        Categories = categories;
    }

    public string[] Categories { get; }
}
";

        private static (string, SourceText) Attribute => ("CommunicationServiceAttribute.cs", SourceText.From(AttributeSource, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)));

        private static string Weather(string attributes, string gate = @"if ({|SANC1002:country == ""IR""|}) return Forbid();") => @"
public class WeatherController : ControllerBase
{
    /// <summary>Today's weather.</summary>
ATTRIBUTES    public IActionResult Get()
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        GATE
        return Ok(new { temperature = 21 });
    }
}".Replace("ATTRIBUTES", attributes).Replace("GATE", gate);

        private static Verify.Test Test(string source, string fixedSource, string category, bool declaresAttribute = true)
        {
            var test = Verify.ForRule(Id);
            test.TestCode = source;
            test.FixedState.Sources.Add(fixedSource);
            if (declaresAttribute)
            {
                test.FixedState.Sources.Add(Attribute);
            }

            test.CodeActionEquivalenceKey = DeclareServiceCategoryCodeFixProvider.EquivalenceKeyFor(category);
            return test;
        }

        [Fact]
        public async Task Method_AttributeAddedAndDeclared()
        {
            var test = Test(Weather(""), Weather(@"    [CommunicationService(""web-maps"")]
", @"if (country == ""IR"") return Forbid();"), "web-maps");

            // Now the category is known: web maps are authorized for Iran, so the block is over-broad (SANC1001, not this test's rule).
            test.CodeActionVerifier = (action, verifier) => verifier.Equal("Declare the service category: web maps", action.Title);
            await test.RunAsync();
        }

        [Fact]
        public async Task Method_AfterItsOtherAttributes()
        {
            var test = Test(
                Weather(@"    [HttpGet(""/weather"")]
"),
                Weather(@"    [HttpGet(""/weather"")]
    [CommunicationService(""payments"")]
", @"if (country == ""IR"") return Forbid();"),
                "payments");
            await test.RunAsync();
        }

        [Fact]
        public async Task ExistingAttributeType_IsUsedAndNotDeclaredAgain()
        {
            const string declared = @"
namespace Contoso.Compliance
{
    [System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
    public sealed class CommunicationServiceAttribute : System.Attribute
    {
        public CommunicationServiceAttribute(params string[] categories) { }
    }
}";
            var test = Test(Weather(""), Weather(@"    [Contoso.Compliance.CommunicationService(""email"")]
", @"if (country == ""IR"") return Forbid();"), "email", declaresAttribute: false);
            test.TestState.Sources.Add(declared);
            test.FixedState.Sources.Add(declared);
            await test.RunAsync();
        }

        [Fact]
        public async Task ExistingDeclarationWithAnUnknownId_GetsTheCategoryAdded()
        {
            const string declared = @"
[System.AttributeUsage(System.AttributeTargets.Class | System.AttributeTargets.Method, AllowMultiple = true)]
internal sealed class CommunicationServiceAttribute : System.Attribute
{
    public CommunicationServiceAttribute(params string[] categories) { }
}";
            var test = Test(
                Weather(@"    [CommunicationService(""weather"")]
"),
                Weather(@"    [CommunicationService(""weather"", ""enterprise-saas"")]
", @"if (country == ""IR"") return Forbid();"),
                "enterprise-saas",
                declaresAttribute: false);
            test.TestState.Sources.Add(declared);
            test.FixedState.Sources.Add(declared);
            await test.RunAsync();
        }

        [Fact]
        public async Task RouteHandlerLambda_GetsTheAttribute()
        {
            const string template = @"
public static class Routes
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/widgets"", ATTRIBUTE(HttpContext http) =>
        {
            if (GATE) return Results.Forbid();
            return Results.Ok(""hola"");
        });
    }
}";
            var test = Test(
                template.Replace("ATTRIBUTE", "").Replace("GATE", @"{|SANC1002:http.Request.Headers[""CF-IPCountry""] == ""CU""|}"),
                template.Replace("ATTRIBUTE", @"[CommunicationService(""automated-translation"")] ").Replace("GATE", @"http.Request.Headers[""CF-IPCountry""] == ""CU"""),
                "automated-translation");
            await test.RunAsync();
        }

        [Fact]
        public async Task SimpleLambda_GetsParentheses()
        {
            const string template = @"
public static class Routes
{
    public static void Map(WebApplication app)
    {
        app.MapGet(""/widgets"", (Func<HttpContext, IResult>)(LAMBDA =>
        {
            if (GATE) return Results.Forbid();
            return Results.Ok(""hola"");
        }));
    }
}";
            var test = Test(
                template.Replace("LAMBDA", "http").Replace("GATE", @"{|SANC1002:http.Request.Headers[""CF-IPCountry""] == ""CU""|}"),
                template.Replace("LAMBDA", @"[CommunicationService(""automated-translation"")] (http)").Replace("GATE", @"http.Request.Headers[""CF-IPCountry""] == ""CU"""),
                "automated-translation");
            await test.RunAsync();
        }

        [Fact]
        public async Task LocalFunction_IsItsOwnFeature()
        {
            const string template = @"
public class ReportsController : ControllerBase
{
    [HttpGet(""/reports"")]
    public IActionResult Get()
    {
        return List();

ATTRIBUTE        IActionResult List()
        {
            var country = Request.Headers[""CF-IPCountry""].ToString();
            if (GATE) return Forbid();
            return Ok();
        }
    }
}";
            var test = Test(
                template.Replace("ATTRIBUTE", "").Replace("GATE", @"{|SANC1002:country == ""IR""|}"),
                template.Replace("ATTRIBUTE", @"        [CommunicationService(""e-learning"")]
").Replace("GATE", @"country == ""IR"""),
                "e-learning");
            await test.RunAsync();
        }

        [Fact]
        public async Task CategoryInferredFromTheName_IsOfferedFirst_ToConfirmIt()
        {
            // "/tiles" names web maps: SANC1001 says the category was inferred, and the fix offers to confirm it first.
            const string template = @"
public class MapsController : ControllerBase
{
    [HttpGet(""/tiles"")]
ATTRIBUTE    public IActionResult Tiles()
    {
        if ({|SANC1001:Request.Headers[""CF-IPCountry""] == ""IR""|}) return Forbid();
        return Ok();
    }
}";
            var test = Verify.ForRule("SANC1001");
            test.TestCode = template.Replace("ATTRIBUTE", "");

            // Declared, the category is no longer inferred: SANC1001 stays (web maps are authorized), without a fix.
            test.FixedState.Sources.Add(template.Replace("ATTRIBUTE", @"    [CommunicationService(""web-maps"")]
").Replace("{|SANC1001:", "").Replace("|})", ")"));
            test.FixedState.ExpectedDiagnostics.Add(new Microsoft.CodeAnalysis.Testing.DiagnosticResult("SANC1001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(8, 13, 8, 52).WithOptions(Microsoft.CodeAnalysis.Testing.DiagnosticOptions.IgnoreAdditionalLocations));
            test.FixedState.Sources.Add(Attribute);
            test.CodeActionIndex = 0;
            test.CodeActionVerifier = (action, verifier) => verifier.Equal("Declare the service category: web maps", action.Title);
            await test.RunAsync();
        }

        [Fact]
        public async Task FixAll_OneDeclarationPerFeature_AttributeDeclaredOnce()
        {
            const string template = @"
public class MapsController : ControllerBase
{
    [HttpGet(""/widgets"")]
ATTRIBUTE    public IActionResult Widgets()
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (GATE1) return Forbid();
        if (GATE2) return StatusCode(451);
        return Ok();
    }

    [HttpGet(""/route"")]
ATTRIBUTE    public IActionResult Route()
    {
        if (GATE3) return Forbid();
        return Ok();
    }
}";
            var test = Verify.ForRule(Id);
            test.TestState.Sources.Add(template.Replace("ATTRIBUTE", "")
                .Replace("GATE1", @"{|SANC1002:country == ""IR""|}").Replace("GATE2", @"{|SANC1002:country == ""CU""|}")
                .Replace("GATE3", @"{|SANC1002:Request.Headers[""CF-IPCountry""] == ""IR""|}"));
            test.TestState.Sources.Add(Weather(""));
            test.FixedState.Sources.Add(template.Replace("ATTRIBUTE", @"    [CommunicationService(""web-maps"")]
")
                .Replace("GATE1", @"country == ""IR""").Replace("GATE2", @"country == ""CU""").Replace("GATE3", @"Request.Headers[""CF-IPCountry""] == ""IR"""));
            test.FixedState.Sources.Add(Weather(@"    [CommunicationService(""web-maps"")]
", @"if (country == ""IR"") return Forbid();"));
            test.FixedState.Sources.Add(Attribute);
            test.CodeActionEquivalenceKey = DeclareServiceCategoryCodeFixProvider.EquivalenceKeyFor("web-maps");

            // One at a time: each feature once (the second gate of Widgets is known after the first fix).
            test.NumberOfIncrementalIterations = 3;
            test.NumberOfFixAllInDocumentIterations = 2;
            await test.RunAsync();
        }

        [Fact]
        public async Task EveryOfferedCategoryHasAnAction()
        {
            foreach (var category in DeclareServiceCategoryCodeFixProvider.OfferedCategoryIds)
            {
                var test = Test(Weather(""), Weather(@"    [CommunicationService(""ID"")]
".Replace("ID", category), @"if (country == ""IR"") return Forbid();"), category);

                // Whatever the category's verdict, SANC1002 is gone: the category is known now.
                test.CodeFixTestBehaviors |= CodeFixTestBehaviors.SkipFixAllCheck;
                await test.RunAsync();
            }
        }

        // ---------------------------------------------------------------- no fix

        [Fact]
        public async Task CategoryKnown_UnconfirmedPoint_NoFix()
        {
            // Crimea and chat: the category is known, the scope is unknown for another reason.
            const string source = @"
public class ChatHub : Hub
{
    public async Task Send(string message)
    {
        if ({|SANC1002:Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""] == ""UA-43""|}) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}";
            await Verify.VerifyNoFixAsync(Id, source);
        }

        [Fact]
        public async Task ListTheAnalyzerCannotSee_NoFix()
        {
            const string source = @"
public class WeatherController : ControllerBase
{
    private readonly HashSet<string> _blockedCountries;
    public WeatherController(HashSet<string> blockedCountries) => _blockedCountries = blockedCountries;

    [HttpGet(""/weather"")]
    public IActionResult Get()
    {
        if ({|SANC1002:_blockedCountries.Contains(Request.Headers[""CF-IPCountry""].ToString())|}) return Forbid();
        return Ok(new { temperature = 21 });
    }
}";
            await Verify.VerifyNoFixAsync(Id, source);
        }

        [Fact]
        public async Task TopLevelStatements_NothingToDeclareOn_NoFix()
        {
            var test = Verify.ForRule(Id);
            test.TestState.OutputKind = Microsoft.CodeAnalysis.OutputKind.ConsoleApplication;
            const string source = @"
var app = WebApplication.Create();
app.Use(async (context, next) =>
{
    await next(context);
});
var country = System.Environment.GetEnvironmentVariable(""COUNTRY"") ?? """";
if ({|SANC1002:country == ""IR""|}) throw new InvalidOperationException(""blocked"");
app.Run();
";
            test.TestCode = source;
            test.FixedCode = source;
            await test.RunAsync();
        }
    }
}
