using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using SanctionsAnalyzers.Tests.Infrastructure;
using Xunit;

namespace SanctionsAnalyzers.Tests
{
    /// <summary>Broken, truncated and odd code never crashes the analyzer (no AD0001), and results are deterministic.</summary>
    public class RobustnessTests
    {
        private const string Seed = @"
public static class Geo { public static readonly string[] Blocked = { ""IR"", ""SY"", ""UA-14"" }; public static bool IsBlocked(string c) => Blocked.Contains(c); }
public class ChatHub : Hub
{
    private readonly IGeoIP2DatabaseReader _geo = null!;
    public async Task Send(string message, string phone)
    {
        var http = Context.GetHttpContext()!;
        var country = _geo.Country(""1.2.3.4"").Country?.IsoCode ?? http.Request.Headers[""CF-IPCountry""].ToString();
        if (country is ""IR"" or ""CU"") { Context.Abort(); return; }
        if (Geo.IsBlocked(country)) throw new HubException(""blocked"");
        switch (country) { case ""SY"": Context.Abort(); return; case ""UA-14"": return; }
        if (phone.StartsWith(""+98"")) { Context.Abort(); return; }
        await Clients.All.SendAsync(""m"", message);
    }
}
public class MailController : ControllerBase
{
    [HttpPost(""/mail"")]
    public async Task<IActionResult> Send(string to)
    {
        var country = Request.Headers[""CF-IPCountry""].ToString();
        if (country != ""IR"") { await new System.Net.Mail.SmtpClient(""h"").SendMailAsync(""a@b.c"", to, ""s"", ""b""); return Ok(); }
        return country switch { ""IR"" => Forbid(), _ => StatusCode(451) };
    }
}";

        /// <summary>Truncations and token deletions of a realistic source; every variant must analyse without AD0001.</summary>
        public static IEnumerable<object[]> Mutations()
        {
            var random = new Random(20261128);
            var variants = new List<string>();
            for (var cut = 40; cut < Seed.Length; cut += 97)
            {
                variants.Add(Seed.Substring(0, cut));
            }

            var tokens = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Seed).GetRoot().DescendantTokens().ToList();
            for (var i = 0; i < 40; i++)
            {
                var token = tokens[random.Next(tokens.Count)];
                variants.Add(Seed.Remove(token.SpanStart, token.Span.Length));
            }

            for (var i = 0; i < 20; i++)
            {
                var position = random.Next(Seed.Length);
                variants.Add(Seed.Insert(position, new[] { "(", "}", "\"", "?.", "==", "!", "switch", "=>", "#if", "@\"" }[i % 10]));
            }

            return variants.Select((v, i) => new object[] { i, v });
        }

        [Theory]
        [MemberData(nameof(Mutations))]
        public async Task MutatedSource_NeverThrows(int variant, string source)
        {
            _ = variant;
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        [Fact]
        public async Task HugeMethodWithManyGates_IsAnalysedQuickly()
        {
            var body = new StringBuilder();
            for (var i = 0; i < 2000; i++)
            {
                body.Append("        if (country == \"C").Append(i).Append("\" || country == \"IR\") { Context.Abort(); return; }\n");
            }

            var source = "public class BigHub : Hub { public async Task Send(string m) { var country = Context.GetHttpContext()!.Request.Headers[\"CF-IPCountry\"].ToString();\n"
                + body + " await Clients.All.SendAsync(\"m\", m); } }";
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            Assert.Equal(2000, diagnostics.Count(d => d.Id == "SANC1001"));
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), "took " + watch.Elapsed);
        }

        [Fact]
        public async Task DeeplyNestedConditions_DoNotOverflow()
        {
            var condition = string.Concat(Enumerable.Repeat("(", 300)) + "country == \"IR\"" + string.Concat(Enumerable.Repeat(" || country == \"KP\")", 300));
            var source = "public class DeepHub : Hub { public void Send() { var country = Context.GetHttpContext()!.Request.Headers[\"CF-IPCountry\"].ToString(); if (" + condition + ") Context.Abort(); } }";
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile(source));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        }

        [Fact]
        public async Task GeneratedCode_IsAnalysedToo()
        {
            var diagnostics = await AnalyzerRun.DiagnosticsAsync(AnalyzerRun.Compile("// <auto-generated/>\n" + Seed));
            Assert.Contains(diagnostics, d => d.Id == "SANC1001");
        }

        [Fact]
        public async Task ConcurrentRuns_AreIdentical()
        {
            var compilation = AnalyzerRun.Compile(Seed);
            var first = Describe(await AnalyzerRun.DiagnosticsAsync(compilation, concurrent: true));
            Assert.Contains("SANC1001", first);
            for (var i = 0; i < 20; i++)
            {
                Assert.Equal(first, Describe(await AnalyzerRun.DiagnosticsAsync(compilation, concurrent: true)));
            }

            Assert.Equal(first, Describe(await AnalyzerRun.DiagnosticsAsync(compilation, concurrent: false)));
        }

        private static string Describe(IEnumerable<Diagnostic> diagnostics) =>
            string.Join("\n", diagnostics.Select(d => d.Id + " " + d.Location.GetLineSpan() + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)
                + " " + string.Join(";", d.Properties.OrderBy(p => p.Key).Select(p => p.Key + "=" + p.Value))));
    }
}
