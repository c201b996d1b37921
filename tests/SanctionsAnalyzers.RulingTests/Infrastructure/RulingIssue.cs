using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>One SANC result of a SARIF 2.1 log, normalised: <c>file(line,col): ruleId: message</c>.</summary>
    internal sealed class RulingIssue : IComparable<RulingIssue>
    {
        public RulingIssue(string file, int line, int column, string ruleId, string message)
        {
            File = file;
            Line = line;
            Column = column;
            RuleId = ruleId;
            Message = message;
        }

        /// <summary>Path relative to the project folder, with forward slashes; empty for a diagnostic without a location.</summary>
        public string File { get; }

        public int Line { get; }

        public int Column { get; }

        public string RuleId { get; }

        public string Message { get; }

        public override string ToString() =>
            (File.Length == 0 ? "(no location)" : File + "(" + Line + "," + Column + ")") + ": " + RuleId + ": " + Message;

        /// <summary>By file (ordinal), then line and column as numbers, then rule and message.</summary>
        public int CompareTo(RulingIssue? other)
        {
            if (other is null)
            {
                return 1;
            }

            var result = string.CompareOrdinal(File, other.File);
            if (result == 0) result = Line.CompareTo(other.Line);
            if (result == 0) result = Column.CompareTo(other.Column);
            if (result == 0) result = string.CompareOrdinal(RuleId, other.RuleId);
            if (result == 0) result = string.CompareOrdinal(Message, other.Message);
            return result;
        }

        /// <summary>The SANC results of a compiler error log (SARIF 2.1), sorted.</summary>
        public static IReadOnlyList<RulingIssue> ReadSarif(string sarifPath, string projectDirectory)
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(sarifPath));
            var issues = new List<RulingIssue>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (!run.TryGetProperty("results", out var results))
                {
                    continue;
                }

                foreach (var result in results.EnumerateArray())
                {
                    var ruleId = result.TryGetProperty("ruleId", out var id) ? id.GetString() ?? string.Empty : string.Empty;
                    if (!ruleId.StartsWith("SANC", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var message = result.TryGetProperty("message", out var m) && m.TryGetProperty("text", out var text)
                        ? OneLine(text.GetString() ?? string.Empty)
                        : string.Empty;

                    var (file, line, column) = Location(result, projectDirectory);
                    issues.Add(new RulingIssue(file, line, column, ruleId, message));
                }
            }

            issues.Sort();
            return issues;
        }

        /// <summary>The rule ids the log's tool section describes: proof that the analyzer was loaded.</summary>
        public static IReadOnlyList<string> DescribedRules(string sarifPath)
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(sarifPath));
            var ids = new List<string>();
            foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
            {
                if (run.TryGetProperty("tool", out var tool) && tool.TryGetProperty("driver", out var driver) && driver.TryGetProperty("rules", out var rules))
                {
                    ids.AddRange(rules.EnumerateArray().Select(r => r.TryGetProperty("id", out var rid) ? rid.GetString() ?? string.Empty : string.Empty));
                }
            }

            return ids;
        }

        private static (string File, int Line, int Column) Location(JsonElement result, string projectDirectory)
        {
            if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0
                || !locations[0].TryGetProperty("physicalLocation", out var physical)
                || !physical.TryGetProperty("artifactLocation", out var artifact)
                || !artifact.TryGetProperty("uri", out var uri))
            {
                return (string.Empty, 0, 0);
            }

            var path = uri.GetString() ?? string.Empty;
            if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.IsFile)
            {
                path = absolute.LocalPath;
            }

            if (Path.IsPathRooted(path))
            {
                path = Path.GetRelativePath(projectDirectory, path);
            }

            path = path.Replace('\\', '/');

            var line = 0;
            var column = 0;
            if (physical.TryGetProperty("region", out var region))
            {
                line = region.TryGetProperty("startLine", out var l) ? l.GetInt32() : 0;
                column = region.TryGetProperty("startColumn", out var c) ? c.GetInt32() : 0;
            }

            return (path, line, column);
        }

        private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
    }
}
