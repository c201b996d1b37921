using System;
using System.Linq;
using System.Text.Json.Nodes;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    public static class SarifAssert
    {
        /// <summary>Schema-valid, and what the schema cannot say: rule indexes, relative URIs under SRCROOT, inventory kinds.</summary>
        public static JsonObject Valid(string sarif)
        {
            var errors = SarifSchema.Validate(sarif);
            Assert.True(errors is null, "SARIF is not valid against the 2.1.0 schema:" + Environment.NewLine + errors);

            var log = JsonNode.Parse(sarif)!.AsObject();
            Assert.Equal("2.1.0", log["version"]!.GetValue<string>());
            var run = log["runs"]!.AsArray().Single()!.AsObject();
            var driver = run["tool"]!["driver"]!.AsObject();
            Assert.Equal("dotnet-sanctions", driver["name"]!.GetValue<string>());
            var rules = driver["rules"]!.AsArray().Select(r => r!.AsObject()).ToList();
            Assert.Equal(rules.Count, rules.Select(r => r["id"]!.GetValue<string>()).Distinct().Count());
            foreach (var rule in rules)
            {
                Assert.False(string.IsNullOrEmpty(rule["name"]?.GetValue<string>()));
                Assert.False(string.IsNullOrEmpty(rule["shortDescription"]?["text"]?.GetValue<string>()));
                Assert.False(string.IsNullOrEmpty(rule["helpUri"]?.GetValue<string>()));
                Assert.StartsWith("Sanctions.", rule["properties"]!["category"]!.GetValue<string>(), StringComparison.Ordinal);
            }

            var rootUri = run["originalUriBaseIds"]!["SRCROOT"]!["uri"]!.GetValue<string>();
            Assert.StartsWith("file:///", rootUri, StringComparison.Ordinal);
            Assert.EndsWith("/", rootUri, StringComparison.Ordinal);

            foreach (var result in run["results"]!.AsArray().Select(r => r!.AsObject()))
            {
                var ruleId = result["ruleId"]!.GetValue<string>();
                var index = result["ruleIndex"]!.GetValue<int>();
                Assert.Equal(ruleId, rules[index]["id"]!.GetValue<string>());
                var inventory = ruleId is "SANC1100" or "SANC2001";
                Assert.Equal(inventory ? "informational" : null, result["kind"]?.GetValue<string>());
                if (inventory)
                {
                    Assert.Equal("none", result["level"]!.GetValue<string>());
                }

                foreach (var location in result["locations"]?.AsArray() ?? new JsonArray())
                {
                    var artifact = location!["physicalLocation"]!["artifactLocation"]!;
                    var uri = artifact["uri"]!.GetValue<string>();
                    Assert.False(uri.StartsWith("/", StringComparison.Ordinal), uri);
                    Assert.False(uri.Contains('\\'), uri);
                    Assert.Equal("SRCROOT", artifact["uriBaseId"]?.GetValue<string>());
                }
            }

            return run;
        }
    }
}
