using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>
    /// One sorted file per project and rule: <c>&lt;root&gt;/&lt;Project&gt;/&lt;RuleId&gt;.txt</c>, one issue per line, '\n' line ends.
    /// A rule with no issue in a project has no file.
    /// </summary>
    internal static class ExpectedFiles
    {
        public static IReadOnlyDictionary<string, IReadOnlyList<string>> Group(IEnumerable<RulingIssue> issues) =>
            issues.GroupBy(i => i.RuleId, StringComparer.Ordinal)
                  .OrderBy(g => g.Key, StringComparer.Ordinal)
                  .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(i => i).Select(i => i.ToString()).ToList(), StringComparer.Ordinal);

        /// <summary>The rule files of a project folder, by rule id (file name without .txt).</summary>
        public static IReadOnlyDictionary<string, IReadOnlyList<string>> Read(string projectFolder)
        {
            var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (!Directory.Exists(projectFolder))
            {
                return files;
            }

            foreach (var path in Directory.EnumerateFiles(projectFolder, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
            {
                var lines = File.ReadAllText(path).Replace("\r\n", "\n").Split('\n').Where(l => l.Length > 0).ToList();
                files[Path.GetFileNameWithoutExtension(path)] = lines;
            }

            return files;
        }

        /// <summary>Makes the folder hold exactly these files: writes each rule file, deletes the others.</summary>
        public static void Write(string projectFolder, IReadOnlyDictionary<string, IReadOnlyList<string>> files)
        {
            if (files.Count == 0)
            {
                if (Directory.Exists(projectFolder))
                {
                    Directory.Delete(projectFolder, recursive: true);
                }

                return;
            }

            Directory.CreateDirectory(projectFolder);
            foreach (var stale in Directory.EnumerateFiles(projectFolder).Where(p => !files.ContainsKey(Path.GetFileNameWithoutExtension(p)) || !p.EndsWith(".txt", StringComparison.Ordinal)))
            {
                File.Delete(stale);
            }

            foreach (var (rule, lines) in files)
            {
                var text = new StringBuilder();
                foreach (var line in lines)
                {
                    text.Append(line).Append('\n');
                }

                var path = Path.Combine(projectFolder, rule + ".txt");
                if (!File.Exists(path) || File.ReadAllText(path) != text.ToString())
                {
                    File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
                }
            }
        }

        /// <summary>
        /// A unified-style diff of every rule file of a project: "--- expected/P/R.txt", "+++ actual/P/R.txt", then
        /// the removed (-) and added (+) lines in file order. Empty when they match.
        /// </summary>
        public static string Diff(string project, IReadOnlyDictionary<string, IReadOnlyList<string>> expected, IReadOnlyDictionary<string, IReadOnlyList<string>> actual)
        {
            var text = new StringBuilder();
            foreach (var rule in expected.Keys.Union(actual.Keys).OrderBy(r => r, StringComparer.Ordinal))
            {
                var before = expected.TryGetValue(rule, out var e) ? e : Array.Empty<string>();
                var after = actual.TryGetValue(rule, out var a) ? a : Array.Empty<string>();
                var lines = DiffLines(before, after);
                if (lines.Count == 0)
                {
                    continue;
                }

                var removed = lines.Count(l => l[0] == '-');
                var added = lines.Count(l => l[0] == '+');
                text.Append("--- ").Append(before.Count == 0 ? "/dev/null" : "expected/" + project + "/" + rule + ".txt").Append('\n');
                text.Append("+++ ").Append(after.Count == 0 ? "/dev/null" : "actual/" + project + "/" + rule + ".txt").Append('\n');
                text.Append("@@ ").Append(rule).Append(": ").Append(removed).Append(" removed, ").Append(added).Append(" added @@\n");
                foreach (var line in lines)
                {
                    text.Append(line).Append('\n');
                }
            }

            return text.ToString();
        }

        /// <summary>Removed and added lines from a longest-common-subsequence alignment (the files are small).</summary>
        private static List<string> DiffLines(IReadOnlyList<string> before, IReadOnlyList<string> after)
        {
            var n = before.Count;
            var m = after.Count;
            var common = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                {
                    common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
                }
            }

            var lines = new List<string>();
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && before[x] == after[y])
                {
                    x++;
                    y++;
                }
                else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
                {
                    lines.Add("-" + before[x++]);
                }
                else
                {
                    lines.Add("+" + after[y++]);
                }
            }

            return lines;
        }
    }
}
