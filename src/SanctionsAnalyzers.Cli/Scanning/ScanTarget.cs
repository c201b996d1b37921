using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SanctionsAnalyzers.Cli.Infrastructure;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>What <c>scan</c> opens: a solution, or one or more C# projects.</summary>
    public sealed class ScanTarget
    {
        private static readonly string[] SolutionExtensions = { ".sln", ".slnx", ".slnf" };
        private static readonly string[] SkippedFolders = { "bin", "obj", ".git", ".vs", "node_modules", "artifacts", "TestResults" };

        private ScanTarget(string path, string? solution, IReadOnlyList<string> projects)
        {
            Path = path;
            Solution = solution;
            Projects = projects;
        }

        /// <summary>The full path given (file or folder), or the sample's project.</summary>
        public string Path { get; }

        public string? Solution { get; }

        /// <summary>The project files to open when there is no solution.</summary>
        public IReadOnlyList<string> Projects { get; }

        /// <summary>The folder the target lives in.</summary>
        public string Directory => File.Exists(Path) ? System.IO.Path.GetDirectoryName(Path)! : Path;

        public static ScanTarget Resolve(string? argument)
        {
            if (argument is null)
            {
                var repo = PathHelper.FindRepositoryRoot()
                    ?? throw new CliException("usage", "no path given and no SanctionsAnalyzers repository around the current directory to find the bundled sample: dotnet-sanctions scan <solution|project|folder>");
                var sample = System.IO.Path.Combine(repo, "samples", "GeoBlockedChat", "GeoBlockedChat.csproj");
                if (!File.Exists(sample))
                {
                    throw new CliException("usage", "the bundled sample is missing: " + sample);
                }

                return new ScanTarget(sample, null, new[] { sample });
            }

            var full = System.IO.Path.GetFullPath(argument);
            if (File.Exists(full))
            {
                var extension = System.IO.Path.GetExtension(full).ToLowerInvariant();
                if (SolutionExtensions.Contains(extension))
                {
                    return new ScanTarget(full, full, Array.Empty<string>());
                }

                if (extension == ".csproj")
                {
                    return new ScanTarget(full, null, new[] { full });
                }

                throw new CliException("usage", "not a solution or C# project: " + argument + " (give a .sln, .slnx, .csproj or a folder)");
            }

            if (!System.IO.Directory.Exists(full))
            {
                throw new CliException("usage", "path not found: " + argument);
            }

            var solutions = SolutionExtensions.SelectMany(e => System.IO.Directory.GetFiles(full, "*" + e)).Where(f => !f.EndsWith(".slnf", StringComparison.OrdinalIgnoreCase)).ToList();
            if (solutions.Count == 1)
            {
                return new ScanTarget(full, solutions[0], Array.Empty<string>());
            }

            if (solutions.Count > 1)
            {
                throw new CliException("usage", "several solutions in " + argument + ": name one (" + string.Join(", ", solutions.Select(System.IO.Path.GetFileName)) + ")");
            }

            var projects = System.IO.Directory.GetFiles(full, "*.csproj").ToList();
            if (projects.Count == 0)
            {
                projects = FindProjects(full).ToList();
            }

            if (projects.Count == 0)
            {
                throw new CliException("usage", "no solution or C# project in " + argument);
            }

            projects.Sort(StringComparer.Ordinal);
            return new ScanTarget(full, null, projects);
        }

        private static IEnumerable<string> FindProjects(string folder)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                var current = pending.Pop();
                string[] files;
                string[] folders;
                try
                {
                    files = System.IO.Directory.GetFiles(current, "*.csproj");
                    folders = System.IO.Directory.GetDirectories(current);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }

                foreach (var file in files)
                {
                    yield return file;
                }

                foreach (var sub in folders)
                {
                    if (!SkippedFolders.Contains(System.IO.Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                    {
                        pending.Push(sub);
                    }
                }
            }
        }
    }
}
