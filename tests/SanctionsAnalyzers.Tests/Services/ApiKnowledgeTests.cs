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
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.AspNetCoreReferences);
            Assert.NotEmpty(ApiKnowledge.Embedded.Rows);
            foreach (var id in ApiKnowledge.Embedded.Rows.Keys)
            {
                if (id.StartsWith("T:", System.StringComparison.Ordinal))
                {
                    // A deny row naming a result type.
                    Assert.True(compilation.GetTypeByMetadataName(id.Substring(2)) is not null, id + ": type not found");
                    continue;
                }

                var dot = id.LastIndexOf('.');
                var type = compilation.GetTypeByMetadataName(id.Substring(2, dot - 2));
                Assert.True(type is not null, id + ": type not found");
                var methods = type!.GetMembers(id.Substring(dot + 1)).OfType<IMethodSymbol>().ToList();
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

                var dot = id.LastIndexOf('.');
                var type = compilation.GetTypeByMetadataName(id.Substring(2, dot - 2));
                Assert.True(type is not null, id + ": type not found");
                var methods = type!.GetMembers(id.Substring(dot + 1)).OfType<IMethodSymbol>().ToList();
                Assert.True(methods.Count > 0, id + ": no such method");
                Assert.All(methods, m => Assert.NotEqual(Registration.None, ApiKnowledge.Embedded.RegistrationOf(m)));
            }
        }

        [Theory]
        [InlineData("registers M:Microsoft.AspNetCore.Mvc.Filters.FilterCollection.Add", "line 1: expected 'registers")]
        [InlineData("registers M:Microsoft.AspNetCore.Mvc.Filters.FilterCollection.Add everywhere", "line 1: expected 'registers")]
        [InlineData("registers M:A.B.C pipeline\nregisters M:A.B.C every-hub", "line 2: 'M:A.B.C' is listed twice")]
        public void MalformedRegistrationRow_IsADataErrorNamingItsLine(string text, string message)
        {
            var error = Assert.Throws<InvalidDataException>(() => ApiKnowledge.Parse(new StringReader(text)));
            Assert.Contains(message, error.Message);
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
