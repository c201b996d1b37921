using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace SanctionsAnalyzers.Tests.Accuracy
{
    /// <summary>
    /// One evaluation case: <c>NN_name.cs</c> with an <c>// expect: warn|info|ok|none reason</c> header, and optionally a
    /// folder of the same name whose files are passed as AdditionalFiles (the format of ../shared/tools/case-eval).
    /// </summary>
    internal sealed class CorpusCase
    {
        private CorpusCase(string path, string expected, string packages, string text)
        {
            Path = path;
            Expected = expected;
            Packages = packages;
            Text = text;
        }

        public string Path { get; }

        public string Name => System.IO.Path.GetFileName(Path);

        /// <summary>warn, info or none ("ok" is scored as none: no SANC1001/1002/1003 either way).</summary>
        public string Expected { get; }

        /// <summary>The verdict class the analyzer must predict: ok and none both mean silence.</summary>
        public string ExpectedClass => Expected == "ok" ? "none" : Expected;

        public string Packages { get; }

        public string Text { get; }

        public static IReadOnlyList<CorpusCase> LoadFolder(string folder) =>
            Directory.GetFiles(folder, "*.cs")
                .Where(file => char.IsDigit(System.IO.Path.GetFileName(file)[0]))
                .OrderBy(file => file, StringComparer.Ordinal)
                .Select(Load)
                .ToList();

        public static CorpusCase Load(string path)
        {
            var text = File.ReadAllText(path);
            string? expect = null, packages = null;
            foreach (var line in text.Split('\n').Take(15).Select(l => l.Trim()))
            {
                if (expect is null && line.StartsWith("// expect:", StringComparison.OrdinalIgnoreCase))
                {
                    expect = line.Substring("// expect:".Length).Trim();
                }
                else if (packages is null && line.StartsWith("// packages:", StringComparison.OrdinalIgnoreCase))
                {
                    packages = line.Substring("// packages:".Length).Trim();
                }
            }

            var verdict = expect?.Split(' ')[0].ToLowerInvariant();
            if (verdict is not ("warn" or "info" or "ok" or "none"))
            {
                throw new InvalidDataException(path + ": no '// expect: warn|info|ok|none' header in its first 15 lines");
            }

            return new CorpusCase(path, verdict, packages ?? string.Empty, text);
        }

        /// <summary>Whether the case needs the assembly: named in its packages header or imported by a using directive.</summary>
        public bool Mentions(string assemblyName) =>
            Regex.IsMatch(Packages, @"(^|[^\w.])" + Regex.Escape(assemblyName) + @"([^\w]|$)")
            || Regex.IsMatch(Text, @"^\s*using\s+(static\s+)?" + Regex.Escape(assemblyName) + @"\s*[;.]", RegexOptions.Multiline);

        /// <summary>Files in the folder named after the case (appsettings.json, ranges files), sorted.</summary>
        public IEnumerable<string> AdditionalFiles()
        {
            var folder = System.IO.Path.ChangeExtension(Path, null);
            return Directory.Exists(folder)
                ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal)
                : Enumerable.Empty<string>();
        }
    }
}
