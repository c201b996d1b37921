using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = SanctionsAnalyzers.Tests.Infrastructure.CodeFixVerifier<SanctionsAnalyzers.CodeFixes.LetFeatureThroughCodeFixProvider>;

namespace SanctionsAnalyzers.Tests.CodeFixes
{
    /// <summary>
    /// "Let this feature through the gate" changes who is blocked only for the authorized jurisdictions: each
    /// condition below is fixed by the code fix, then the condition before and after is compiled and run for many
    /// values. The authorized jurisdictions are let through; every other value gets the same answer as before.
    /// </summary>
    public class LetFeatureThroughBehaviourTests
    {
        private const string Id = "SANC1001";

        private static readonly string[] Values =
        {
            "IR", "IRN", "364", "Iran", "iran", "Islamic Republic of Iran", "CU", "CUB", "Cuba", "KP", "PRK", "North Korea",
            "SY", "SD", "UA-43", "US", "DE", "FR", "", "XX",
        };

        /// <summary>The condition as written (the diagnostic marked), as fixed, and the values the fix lets through.</summary>
        public static TheoryData<string, string, string> Conditions => new TheoryData<string, string, string>
        {
            { @"{|SANC1001:country is ""IR"" or ""KP""|}", @"country is ""KP""", "IR" },
            { @"{|SANC1001:country is ""KP"" or ""CU"" or ""IR""|}", @"country is ""KP""", "IR,CU" },
            { @"{|SANC1001:country == ""IR"" || country == ""KP"" || country == ""Cuba""|}", @"country == ""KP""", "IR,Cuba" },
            { @"!({|SANC1001:country != ""IR"" && country != ""KP""|})", @"!(country != ""KP"")", "IR" },
            { @"country.Length == 5 || {|SANC1001:country == ""IR""|}", @"country.Length == 5", "IR" },
            { @"{|SANC1001:string.Equals(country, ""iran"", StringComparison.OrdinalIgnoreCase) || country is ""PRK"" or ""KP""|}", @"country is ""PRK"" or ""KP""", "Iran,iran" },
            { @"{|SANC1001:country?.Equals(""IR"") == true || country == ""KP""|}", @"country == ""KP""", "IR" },
            { @"{|SANC1001:string.Compare(country, ""CUB"", StringComparison.OrdinalIgnoreCase) == 0 || country is ""IR"" or ""IRN"" or ""PRK""|}", @"country is ""PRK""", "CUB,IR,IRN" },
        };

        private static string Hub(string condition) => @"
public class ChatHub : Hub
{
    public async Task SendMessage(string user, string message)
    {
        var country = Context.GetHttpContext()!.Request.Headers[""CF-IPCountry""].ToString();
        if (CONDITION) { Context.Abort(); return; }
        await Clients.All.SendAsync(""ReceiveMessage"", user, message);
    }
}".Replace("CONDITION", condition);

        [Theory]
        [MemberData(nameof(Conditions))]
        public async Task TheFixWritesTheNarrowerCondition(string written, string fixedCondition, string letThrough)
        {
            _ = letThrough;
            await Verify.VerifyAsync(Id, Hub(written), Hub(fixedCondition));
        }

        [Theory]
        [MemberData(nameof(Conditions))]
        public void OnlyTheAuthorizedJurisdictionsGoThrough(string written, string fixedCondition, string letThrough)
        {
            var before = Compile(written.Replace("{|SANC1001:", string.Empty).Replace("|}", string.Empty));
            var after = Compile(fixedCondition);
            var through = letThrough.Split(',');
            foreach (var value in Values)
            {
                if (through.Contains(value))
                {
                    Assert.True(before(value), "'" + value + "' was not blocked before the fix");
                    Assert.False(after(value), "'" + value + "' is still blocked after the fix");
                }
                else
                {
                    Assert.True(before(value) == after(value), "the fix changed the outcome for '" + value + "'");
                }
            }
        }

        private static Func<string, bool> Compile(string condition)
        {
            var source = "using System; public static class Gate { public static bool Blocks(string country) => " + condition + "; }";
            var compilation = CSharpCompilation.Create(
                "Gate" + Guid.NewGuid().ToString("N"),
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                TestReferences.CoreReferences,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
            var method = Assembly.Load(stream.ToArray()).GetType("Gate")!.GetMethod("Blocks")!;
            return value => (bool)method.Invoke(null, new object[] { value })!;
        }
    }
}
