using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.CodeFixes.Editing
{
    /// <summary>One waiver to record: the rule and the member (or file) it covers.</summary>
    internal readonly struct WaiverEntry : IEquatable<WaiverEntry>
    {
        public WaiverEntry(string rule, string target)
        {
            Rule = rule;
            Target = target;
        }

        public string Rule { get; }

        public string Target { get; }

        /// <summary>The line the "Record a waiver" fix writes: the reason, owner and expiry are left for a person to fill.</summary>
        public string Line => Rule + " ; " + Target + " ; " + WaiverFile.Placeholder + " ; " + WaiverFile.Placeholder + " ; " + WaiverFile.Placeholder;

        public bool Equals(WaiverEntry other) =>
            string.Equals(Rule, other.Rule, StringComparison.OrdinalIgnoreCase) && string.Equals(Target, other.Target, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is WaiverEntry other && Equals(other);

        public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Rule) ^ StringComparer.Ordinal.GetHashCode(Target);
    }

    /// <summary>
    /// The project's waiver file (docs/waivers.md): an AdditionalFile named <c>SanctionsWaivers.txt</c> or
    /// <c>*.SanctionsWaivers.txt</c>, one <c>rule ; target ; reason ; owner ; expires</c> line per waiver.
    /// </summary>
    internal static class WaiverFile
    {
        public const string FileName = "SanctionsWaivers.txt";
        public const string Placeholder = "TODO";

        private const string Header =
            "// SanctionsAnalyzers waivers (docs/waivers.md), one per line: rule ; target ; reason ; owner ; expires (yyyy-MM-dd)\n"
            + "// reason: legal-review, blocked-persons, controlled-item, commercial-connectivity, contractual or false-positive\n";

        /// <summary>The waiver that covers a diagnostic: its rule and the documentation ID of the member that holds it.</summary>
        public static async Task<WaiverEntry?> EntryForAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            if (!diagnostic.Location.IsInSource)
            {
                return null;
            }

            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            var symbol = model?.GetEnclosingSymbol(diagnostic.Location.SourceSpan.Start, cancellationToken);
            while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            {
                symbol = symbol.ContainingSymbol;
            }

            // Waivers name methods, properties or types (M:, P:, T:): a gate in a field initializer is waived on its type.
            string? id = null;
            for (var current = symbol; current is not null and not INamespaceSymbol && id is null; current = current.ContainingSymbol)
            {
                var candidate = current.GetDocumentationCommentId();
                if (candidate is not null && (candidate.StartsWith("M:", StringComparison.Ordinal) || candidate.StartsWith("P:", StringComparison.Ordinal) || candidate.StartsWith("T:", StringComparison.Ordinal)))
                {
                    id = candidate;
                }
            }

            return new WaiverEntry(diagnostic.Id, id ?? "path:" + RelativePath(document));
        }

        /// <summary>The waiver file the project already has, if any: <c>SanctionsWaivers.txt</c> first.</summary>
        public static TextDocument? Find(Project project) =>
            project.AdditionalDocuments
                .Where(d => IsWaiverFile(d.Name))
                .OrderBy(d => string.Equals(d.Name, FileName, StringComparison.OrdinalIgnoreCase) ? 0 : 1)
                .ThenBy(d => d.FilePath ?? d.Name, StringComparer.Ordinal)
                .FirstOrDefault();

        public static bool IsWaiverFile(string name) =>
            string.Equals(name, FileName, StringComparison.OrdinalIgnoreCase) || name.EndsWith("." + FileName, StringComparison.OrdinalIgnoreCase);

        /// <summary>The waivers (rule and target) a waiver file already lists, filled in or not.</summary>
        public static HashSet<WaiverEntry> Entries(SourceText text)
        {
            var entries = new HashSet<WaiverEntry>();
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var comment = content.IndexOf("//", StringComparison.Ordinal);
                var fields = (comment >= 0 ? content.Substring(0, comment) : content).Split(';');
                if (fields.Length >= 2 && fields[0].Trim().Length > 0)
                {
                    entries.Add(new WaiverEntry(fields[0].Trim(), fields[1].Trim()));
                }
            }

            return entries;
        }

        /// <summary>True when the project's waiver file already lists this waiver.</summary>
        public static async Task<bool> ContainsAsync(Project project, WaiverEntry entry, CancellationToken cancellationToken)
        {
            var file = Find(project);
            return file is not null && Entries(await file.GetTextAsync(cancellationToken).ConfigureAwait(false)).Contains(entry);
        }

        /// <summary>
        /// Appends the waivers the file does not list yet, in one edit; creates the file (an AdditionalFile in the
        /// project folder) when the project has none. <paramref name="newLine"/> is used for a new file only.
        /// </summary>
        public static async Task<Solution> AppendAsync(Solution solution, ProjectId projectId, IEnumerable<WaiverEntry> entries, string newLine, CancellationToken cancellationToken)
        {
            var project = solution.GetProject(projectId);
            if (project is null)
            {
                return solution;
            }

            var file = Find(project);
            var existing = file is null ? null : await file.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var known = existing is null ? new HashSet<WaiverEntry>() : Entries(existing);
            var lines = entries.Where(known.Add).Select(e => e.Line).ToList();
            if (lines.Count == 0)
            {
                return solution;
            }

            if (file is null || existing is null)
            {
                var content = Header.Replace("\n", newLine) + string.Concat(lines.Select(l => l + newLine));
                var directory = project.FilePath is null ? null : Path.GetDirectoryName(project.FilePath);
                return solution.AddAdditionalDocument(
                    DocumentId.CreateNewId(projectId, FileName),
                    FileName,
                    SourceText.From(content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)),
                    filePath: directory is null ? null : Path.Combine(directory, FileName));
            }

            var fileNewLine = NewLineOf(existing, newLine);
            var text = existing.ToString();
            var prefix = text.Length == 0 || text.EndsWith("\n", StringComparison.Ordinal) || text.EndsWith("\r", StringComparison.Ordinal) ? string.Empty : fileNewLine;
            var appended = existing.WithChanges(new TextChange(new TextSpan(existing.Length, 0), prefix + string.Concat(lines.Select(l => l + fileNewLine))));
            return solution.WithAdditionalDocumentText(file.Id, appended);
        }

        /// <summary>The line break a text uses ("\r\n" or "\n"), or <paramref name="fallback"/> when it has none.</summary>
        public static string NewLineOf(SourceText text, string fallback)
        {
            foreach (var line in text.Lines)
            {
                if (line.EndIncludingLineBreak > line.End)
                {
                    return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
                }
            }

            return fallback;
        }

        private static string RelativePath(Document document)
        {
            var path = document.FilePath ?? document.Name;
            var projectDirectory = document.Project.FilePath is null ? null : Path.GetDirectoryName(document.Project.FilePath);
            if (projectDirectory is not null && document.FilePath is not null
                && path.StartsWith(projectDirectory + Path.DirectorySeparatorChar, StringComparison.OrdinalIgnoreCase))
            {
                path = path.Substring(projectDirectory.Length + 1);
            }
            else if (document.FilePath is not null)
            {
                path = Path.GetFileName(path);
            }

            return path.Replace('\\', '/');
        }
    }
}
