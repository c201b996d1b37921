using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SanctionsAnalyzers.Cli.Infrastructure;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>
    /// SARIF 2.1.0 (OASIS), written with System.Text.Json. Findings are results of kind "fail"; the inventories
    /// (SANC1100, SANC2001) are results of kind "informational" with level "none". Paths are relative to the root,
    /// through the uriBaseId SRCROOT.
    /// </summary>
    public static class SarifReportWriter
    {
        public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
        public const string RootBaseId = "SRCROOT";
        public const string InformationUri = "https://github.com/SanctionsAnalyzers/SanctionsAnalyzers";

        public static void Write(Report report, TextWriter writer)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                WriteLog(report, json);
            }

            writer.Write(Encoding.UTF8.GetString(stream.ToArray()));
            writer.WriteLine();
        }

        private static void WriteLog(Report report, Utf8JsonWriter w)
        {
            var results = report.Findings.Select(f => (Finding: f, Informational: false))
                .Concat((report.GeoBlocks ?? new List<Finding>()).Select(f => (Finding: f, Informational: true)))
                .Concat((report.Services ?? new List<Finding>()).Select(f => (Finding: f, Informational: true)))
                .ToList();

            // Every result's rule is in tool.driver.rules, with its index.
            var rules = report.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
            foreach (var finding in results.Select(r => r.Finding))
            {
                if (!rules.Any(r => r.Id == finding.RuleId))
                {
                    rules.Add(new RuleInfo { Id = finding.RuleId, Title = finding.Title, HelpUri = finding.HelpUri, Category = finding.Category ?? "", DefaultSeverity = finding.Level });
                }
            }

            rules = rules.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
            var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);

            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", report.Tool.Name);
            w.WriteString("fullName", "SanctionsAnalyzers command-line tool (" + report.Tool.Name + ")");
            w.WriteString("version", report.Tool.Version);
            w.WriteString("semanticVersion", report.Tool.Version);
            w.WriteString("informationUri", InformationUri);
            w.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                WriteRule(rule, w);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("invocations");
            w.WriteStartObject();
            // Incomplete and skipped projects are notifications too: the run did not see all of the code. A project skipped
            // by choice (a test project without --include-tests) is a note and leaves the run successful; an incomplete one
            // is a warning and does not.
            var unfinished = (report.Projects ?? new List<ProjectEntry>())
                .Where(p => p.Status is ProjectStatus.Incomplete or ProjectStatus.Skipped).ToList();
            var failed = report.Projects?.Any(p => p.Status is ProjectStatus.Failed or ProjectStatus.Incomplete) == true;
            w.WriteBoolean("executionSuccessful", report.Problems.Count == 0 && !failed);
            w.WriteNumber("exitCode", report.Summary.ExitCode);
            if (report.Problems.Count > 0 || unfinished.Count > 0)
            {
                w.WriteStartArray("toolExecutionNotifications");
                foreach (var problem in report.Problems)
                {
                    WriteNotification("error", problem.Message, problem.Path, w, writeProperties: () => w.WriteString("kind", problem.Kind));
                }

                foreach (var project in unfinished)
                {
                    WriteNotification(project.Status == ProjectStatus.Skipped ? "note" : "warning", project.Path + ": " + project.Status + ": " + project.Reason, project.Path, w, writeProperties: () =>
                    {
                        w.WriteString("kind", "project");
                        w.WriteString("status", project.Status);
                        if (project.CompilerErrors is int errors)
                        {
                            w.WriteNumber("compilerErrors", errors);
                        }

                        w.WriteNumber("unresolvedReferences", project.UnresolvedReferences?.Count ?? 0);
                    });
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndArray();

            w.WriteStartObject("originalUriBaseIds");
            w.WriteStartObject(RootBaseId);
            w.WriteString("uri", PathHelper.FolderUri(report.Root));
            w.WriteEndObject();
            w.WriteEndObject();

            w.WriteStartArray("results");
            foreach (var (finding, informational) in results)
            {
                WriteResult(finding, informational, ruleIndex[finding.RuleId], w);
            }

            w.WriteEndArray();
            w.WriteString("columnKind", "utf16CodeUnits");

            w.WriteStartObject("properties");
            w.WriteString("command", report.Command);
            w.WriteString("policyVersion", report.Tool.PolicyVersion);
            w.WriteString("analyzerVersion", report.Tool.AnalyzerVersion);
            w.WriteString("failOn", report.Summary.FailOn);
            w.WriteEndObject();

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void WriteRule(RuleInfo rule, Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", RuleName(rule.Title, rule.Id));
            WriteMessage("shortDescription", string.IsNullOrEmpty(rule.Title) ? rule.Id : rule.Title, w);
            if (!string.IsNullOrEmpty(rule.Description))
            {
                WriteMessage("fullDescription", rule.Description!, w);
            }

            if (!string.IsNullOrEmpty(rule.HelpUri))
            {
                w.WriteString("helpUri", rule.HelpUri);
            }

            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", SeverityLevels.SarifLevel(rule.DefaultSeverity));
            w.WriteBoolean("enabled", rule.EnabledByDefault);
            w.WriteEndObject();

            w.WriteStartObject("properties");
            w.WriteString("category", rule.Category);
            if (rule.Tags.Count > 0)
            {
                w.WriteStartArray("tags");
                foreach (var tag in rule.Tags.Distinct(StringComparer.Ordinal))
                {
                    w.WriteStringValue(tag);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WriteResult(Finding finding, bool informational, int ruleIndex, Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteString("ruleId", finding.RuleId);
            w.WriteNumber("ruleIndex", ruleIndex);
            if (informational)
            {
                w.WriteString("kind", "informational");
                w.WriteString("level", "none");
            }
            else
            {
                w.WriteString("level", SeverityLevels.SarifLevel(finding.Level));
            }

            WriteMessage("message", finding.Message, w);

            if (finding.Location is { } location && !string.IsNullOrEmpty(location.File))
            {
                w.WriteStartArray("locations");
                w.WriteStartObject();
                WritePhysicalLocation(location, w);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            WritePath(finding, w);

            w.WriteStartObject("properties");
            WriteOptional("project", finding.Project, w);
            WriteList("jurisdictions", finding.Jurisdictions, w);
            WriteList("categories", finding.Categories, w);
            WriteOptional("citation", finding.Citation, w);
            WriteOptional("verdict", finding.Verdict, w);
            WriteOptional("signal", finding.Signal, w);
            WriteOptional("signalKind", finding.SignalKind, w);
            WriteOptional("gateForm", finding.GateForm, w);
            WriteOptional("action", finding.Action, w);
            WriteOptional("feature", finding.Feature, w);
            WriteOptional("evidence", finding.Evidence, w);
            WriteOptional("policyVersion", finding.PolicyVersion, w);
            WriteOptional("confidence", finding.Confidence, w);
            if (finding.Properties is { Count: > 0 })
            {
                w.WriteStartObject("customProperties");
                foreach (var pair in finding.Properties)
                {
                    w.WriteString(pair.Key, pair.Value);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        /// <summary>
        /// A geo-block's path: its steps other than the test as related locations (each saying which step it is), and the
        /// whole path, signal to feature, as one code flow, which SARIF viewers step through.
        /// </summary>
        private static void WritePath(Finding finding, Utf8JsonWriter w)
        {
            var steps = (finding.Path ?? new List<PathStep>()).Where(s => s.Location is { File.Length: > 0 }).ToList();
            if (steps.Count < 2)
            {
                return;
            }

            w.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var step in steps.Where(s => s.Step != "test"))
            {
                w.WriteStartObject();
                w.WriteNumber("id", id++);
                WritePhysicalLocation(step.Location!, w);
                WriteMessage("message", step.Step, w);
                w.WriteEndObject();
            }

            w.WriteEndArray();

            w.WriteStartArray("codeFlows");
            w.WriteStartObject();
            w.WriteStartArray("threadFlows");
            w.WriteStartObject();
            w.WriteStartArray("locations");
            var order = 1;
            foreach (var step in steps)
            {
                w.WriteStartObject();
                w.WriteStartObject("location");
                WritePhysicalLocation(step.Location!, w);
                WriteMessage("message", step.Step, w);
                w.WriteEndObject();
                w.WriteStartArray("kinds");
                w.WriteStringValue(step.Step);
                w.WriteEndArray();
                w.WriteNumber("executionOrder", order++);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
        }

        private static void WriteNotification(string level, string message, string? path, Utf8JsonWriter w, Action writeProperties)
        {
            w.WriteStartObject();
            w.WriteString("level", level);
            WriteMessage("message", message, w);
            if (!string.IsNullOrEmpty(path))
            {
                w.WriteStartArray("locations");
                w.WriteStartObject();
                WritePhysicalLocation(new SourceLocation { File = path! }, w);
                w.WriteEndObject();
                w.WriteEndArray();
            }

            w.WriteStartObject("properties");
            writeProperties();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        private static void WritePhysicalLocation(SourceLocation location, Utf8JsonWriter w)
        {
            w.WriteStartObject("physicalLocation");
            w.WriteStartObject("artifactLocation");
            w.WriteString("uri", PathHelper.ToUriReference(location.File));
            if (!Path.IsPathRooted(location.File))
            {
                w.WriteString("uriBaseId", RootBaseId);
            }

            w.WriteEndObject();
            if (location.Line is int line)
            {
                w.WriteStartObject("region");
                w.WriteNumber("startLine", line);
                w.WriteNumber("startColumn", location.Column ?? 1);
                w.WriteNumber("endLine", location.EndLine ?? line);
                w.WriteNumber("endColumn", location.EndColumn ?? location.Column ?? 1);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        private static void WriteMessage(string name, string text, Utf8JsonWriter w)
        {
            w.WriteStartObject(name);
            w.WriteString("text", text);
            w.WriteEndObject();
        }

        private static void WriteOptional(string name, string? value, Utf8JsonWriter w)
        {
            if (!string.IsNullOrEmpty(value))
            {
                w.WriteString(name, value);
            }
        }

        private static void WriteList(string name, List<string>? values, Utf8JsonWriter w)
        {
            if (values is null)
            {
                return;
            }

            w.WriteStartArray(name);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }

        /// <summary>reportingDescriptor.name: the title in PascalCase ("OverBroadGeoBlockOfAnAuthorizedCommunicationService").</summary>
        internal static string RuleName(string title, string id)
        {
            var builder = new StringBuilder();
            foreach (var word in title.Split(new[] { ' ', '-', '(', ')', ',', '/', '.', ':', '\'' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = new string(word.Where(char.IsLetterOrDigit).ToArray());
                if (letters.Length > 0)
                {
                    builder.Append(char.ToUpperInvariant(letters[0])).Append(letters.Substring(1));
                }
            }

            return builder.Length == 0 ? id : builder.ToString();
        }
    }
}
