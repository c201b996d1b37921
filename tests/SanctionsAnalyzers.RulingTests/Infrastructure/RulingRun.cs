using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>
    /// Builds the whole corpus once per test run (a few projects at a time), reads each SARIF log, writes the actual
    /// rule files to tests/Ruling/actual and, in update mode, over tests/Ruling/expected.
    /// </summary>
    public sealed class RulingRun : IDisposable
    {
        private readonly string _workDirectory;
        private readonly ConcurrentDictionary<string, ProjectResult> _results = new(StringComparer.Ordinal);

        public RulingRun()
        {
            _workDirectory = Path.Combine(Path.GetTempPath(), "sanctions-ruling-" + Guid.NewGuid().ToString("N")[..12]);
            Directory.CreateDirectory(_workDirectory);

            var stopwatch = Stopwatch.StartNew();
            var analyzerCopy = CopyAnalyzer();
            var projects = RulingCorpus.Projects();

            foreach (var project in projects)
            {
                var actualFolder = Path.Combine(RulingCorpus.ActualRoot, project);
                if (Directory.Exists(actualFolder))
                {
                    Directory.Delete(actualFolder, recursive: true);
                }
            }

            Parallel.ForEach(
                projects,
                new ParallelOptions { MaxDegreeOfParallelism = RulingCorpus.Parallelism },
                project => _results[project] = BuildAndRead(project, analyzerCopy));

            if (RulingCorpus.UpdateRequested)
            {
                Update(projects);
            }

            Elapsed = stopwatch.Elapsed;
        }

        /// <summary>Wall time of the whole corpus run (copy, builds, SARIF reading).</summary>
        public TimeSpan Elapsed { get; }

        public ProjectResult this[string project] => _results[project];

        public void Dispose()
        {
            try
            {
                Directory.Delete(_workDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A compiler server may still hold a file; the temp folder is left behind.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        /// <summary>
        /// A private copy of the freshly built analyzer, so that no other test cleaning or rebuilding src/ can pull it
        /// away in the middle of a corpus build (and so that a compiler server never serves a stale one).
        /// </summary>
        private string CopyAnalyzer()
        {
            var source = TestEnvironment.AnalyzerAssembly;
            var folder = Path.Combine(_workDirectory, "analyzer");
            Directory.CreateDirectory(folder);
            var copy = Path.Combine(folder, Path.GetFileName(source));

            // Another test of the same run may be rebuilding src/ (a --no-incremental build cleans it first):
            // wait for the assembly to come back rather than fail on that moment.
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    File.Copy(source, copy, overwrite: true);
                    break;
                }
                catch (IOException) when (attempt < 30)
                {
                    System.Threading.Thread.Sleep(TimeSpan.FromSeconds(2));
                }
                catch (IOException e)
                {
                    throw new InvalidOperationException("The analyzer could not be copied from " + source + "; build the test project first.", e);
                }
            }

            return copy;
        }

        private ProjectResult BuildAndRead(string project, string analyzerCopy)
        {
            var build = CorpusBuild.Run(project, analyzerCopy, _workDirectory);
            var projectDirectory = Path.Combine(RulingCorpus.Root, project);

            IReadOnlyList<RulingIssue> issues = Array.Empty<RulingIssue>();
            IReadOnlyList<string> rules = Array.Empty<string>();
            if (File.Exists(build.SarifPath))
            {
                issues = RulingIssue.ReadSarif(build.SarifPath, projectDirectory);
                rules = RulingIssue.DescribedRules(build.SarifPath);
            }

            var actual = ExpectedFiles.Group(issues);
            ExpectedFiles.Write(Path.Combine(RulingCorpus.ActualRoot, project), actual);
            return new ProjectResult(build, File.Exists(build.SarifPath), rules, actual);
        }

        /// <summary>Expected files := actual files; folders of projects that left the corpus are deleted.</summary>
        private void Update(IReadOnlyList<string> projects)
        {
            foreach (var project in projects)
            {
                var result = _results[project];
                if (result.Build.ExitCode == 0 && result.HasSarif)
                {
                    ExpectedFiles.Write(Path.Combine(RulingCorpus.ExpectedRoot, project), result.Actual);
                }
            }

            var all = RulingCorpus.AllProjects();
            if (Directory.Exists(RulingCorpus.ExpectedRoot))
            {
                foreach (var folder in Directory.EnumerateDirectories(RulingCorpus.ExpectedRoot))
                {
                    if (!all.Contains(Path.GetFileName(folder), StringComparer.Ordinal))
                    {
                        Directory.Delete(folder, recursive: true);
                    }
                }
            }
        }
    }

    /// <summary>What one corpus project gave.</summary>
    public sealed class ProjectResult
    {
        internal ProjectResult(CorpusBuild build, bool hasSarif, IReadOnlyList<string> describedRules, IReadOnlyDictionary<string, IReadOnlyList<string>> actual)
        {
            Build = build;
            HasSarif = hasSarif;
            DescribedRules = describedRules;
            Actual = actual;
        }

        internal CorpusBuild Build { get; }

        public bool HasSarif { get; }

        public IReadOnlyList<string> DescribedRules { get; }

        public IReadOnlyDictionary<string, IReadOnlyList<string>> Actual { get; }
    }
}
