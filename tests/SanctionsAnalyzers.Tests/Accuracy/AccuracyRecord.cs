using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace SanctionsAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// The per-case record in docs/accuracy.md: one table per corpus between <c>&lt;!-- record:NAME --&gt;</c> markers,
    /// a row per case (case, expected, predicted, result). The ratchet: a case the record says passes must keep passing.
    /// </summary>
    internal static class AccuracyRecord
    {
        private static readonly Regex Row = new Regex(@"^\|\s*(?<case>\d[^|]*?\.cs)\s*\|\s*(?<expected>\w+)\s*\|\s*(?<predicted>\w+)\s*\|\s*(?<result>PASS|FAIL)\s*\|", RegexOptions.Multiline);

        public static string FilePath => Path.Combine(Infrastructure.TestEnvironment.RepoRoot, "docs", "accuracy.md");

        /// <summary>The recorded rows of a corpus: case name → (predicted, pass).</summary>
        public static IReadOnlyDictionary<string, (string Predicted, bool Pass)> Read(string corpus)
        {
            var section = Section(File.ReadAllText(FilePath), corpus, out _, out _);
            return Row.Matches(section).Cast<Match>().ToDictionary(
                m => m.Groups["case"].Value,
                m => (m.Groups["predicted"].Value, m.Groups["result"].Value == "PASS"),
                StringComparer.Ordinal);
        }

        /// <summary>Rewrites the corpus's section from the outcomes (SANCTIONS_ACCURACY_UPDATE=1).</summary>
        public static void Write(string corpus, IReadOnlyList<CaseOutcome> outcomes)
        {
            var text = File.ReadAllText(FilePath);
            Section(text, corpus, out var start, out var end);
            File.WriteAllText(FilePath, text.Substring(0, start) + Render(outcomes) + text.Substring(end));
        }

        public static string Render(IReadOnlyList<CaseOutcome> outcomes)
        {
            var builder = new StringBuilder("\n");
            builder.AppendLine(Totals(outcomes));
            builder.AppendLine();
            builder.AppendLine("| case | expected | predicted | result | diagnostics |");
            builder.AppendLine("|---|---|---|---|---|");
            foreach (var outcome in outcomes)
            {
                builder.AppendLine("| " + outcome.Case.Name + " | " + outcome.Case.Expected + " | " + outcome.Predicted + " | " + (outcome.Pass ? "PASS" : "FAIL") + " | " + outcome.IdSummary + " |");
            }

            return builder.ToString();
        }

        /// <summary>"pass 20/40 · warn recall 3/17 (17.6 %) · false warnings 0 · info recall 1/5 · crashes 0".</summary>
        public static string Totals(IReadOnlyList<CaseOutcome> outcomes)
        {
            var warn = outcomes.Where(o => o.Case.ExpectedClass == "warn").ToList();
            var info = outcomes.Where(o => o.Case.ExpectedClass == "info").ToList();
            var warnHits = warn.Count(o => o.Predicted == "warn");
            var falseWarn = outcomes.Count(o => o.Case.ExpectedClass == "none" && o.Predicted == "warn");
            return "pass " + outcomes.Count(o => o.Pass) + "/" + outcomes.Count
                + " · warn recall " + warnHits + "/" + warn.Count + " (" + (warn.Count == 0 ? 0 : 100.0 * warnHits / warn.Count).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %)"
                + " · false warnings " + falseWarn
                + " · info recall " + info.Count(o => o.Predicted == "info") + "/" + info.Count
                + " · crashes " + outcomes.Count(o => o.Crashes.Count > 0);
        }

        private static string Section(string text, string corpus, out int start, out int end)
        {
            var open = "<!-- record:" + corpus + " -->";
            var close = "<!-- /record:" + corpus + " -->";
            start = text.IndexOf(open, StringComparison.Ordinal);
            end = text.IndexOf(close, StringComparison.Ordinal);
            if (start < 0 || end < start)
            {
                throw new InvalidDataException(FilePath + " has no '" + open + "' … '" + close + "' section");
            }

            start += open.Length;
            return text.Substring(start, end - start);
        }
    }
}
