using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>The corpus: every folder of tests/Ruling that holds a project file, and where its expected results live.</summary>
    internal static class RulingCorpus
    {
        /// <summary>Set to 1 (or true) to write the actual results over tests/Ruling/expected instead of comparing.</summary>
        public const string UpdateVariable = "SANCTIONS_RULING_UPDATE";

        /// <summary>How many corpus projects are built at the same time (default 2, for a 2-core machine).</summary>
        public const string ParallelismVariable = "SANCTIONS_RULING_PARALLEL";

        public static string Root => Path.Combine(TestEnvironment.RepoRoot, "tests", "Ruling");

        public static string ExpectedRoot => Path.Combine(Root, "expected");

        /// <summary>Where the last run's results are written, for <c>git diff --no-index</c> (ignored by git).</summary>
        public static string ActualRoot => Path.Combine(Root, "actual");

        public static bool UpdateRequested =>
            Environment.GetEnvironmentVariable(UpdateVariable) is { } value
            && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

        public static int Parallelism =>
            int.TryParse(Environment.GetEnvironmentVariable(ParallelismVariable), out var n) && n > 0 ? n : 2;

        /// <summary>Set to a comma-separated list of project names to build and compare only those.</summary>
        public const string ProjectsVariable = "SANCTIONS_RULING_PROJECTS";

        /// <summary>Every project of the corpus (folder names), sorted.</summary>
        public static IReadOnlyList<string> AllProjects() =>
            Directory.EnumerateDirectories(Root)
                .Where(d => Directory.EnumerateFiles(d, "*.csproj").Any())
                .Select(d => Path.GetFileName(d)!)
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();

        /// <summary>The projects of this run: all, or those named by <see cref="ProjectsVariable"/>.</summary>
        public static IReadOnlyList<string> Projects()
        {
            var all = AllProjects();
            var selection = Environment.GetEnvironmentVariable(ProjectsVariable);
            if (string.IsNullOrWhiteSpace(selection))
            {
                return all;
            }

            var names = selection.Split(new[] { ',', ';', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var unknown = names.Where(n => !all.Contains(n, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException(ProjectsVariable + " names projects that are not in tests/Ruling: " + string.Join(", ", unknown));
            }

            return all.Where(p => names.Contains(p, StringComparer.Ordinal)).ToList();
        }

        public static string ProjectFile(string project) =>
            Directory.EnumerateFiles(Path.Combine(Root, project), "*.csproj").Single();
    }
}
