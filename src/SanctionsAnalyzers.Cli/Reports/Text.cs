using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace SanctionsAnalyzers.Cli.Reports
{
    internal static class Text
    {
        public static string Join(IEnumerable<string>? values, string separator = ", ") =>
            values is null ? "" : string.Join(separator, values.Where(v => !string.IsNullOrEmpty(v)));

        /// <summary>A Markdown table cell: pipes escaped, line breaks flattened.</summary>
        public static string Cell(string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return "";
            }

            var builder = new StringBuilder(value!.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '|':
                        builder.Append("\\|");
                        break;
                    case '\r':
                        break;
                    case '\n':
                        builder.Append(' ');
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// A path that fits in <paramref name="width"/> characters: shortened from the left with "…", at a '/' when one is
        /// near, so that the file name and line stay readable.
        /// </summary>
        public static string ShortenLeft(string? path, int width)
        {
            if (string.IsNullOrEmpty(path) || path!.Length <= width)
            {
                return path ?? "";
            }

            var tail = path.Substring(path.Length - (width - 1));
            var slash = tail.IndexOf('/');
            if (slash >= 0 && slash < tail.Length - 1)
            {
                tail = tail.Substring(slash);
            }

            return "…" + tail;
        }

        public static string Plural(int count, string singular, string? plural = null) =>
            count + " " + (count == 1 ? singular : plural ?? singular + "s");
    }
}
