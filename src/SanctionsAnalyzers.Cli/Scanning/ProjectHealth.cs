using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NuGet.Common;
using NuGet.ProjectModel;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>Something a loaded project needs and did not get; <see cref="Package"/> when NuGet names one.</summary>
    internal sealed record Unresolved(string? Package, string Message);

    /// <summary>
    /// Whether a loaded project could be analysed as it builds: its restore errors, reference files that do not exist,
    /// analyzer references that did not load, and its compiler errors. A project with any of them is "incomplete": the
    /// analyzer ran on a compilation with error types, so findings may be missing.
    /// </summary>
    internal static class ProjectHealth
    {
        private const int CompilerErrorSamples = 3;

        /// <summary>
        /// Restore errors recorded in the project's assets file, a missing assets file, and a compilation without a framework.
        /// <paramref name="restoreWarnings"/> gets the assets file's other messages: MSBuild repeats them as load failures.
        /// </summary>
        public static List<Unresolved> RestoreErrors(Project project, Compilation compilation, bool restoreAttempted, out List<string> restoreWarnings)
        {
            var found = new List<Unresolved>();
            restoreWarnings = new List<string>();
            var assets = FindAssetsFile(project);
            if (assets is null && restoreAttempted)
            {
                found.Add(new Unresolved(null, "not restored (no project.assets.json after dotnet restore)"));
            }

            if (assets is not null)
            {
                try
                {
                    var lockFile = LockFileUtilities.GetLockFile(assets, NullLogger.Instance);
                    foreach (var log in lockFile?.LogMessages ?? new List<IAssetsLogMessage>())
                    {
                        if (log.Level == LogLevel.Error)
                        {
                            found.Add(new Unresolved(string.IsNullOrEmpty(log.LibraryId) ? null : log.LibraryId, log.Code + ": " + log.Message));
                        }
                        else
                        {
                            restoreWarnings.Add(log.Message);
                        }
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or InvalidOperationException)
                {
                    found.Add(new Unresolved(null, "unreadable " + Path.GetFileName(assets) + ": " + CliApp.FirstLine(e.Message)));
                }
            }

            if (compilation.GetSpecialType(SpecialType.System_Object).TypeKind == TypeKind.Error)
            {
                found.Add(new Unresolved(null, "no framework references (not restored? run dotnet restore)"));
            }

            return found;
        }

        /// <summary>Metadata references whose file is not there and analyzer references that did not resolve.</summary>
        public static List<Unresolved> MissingReferences(Project project)
        {
            var found = new List<Unresolved>();
            foreach (var reference in project.MetadataReferences.OfType<PortableExecutableReference>())
            {
                if (reference.FilePath is not null && !File.Exists(reference.FilePath))
                {
                    found.Add(new Unresolved(null, "reference not found: " + reference.FilePath));
                }
            }

            foreach (var reference in project.AnalyzerReferences)
            {
                if (reference is UnresolvedAnalyzerReference || (reference is AnalyzerFileReference file && !File.Exists(file.FullPath)))
                {
                    found.Add(new Unresolved(null, "analyzer reference not loaded: " + reference.Display));
                }
            }

            return found;
        }

        /// <summary>
        /// Load failures MSBuild tied to the project, except those that repeat a restore message: a restore error is listed
        /// already, a restore warning (NU1603: a newer version resolved) leaves nothing unresolved.
        /// </summary>
        public static IEnumerable<Unresolved> LoadFailures(IEnumerable<string> messages, IReadOnlyCollection<Unresolved> known, IReadOnlyCollection<string> restoreWarnings) =>
            messages.Where(m => !known.Any(k => k.Message.Contains(m, StringComparison.Ordinal)) && !restoreWarnings.Any(w => w.Contains(m, StringComparison.Ordinal)))
                .Select(m => new Unresolved(null, m));

        /// <summary>The compiler's own errors among all diagnostics (those of the analyzers and AD0001 left out).</summary>
        public static List<Diagnostic> CompilerErrors(IEnumerable<Diagnostic> diagnostics, ISet<string> analyzerIds) =>
            diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.IsSuppressed && d.Id != "AD0001" && !analyzerIds.Contains(d.Id)).ToList();

        /// <summary>Sets the status: incomplete with its counts when something is missing, else analyzed.</summary>
        public static void Judge(ProjectEntry entry, List<Diagnostic> compilerErrors, List<Unresolved> unresolved, string root)
        {
            var unresolvedMessages = unresolved.Select(u => u.Message).Distinct(StringComparer.Ordinal).ToList();
            entry.CompilerErrors = compilerErrors.Count;
            entry.UnresolvedReferences = unresolvedMessages.Count > 0 ? unresolvedMessages : null;
            entry.CompilerErrorSamples = compilerErrors.Count > 0
                ? compilerErrors.Take(CompilerErrorSamples).Select(d => Describe(d, root)).ToList()
                : null;
            if (compilerErrors.Count == 0 && unresolvedMessages.Count == 0)
            {
                entry.Status = ProjectStatus.Analyzed;
                return;
            }

            entry.Status = ProjectStatus.Incomplete;
            entry.Reason = "loaded with " + Text.Plural(compilerErrors.Count, "compiler error") + " / "
                + Text.Plural(unresolvedMessages.Count, "unresolved reference") + "; findings may be missing";
        }

        private static string Describe(Diagnostic diagnostic, string root)
        {
            var span = diagnostic.Location.GetLineSpan();
            var where = span.IsValid && !string.IsNullOrEmpty(span.Path)
                ? PathHelper.Relative(root, span.Path) + "(" + (span.StartLinePosition.Line + 1) + "," + (span.StartLinePosition.Character + 1) + "): "
                : "";
            return where + diagnostic.Id + ": " + diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>
        /// The package ids the project declares (its PackageReferences, as restore recorded them in project.assets.json),
        /// whether or not they were resolved: a test project whose test framework did not restore still declares it.
        /// </summary>
        public static IReadOnlyCollection<string> DeclaredPackages(Project project)
        {
            var assets = FindAssetsFile(project);
            if (assets is null)
            {
                return Array.Empty<string>();
            }

            try
            {
                var spec = LockFileUtilities.GetLockFile(assets, NullLogger.Instance)?.PackageSpec;
                return spec?.TargetFrameworks.SelectMany(f => f.Dependencies).Select(d => d.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList()
                    ?? (IReadOnlyCollection<string>)Array.Empty<string>();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or InvalidOperationException)
            {
                // An unreadable assets file is reported by RestoreErrors; here it only means no declared packages are known.
                return Array.Empty<string>();
            }
        }

        private static string? FindAssetsFile(Project project)
        {
            var projectFolder = Path.GetDirectoryName(project.FilePath!)!;
            var intermediate = project.CompilationOutputInfo.AssemblyPath;
            for (var folder = intermediate is null ? null : Path.GetDirectoryName(intermediate); folder is not null && folder.Length > projectFolder.Length; folder = Path.GetDirectoryName(folder))
            {
                var candidate = Path.Combine(folder, "project.assets.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            var fallback = Path.Combine(projectFolder, "obj", "project.assets.json");
            return File.Exists(fallback) ? fallback : null;
        }
    }
}
