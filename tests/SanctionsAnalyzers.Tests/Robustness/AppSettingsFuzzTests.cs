using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Text;
using Xunit;
using Xunit.Abstractions;

namespace SanctionsAnalyzers.Tests.Robustness
{
    /// <summary>
    /// appsettings*.json files generated from a JSON grammar (comments and trailing commas included, as the runtime reads
    /// them), some with one defect on a known line: the analyzer reports exactly one SANC0001 in that file, at that
    /// line, and nothing for a valid file. Whether the analyzer's reader accepts what the runtime accepts is
    /// AppSettingsDifferentialTests' job; this is about the diagnostic and its location.
    /// </summary>
    public class AppSettingsFuzzTests
    {
        private const int Compilations = 30;
        private const int FilesPerCompilation = 20;

        private static readonly string[] KeyBases = { "Geo", "BlockedCountries", "Mode", "Ünïcode", "key with spaces", "quote\\\"d", "emoji😀", "Logging", "a.b", "A-B", "Ключ", "_" };

        private static readonly string[] Scalars =
        {
            "\"IR\"", "\"\\u00e4\\n\\t\\\"q\\\"\"", "\"Crimée\"", "\"\\ud83d\\ude00\"", "\"a\\/b\"", "\"\u200B zero width\"", "\"\u202E right-to-left\"",
            "\"line\u2028separator\"", "\"\"", "0", "-1", "1.5e3", "1E-2", "123456789012345678901234567890", "true", "false", "null", "\"UA-43\"",
        };

        private static readonly string[] BadValues = { "tru", "nul", "NaN", "undefined", "yes", "Infinity", "'single'", "01", "+1", ".5", "1.", "0x10", "-", "1e" };

        private readonly ITestOutputHelper _output;

