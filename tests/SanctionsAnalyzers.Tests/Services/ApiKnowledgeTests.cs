using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Detection;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests.Services
{
    /// <summary>The embedded API table (Resources/ApiKnowledge.txt): every row resolves, bad rows are data errors.</summary>
    public class ApiKnowledgeTests
    {
        [Fact]
        public void EveryRow_ResolvesAgainstTheReferenceAssemblies()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.GrpcServerReferences);
            Assert.NotEmpty(ApiKnowledge.Embedded.Rows);
            foreach (var id in ApiKnowledge.Embedded.Rows.Keys)
            {
                if (id.StartsWith("T:", System.StringComparison.Ordinal))
                {
                    // A deny row naming a result type.
                    Assert.True(compilation.GetTypeByMetadataName(id.Substring(2)) is not null, id + ": type not found");
                    continue;
                }

                var methods = MethodsOf(compilation, id);
                Assert.True(methods.Count > 0, id + ": no such method");
                Assert.All(methods, m => Assert.Equal(id, ApiKnowledge.KeyOf(m)));
            }
        }

        [Fact]
        public void EveryRegistrationRow_ResolvesAgainstTheReferenceAssemblies()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.GrpcServerReferences);
            Assert.NotEmpty(ApiKnowledge.Embedded.RegistrationIds);
            foreach (var id in ApiKnowledge.Embedded.RegistrationIds)
            {
                if (id.StartsWith("T:", System.StringComparison.Ordinal))
                {
                    var attribute = compilation.GetTypeByMetadataName(id.Substring(2));
                    Assert.True(attribute is not null, id + ": type not found");
                    Assert.Equal(Registration.Carrier, ApiKnowledge.Embedded.RegistrationOf(attribute!));
                    continue;
                }

                var methods = MethodsOf(compilation, id);
                Assert.True(methods.Count > 0, id + ": no such method");
                Assert.All(methods, m => Assert.NotEqual(Registration.None, ApiKnowledge.Embedded.RegistrationOf(m)));
            }
        }

        [Fact]
        public void EveryComponentRow_ResolvesAgainstTheReferenceAssemblies()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.GrpcServerReferences);
            Assert.NotEmpty(ApiKnowledge.Embedded.ComponentIds);
            foreach (var id in ApiKnowledge.Embedded.ComponentIds)
            {
                Assert.True(compilation.GetTypeByMetadataName(id.Substring(2)) is not null, id + ": type not found");
            }

            // A class deriving from a listed base or implementing a listed interface is that component.
            var project = CSharpCompilation.Create("Project", new[] { CSharpSyntaxTree.ParseText(@"
public sealed class R : Microsoft.AspNetCore.Authorization.IAuthorizationRequirement { }
public sealed class H : Microsoft.AspNetCore.Authorization.AuthorizationHandler<R>
{
    protected override System.Threading.Tasks.Task HandleRequirementAsync(Microsoft.AspNetCore.Authorization.AuthorizationHandlerContext c, R r) => System.Threading.Tasks.Task.CompletedTask;
}
public sealed class F : Microsoft.AspNetCore.Mvc.Filters.IAsyncActionFilter
{
    public System.Threading.Tasks.Task OnActionExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.ActionExecutingContext c, Microsoft.AspNetCore.Mvc.Filters.ActionExecutionDelegate n) => n();
}
public sealed class Plain { }") }, TestReferences.GrpcServerReferences);
            var handler = ApiKnowledge.Embedded.ComponentOf(project.GetTypeByMetadataName("H")!);
            Assert.Equal("authorization-handler", handler?.Kind);
            Assert.Equal("R", handler?.Matched.TypeArguments[0].Name);
            Assert.Equal("mvc-filter", ApiKnowledge.Embedded.ComponentOf(project.GetTypeByMetadataName("F")!)?.Kind);
            Assert.Null(ApiKnowledge.Embedded.ComponentOf(project.GetTypeByMetadataName("Plain")!));
        }

        [Fact]
        public void EveryWiringRow_ResolvesAgainstTheReferenceAssemblies()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.GrpcServerReferences);
            Assert.NotEmpty(ApiKnowledge.Embedded.WiringIds);
            foreach (var id in ApiKnowledge.Embedded.WiringIds)
            {
                if (id.StartsWith("T:", System.StringComparison.Ordinal))
                {
                    var types = compilation.GetTypesByMetadataName(id.Substring(2));
                    Assert.True(types.Length > 0, id + ": no such type");
                    Assert.All(types, type => Assert.NotNull(ApiKnowledge.Embedded.WiringOf(type)));
                    continue;
                }

                var dot = id.LastIndexOf('.');
                var members = compilation.GetTypesByMetadataName(id.Substring(2, dot - 2))
                    .SelectMany(type => type.GetMembers(id.Substring(dot + 1)))
                    .Where(m => id.StartsWith("P:", System.StringComparison.Ordinal) ? m is IPropertySymbol : m is IMethodSymbol)
                    .ToList();
                Assert.True(members.Count > 0, id + ": no such member");
                Assert.All(members, m => Assert.NotNull(ApiKnowledge.Embedded.WiringOf(m)));
            }
        }

        [Fact]
        public void InputErrorMark_MarksTheDenyRow_AndLeavesItsDescription()
        {
            var knowledge = ApiKnowledge.Parse(new StringReader("deny T:System.ArgumentException input-error records a bad argument\ndeny T:System.InvalidOperationException refuses"));
            var tree = CSharpSyntaxTree.ParseText("class C { object M() => new System.ArgumentException(); object N() => new System.InvalidOperationException(); }");
            var compilation = CSharpCompilation.Create("Rows", new[] { tree }, TestReferences.GrpcServerReferences);
            var model = compilation.GetSemanticModel(tree);
            var creations = tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ObjectCreationExpressionSyntax>().Select(n => model.GetOperation(n)!).ToList();

            Assert.True(knowledge.IsInputError(creations[0]));
            Assert.Equal("records a bad argument", knowledge.DenialOf(creations[0].Type!));
            Assert.False(knowledge.IsInputError(creations[1]));
            Assert.Equal("refuses", knowledge.DenialOf(creations[1].Type!));
        }

        [Theory]
        [InlineData("wiring M:Microsoft.AspNetCore.Builder.UseWhenExtensions.UseWhen", "line 1: expected 'wiring")]
        [InlineData("wiring M:Microsoft.AspNetCore.Builder.UseWhenExtensions.UseWhen branch", "line 1: expected 'wiring")]
        [InlineData("wiring T:Microsoft.AspNetCore.Builder.UseWhenExtensions pipeline-branch", "line 1: expected 'wiring")]
        [InlineData("wiring M:Microsoft.AspNetCore.Builder.UseWhenExtensions.UseWhen route-builder", "line 1: expected 'wiring")]
        [InlineData("component T:Microsoft.AspNetCore.SignalR.IHubFilter", "line 1: expected 'component")]
        [InlineData("component T:Microsoft.AspNetCore.SignalR.IHubFilter websocket", "line 1: expected 'component")]
        [InlineData("component M:Microsoft.AspNetCore.SignalR.IHubFilter.InvokeMethodAsync hub-filter", "line 1: expected 'component")]
        [InlineData("registers M:Microsoft.AspNetCore.Mvc.Filters.FilterCollection.Add", "line 1: expected 'registers")]
        [InlineData("registers M:Microsoft.AspNetCore.Mvc.Filters.FilterCollection.Add everywhere", "line 1: expected 'registers")]
        [InlineData("registers M:A.B.C pipeline\nregisters M:A.B.C every-hub", "line 2: 'M:A.B.C' is listed twice")]
        public void MalformedRegistrationRow_IsADataErrorNamingItsLine(string text, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => ApiKnowledge.Parse(new StringReader(text)));
            Assert.Contains(message, error.Message);
        }

        /// <summary>
        /// The methods a row names, in every assembly declaring its type: two assemblies may declare the same extension class
        /// (SignalRDependencyInjectionExtensions), which GetTypeByMetadataName reports as none.
        /// </summary>
        private static System.Collections.Generic.List<IMethodSymbol> MethodsOf(Compilation compilation, string id)
        {
            var dot = id.LastIndexOf('.');
            return compilation.GetTypesByMetadataName(id.Substring(2, dot - 2))
                .SelectMany(type => type.GetMembers(id.Substring(dot + 1)).OfType<IMethodSymbol>())
                .ToList();
        }

        [Fact]
        public void StringIndexOf_IsNoMembershipTest()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.AspNetCoreReferences);
            var indexOf = compilation.GetSpecialType(SpecialType.System_String).GetMembers("IndexOf").OfType<IMethodSymbol>().First();
            Assert.Equal(ApiRole.None, ApiKnowledge.Embedded.RoleOf(indexOf));
        }

        [Fact]
        public void DenyRows_NameHowTheyRefuse_AlsoForOverridesAndDerivedResults()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.AspNetCoreReferences);
            var abort = compilation.GetTypeByMetadataName("Microsoft.AspNetCore.SignalR.HubCallerContext")!.GetMembers("Abort").OfType<IMethodSymbol>().Single();
            Assert.Equal(ApiRole.Deny, ApiKnowledge.Embedded.RoleOf(abort));
            Assert.Equal("aborts the connection", ApiKnowledge.Embedded.DenialOf(abort));
            Assert.Equal("returns ForbidResult", ApiKnowledge.Embedded.DenialOf(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.ForbidResult")!));
            Assert.Null(ApiKnowledge.Embedded.DenialOf(compilation.GetTypeByMetadataName("Microsoft.AspNetCore.Mvc.OkResult")!));

            // A result type of the project deriving from a listed one refuses as it does.
            var derived = CSharpCompilation.Create("Derived", new[] { CSharpSyntaxTree.ParseText("public sealed class RegionForbidResult : Microsoft.AspNetCore.Mvc.ForbidResult { }") }, TestReferences.AspNetCoreReferences);
            Assert.Equal("returns ForbidResult", ApiKnowledge.Embedded.DenialOf(derived.GetTypeByMetadataName("RegionForbidResult")!));
        }

        [Theory]
        [InlineData("deny M:Microsoft.AspNetCore.Mvc.ControllerBase.Forbid", "expected 'deny M:Namespace.Type.Member <description>'")]
        [InlineData("deny Microsoft.AspNetCore.Mvc.ForbidResult returns it", "line 1")]
        [InlineData("transfer", "line 1")]
        [InlineData("copy M:System.String.Trim", "line 1")]
        [InlineData("transfer M:System.String.Trim(System.Char)", "no parameter list")]
        [InlineData("transfer System.String.Trim", "line 1")]
        [InlineData("# x\ntransfer M:System.String.Trim\ntransfer M:System.String.Trim", "line 3: 'M:System.String.Trim' is listed twice")]
        public void MalformedRow_IsADataErrorNamingItsLine(string text, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => ApiKnowledge.Parse(new StringReader(text)));
            Assert.Contains(message, error.Message);
        }
    }
}
