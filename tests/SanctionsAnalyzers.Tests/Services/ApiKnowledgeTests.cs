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
                var dot = id.LastIndexOf('.');
                var type = compilation.GetTypeByMetadataName(id.Substring(2, dot - 2));
                Assert.True(type is not null, id + ": type not found");
                var methods = type!.GetMembers(id.Substring(dot + 1)).OfType<IMethodSymbol>().ToList();
                Assert.True(methods.Count > 0, id + ": no such method");
                Assert.All(methods, m => Assert.Equal(id, ApiKnowledge.KeyOf(m)));
            }
        }

        [Fact]
        public void StringIndexOf_IsNoMembershipTest()
        {
            var compilation = CSharpCompilation.Create("Rows", references: TestReferences.AspNetCoreReferences);
            var indexOf = compilation.GetSpecialType(SpecialType.System_String).GetMembers("IndexOf").OfType<IMethodSymbol>().First();
            Assert.Equal(ApiRole.None, ApiKnowledge.Embedded.RoleOf(indexOf));
        }

        [Theory]
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