        public AppSettingsFuzzTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public async Task EveryDefect_IsOneSanc0001AtItsLine_AndValidFilesAreSilent()
        {
            var random = new Random(20261203);
            var failures = new List<string>();
            var defects = new Dictionary<string, int>();
            for (var c = 0; c < Compilations; c++)
            {
                var files = Enumerable.Range(0, FilesPerCompilation).Select(f => Generate(random, "config/appsettings.Case" + c + "-" + f + ".json")).ToList();
                var run = await AnalyzerHarness.RunAsync(AnalyzerHarness.ConfigProject, AnalyzerHarness.Options(files.Select(f => EncodedText.File(f.Path, f.Text, f.Encoding))));
                failures.AddRange(run.Failures.Select(f => f.ToString()));
                foreach (var file in files)
                {
                    defects[file.Defect ?? "none"] = defects.TryGetValue(file.Defect ?? "none", out var n) ? n + 1 : 1;
                    failures.AddRange(CheckGrammar(file));
                    var reported = run.Located("SANC0001", file.Path).ToList();
                    var expected = file.DefectLine is { } line ? new[] { line } : Array.Empty<int>();
                    if (!reported.Select(d => d.Location.GetLineSpan().StartLinePosition.Line).SequenceEqual(expected))
                    {
                        failures.Add(file.Path + " (" + (file.Defect ?? "valid") + ", " + file.Encoding + "): expected SANC0001 at [" + string.Join(", ", expected) + "], got:\n"
                            + string.Join("\n", reported) + "\n" + file.Text);
                    }
                }
            }

            _output.WriteLine(Compilations * FilesPerCompilation + " files: " + string.Join(", ", defects.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => d.Key + " " + d.Value)));
            Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)) + "\n" + failures.Count + " failures");
        }

        // The generator's own labels, checked against System.Text.Json as the runtime configures it (duplicate keys are
        // the configuration binder's error, not the JSON reader's).
        private static IEnumerable<string> CheckGrammar(JsonFile file)
        {
            if (file.Defect == "duplicate-key")
            {
                yield break;
            }

            bool accepted;
            try
            {
                using var document = JsonDocument.Parse(file.Text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                accepted = true;
            }
            catch (JsonException)
            {
                accepted = false;
            }

            if (accepted != (file.Defect is null))
            {
                yield return "the grammar labels this file " + (file.Defect ?? "valid") + ", System.Text.Json " + (accepted ? "accepts" : "rejects") + " it:\n" + file.Text;
            }
        }

        private static JsonFile Generate(Random random, string path)
        {
            var lines = new List<string> { random.Next(4) == 0 ? "// generated" : "{" };
            if (lines[0] != "{")
            {
                lines.Add("{");
            }

            var scalarLines = new List<(int Line, string Key, List<string> EarlierSiblings)>();
            Members(random, lines, 1, scalarLines);
            lines.Add("}");

            string? defect = null;
            int? defectIndex = null;
            if (random.Next(2) == 0 && scalarLines.Count > 0)
            {
                var (index, key, siblings) = scalarLines[random.Next(scalarLines.Count)];
                (defect, lines[index]) = Defect(random, lines[index], key, siblings, lines.Skip(index + 1).Any(l => l.Contains("*/", StringComparison.Ordinal)));
                defectIndex = index;
            }

            var newline = new[] { "\n", "\r\n", "\r" }[random.Next(3)];
            var text = string.Join(newline, lines) + newline;

            // The line as the compiler counts them (a raw U+2028 in a string is a line break to it).
            int? defectLine = null;
            if (defectIndex is { } at)
            {
                var offset = lines.Take(at).Sum(l => l.Length + newline.Length) + (lines[at].Length - lines[at].TrimStart().Length);
                defectLine = SourceText.From(text).Lines.GetLineFromPosition(offset).LineNumber;
            }

            return new JsonFile(path, text, Pick(random, EncodedText.Faithful), defect, defectLine);
        }

        private static void Members(Random random, List<string> lines, int depth, List<(int, string, List<string>)> scalarLines)
        {
            var indent = new string(' ', depth * 2);
            var count = 1 + random.Next(6);
            var siblings = new List<string>();
            for (var i = 0; i < count; i++)
            {
                // Distinct keys, case-insensitively (configuration keys are), and no ':' (it separates configuration paths).
                var key = Pick(random, KeyBases) + i;
                var comma = i < count - 1 || random.Next(5) == 0 ? "," : string.Empty;
                if (random.Next(6) == 0)
                {
                    lines.Add(indent + (random.Next(2) == 0 ? "// about " + key : "/* about " + key + " */"));
                }

                switch (depth < 4 ? random.Next(10) : random.Next(6))
                {
                    case 6:
                    case 7:
                        lines.Add(indent + "\"" + key + "\": {");
                        Members(random, lines, depth + 1, scalarLines);
                        lines.Add(indent + "}" + comma);
                        break;
                    case 8:
                        lines.Add(indent + "\"" + key + "\": " + Pick(random, new[] { "{}", "[]", "{ }", "[ ]" }) + comma);
                        break;
                    case 9:
                    case 5:
                        lines.Add(indent + "\"" + key + "\": [ " + string.Join(", ", Enumerable.Range(0, random.Next(5)).Select(_ => Pick(random, Scalars))) + " ]" + comma);
                        break;
                    default:
                        scalarLines.Add((lines.Count, key, siblings.ToList()));
                        siblings.Add(key);
                        lines.Add(indent + "\"" + key + "\": " + Pick(random, Scalars) + comma);
                        break;
                }
            }
        }

        /// <summary>One defect on a line <c>"key": value[,]</c>, where the reader cannot go past it.</summary>
        private static (string Name, string Line) Defect(Random random, string line, string key, List<string> earlierSiblings, bool commentClosesLater)
        {
            var indent = line.Substring(0, line.Length - line.TrimStart().Length);
            var comma = line.EndsWith(",", StringComparison.Ordinal) ? "," : string.Empty;
            var quotedKey = "\"" + key + "\"";
            switch (random.Next(10))
            {
                case 0:
                    return ("bad-value", indent + quotedKey + ": " + Pick(random, BadValues) + comma);
                case 1:
                    return ("unquoted-key", indent + "Unquoted" + ": 1" + comma);
                case 2:
                    return ("missing-colon", indent + quotedKey + " 1" + comma);
                case 3:
                    return ("bad-escape", indent + quotedKey + ": \"a\\q\"" + comma);
                case 4:
                    return ("control-character", indent + quotedKey + ": \"a" + Pick(random, new[] { "\t", "\u0001", "\u001F" }) + "b\"" + comma);
                case 5 when earlierSiblings.Count > 0:
                    return ("duplicate-key", indent + "\"" + Pick(random, earlierSiblings).ToUpperInvariant() + "\": 2" + comma);
                case 6:
                    return ("unterminated-string", indent + quotedKey + ": \"never closed");
                case 7:
                    return ("double-comma", indent + quotedKey + ": 1,,");
                case 8:
                    return ("too-deep", indent + quotedKey + ": " + new string('[', 70));
                case 9 when !commentClosesLater:
                    return ("unterminated-comment", indent + quotedKey + ": 1" + comma + " /* never closed");
                default:
                    return ("bad-value", indent + quotedKey + ": " + Pick(random, BadValues) + comma);
            }
        }

        private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private sealed class JsonFile
        {
            public JsonFile(string path, string text, string encoding, string? defect, int? defectLine)
            {
                Path = path;
                Text = text;
                Encoding = encoding;
                Defect = defect;
                DefectLine = defectLine;
            }

            public string Path { get; }

            public string Text { get; }

            public string Encoding { get; }

            public string? Defect { get; }

            public int? DefectLine { get; }
        }
    }
}
