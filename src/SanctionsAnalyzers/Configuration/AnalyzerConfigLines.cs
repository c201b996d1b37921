using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>
    /// The <c>sanctions_analyzers.*</c> lines of the project's <c>.globalconfig</c> / <c>.editorconfig</c> files. The
    /// compiler hands analyzers the merged key values without their file and line; the package's build targets also
    /// pass the files that mention the prefix as AdditionalFiles (SanctionsKind=AnalyzerConfig), so that a bad key is
    /// reported at its line.
    /// </summary>
    internal static class AnalyzerConfigLines
    {
        public const string Kind = "AnalyzerConfig";

        private static readonly char[] CommentStarts = { '#', ';' };

        /// <summary>One <c>key = value</c> line under the prefix.</summary>
        internal sealed class KeyLine
        {
            public KeyLine(string key, string value, string rawValue, Location location, string? section, bool isGlobalFile)
            {
                Key = key;
                Value = value;
                RawValue = rawValue;
                Location = location;
                Section = section;
                IsGlobalFile = isGlobalFile;
            }

            public string Key { get; }

            /// <summary>The value as the compiler reads it: up to the first <c>#</c> or <c>;</c>, which start a comment.</summary>
            public string Value { get; }

            /// <summary>Everything after the <c>=</c>, comment included.</summary>
            public string RawValue { get; }

            /// <summary>
            /// For a list-valued key (<c>identifiers.*</c>, <c>category.*</c>): the text after a <c>;</c>, which the compiler
            /// drops as a comment although it is most likely more entries (<c>chat; email</c>). A <c>#</c> comment is a comment.
            /// </summary>
            public string? CutOffEntries
            {
                get
                {
                    var rest = Key.Substring(PolicyOverrides.Prefix.Length);
                    var isList = rest.StartsWith("identifiers.", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("category.", StringComparison.OrdinalIgnoreCase);
                    var at = RawValue.IndexOfAny(CommentStarts);
                    var cut = isList && at >= 0 && RawValue[at] == ';' ? RawValue.Substring(at + 1).Trim() : string.Empty;
                    return cut.Length > 0 ? cut : null;
                }
            }

            public Location Location { get; }

            /// <summary>The <c>[section]</c> the line is in; null before the first section header.</summary>
            public string? Section { get; }

            /// <summary>A global config (<c>is_global = true</c>, or the file is named <c>.globalconfig</c>).</summary>
            public bool IsGlobalFile { get; }

            /// <summary>Only the global section of a global config reaches the project-wide options the analyzer reads.</summary>
            public bool IsRead => IsGlobalFile && Section is null;
        }

        public static bool IsAnalyzerConfig(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            if (options.GetOptions(file).TryGetValue(AppSettingsIndex.KindMetadataKey, out var kind))
            {
                return string.Equals(kind, Kind, StringComparison.OrdinalIgnoreCase);
            }

            var name = System.IO.Path.GetFileName(file.Path);
            return name.EndsWith(".globalconfig", StringComparison.OrdinalIgnoreCase) || name.Equals(".editorconfig", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The prefix lines of every analyzer config file among the AdditionalFiles.</summary>
        public static ImmutableArray<KeyLine> ReadAll(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var lines = ImmutableArray.CreateBuilder<KeyLine>();
            foreach (var file in options.AdditionalFiles)
            {
                if (IsAnalyzerConfig(file, options.AnalyzerConfigOptionsProvider) && file.GetText(cancellationToken) is { } text)
                {
                    lines.AddRange(Read(file.Path, text));
                }
            }

            return lines.ToImmutable();
        }

        /// <summary>Parses the file the way the compiler does: <c>#</c>/<c>;</c> comments, <c>[section]</c> headers, <c>key = value</c>.</summary>
        public static ImmutableArray<KeyLine> Read(string path, SourceText text)
        {
            var isGlobal = System.IO.Path.GetFileName(path).Equals(".globalconfig", StringComparison.OrdinalIgnoreCase);
            string? section = null;
            var found = ImmutableArray.CreateBuilder<(string Key, string Value, string RawValue, TextLine Line, string? Section)>();
            foreach (var line in text.Lines)
            {
                var content = line.ToString().Trim();
                if (content.Length == 0 || content[0] is '#' or ';')
                {
                    continue;
                }

                if (content[0] == '[' && content[content.Length - 1] == ']')
                {
                    section = content.Substring(1, content.Length - 2);
                    continue;
                }

                // As the compiler reads a property: "key = value" or "key: value", a '#' or ';' starts a comment.
                var separator = content.IndexOfAny(new[] { '=', ':' });
                if (separator <= 0)
                {
                    continue;
                }

                var key = content.Substring(0, separator).Trim();
                var rawValue = content.Substring(separator + 1).Trim();
                var comment = rawValue.IndexOfAny(CommentStarts);
                var value = (comment >= 0 ? rawValue.Substring(0, comment) : rawValue).Trim();
                if (section is null && key.Equals("is_global", StringComparison.OrdinalIgnoreCase))
                {
                    isGlobal = value.Equals("true", StringComparison.OrdinalIgnoreCase);
                }
                else if (key.StartsWith(PolicyOverrides.Prefix, StringComparison.OrdinalIgnoreCase))
                {
                    found.Add((key, value, rawValue, line, section));
                }
            }

            var lines = ImmutableArray.CreateBuilder<KeyLine>(found.Count);
            foreach (var (key, value, rawValue, line, lineSection) in found)
            {
                var span = TrimmedSpan(text, line);
                lines.Add(new KeyLine(key, value, rawValue, Location.Create(path, span, text.Lines.GetLinePositionSpan(span)), lineSection, isGlobal));
            }

            return lines.MoveToImmutable();
        }

        private static TextSpan TrimmedSpan(SourceText text, TextLine line)
        {
            var start = line.Start;
            var end = line.End;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            return TextSpan.FromBounds(start, end);
        }
    }
}
