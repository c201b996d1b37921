using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    /// <summary>Reading the JSON report (schemaVersion 1) in assertions.</summary>
    public static class ReportJson
    {
        public static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();

        public static IEnumerable<JsonObject> Items(JsonObject report, string property) =>
            report[property] is JsonArray array ? array.Select(n => n!.AsObject()) : Enumerable.Empty<JsonObject>();

        public static string? Str(JsonNode? node, string property) => node?[property]?.GetValue<string>();

        public static string File(JsonObject finding) => finding["location"]?["file"]?.GetValue<string>() ?? "";

        public static List<string> List(JsonObject finding, string property) =>
            finding[property] is JsonArray array ? array.Select(n => n!.GetValue<string>()).ToList() : new List<string>();

        /// <summary>"SANC1001 Hubs/ChatHub.cs" for each finding.</summary>
        public static List<string> RuleAndFile(JsonObject report, string property = "findings") =>
            Items(report, property).Select(f => Str(f, "ruleId") + " " + File(f)).OrderBy(s => s, System.StringComparer.Ordinal).ToList();

        public static JsonElement Element(string json) => JsonDocument.Parse(json).RootElement.Clone();
    }
}
