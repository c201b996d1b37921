using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>The JSON report: <see cref="Report"/> in camelCase, schemaVersion 1 (docs/cli.md).</summary>
    public static class JsonReportWriter
    {
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static void Write(Report report, TextWriter writer)
        {
            writer.Write(JsonSerializer.Serialize(report, Options));
            writer.WriteLine();
        }
    }
}
