using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    /// <summary>
    /// Validates SARIF logs against Schemas/sarif-2.1.0-subset.schema.json (JsonSchema.Net, formats checked). The official
    /// schema cannot be downloaded at test time and no package here ships it (Sarif.Sdk is not served), so that file
    /// restates the official 2.1.0 constraints for every object the tool writes; see its description.
    /// </summary>
    public static class SarifSchema
    {
        private static readonly Lazy<JsonSchema> Schema = new Lazy<JsonSchema>(() =>
        {
            using var stream = typeof(SarifSchema).Assembly.GetManifestResourceStream("sarif-2.1.0-subset.schema.json")!;
            using var reader = new StreamReader(stream);
            return JsonSchema.FromText(reader.ReadToEnd());
        });

        /// <summary>Null when valid, else the errors.</summary>
        public static string? Validate(string sarif)
        {
            using var document = JsonDocument.Parse(sarif);
            var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            if (results.IsValid)
            {
                return null;
            }

            return string.Join(Environment.NewLine, (results.Details ?? new System.Collections.Generic.List<EvaluationResults>())
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Key + ": " + e.Value)));
        }
    }
}
