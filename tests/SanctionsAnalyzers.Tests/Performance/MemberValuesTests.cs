using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SanctionsAnalyzers.Detection;
using Xunit;

namespace SanctionsAnalyzers.Tests.Performance
{
    /// <summary>
    /// A list's values are read from its initializer's syntax when it holds only literals (binding a large table costs an
    /// overload resolution per entry) and from its operations otherwise. Either way they must be exactly what the
    /// operations say: the same strings at the same locations, named constants and enum members included.
    /// </summary>
    public class MemberValuesTests
    {
        public static IEnumerable<object[]> Initializers() => new[]
        {
            new object[] { "an array", @"static readonly string[] List = { ""US"", ""IR"", ""CU"" };" },
            new object[] { "a set with a comparer", @"static readonly HashSet<string> List = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ""fa-IR"", ""ar-IQ"" };" },
            new object[] { "a table with index initializers", @"static readonly Dictionary<string, string> List = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { [""IR""] = ""fa-IR"", [""US""] = ""en-US"" };" },
            new object[] { "a table with a qualified type", @"static readonly System.Collections.Generic.Dictionary<string, decimal> List = new System.Collections.Generic.Dictionary<string, decimal> { { ""DE"", 0.19m }, { ""IR"", 0.09m } };" },
            new object[] { "a named constant", @"const string Iran = ""IR""; static readonly string[] List = { Iran, ""CU"" };" },
            new object[] { "an enum member", @"enum Code { IR, CU } static readonly Code[] List = { Code.IR, Code.CU };" },
            new object[] { "an interpolated string", @"const string I = ""I""; static readonly string[] List = { $""{I}R"", ""CU"" };" },
            new object[] { "a raw string", "static readonly string[] List = { \"\"\"IR\"\"\", \"CU\" };" },
            new object[] { "a call", @"static readonly HashSet<string> List = new[] { ""IR"", ""CU"" }.ToHashSet(StringComparer.Ordinal);" },
        };

        [Theory]
        [MemberData(nameof(Initializers))]
        public void ValuesAreWhatTheOperationsSay(string what, string declarations)
        {
            var fixture = ScanFixture.Of("public class Lists { " + declarations + " }");
            var tree = fixture.Compilation.SyntaxTrees.Last();
            var model = fixture.Compilation.GetSemanticModel(tree);
            var variable = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single(v => v.Identifier.ValueText == "List");
            var field = (IFieldSymbol)model.GetDeclaredSymbol(variable)!;

            var expected = ValueResolver.ConstantsIn(model.GetOperation(variable.Initializer!.Value)!).Select(v => v.Value + "@" + v.Location.SourceSpan).ToList();
            var actual = fixture.Context.MemberValues(field, model)!.Values.Select(v => v.Value + "@" + v.Location.SourceSpan).ToList();

            Assert.True(expected.Count > 0, "The initializer of " + what + " holds no constant; the case tests nothing.");
            Assert.Equal(expected, actual);
        }
    }
}
