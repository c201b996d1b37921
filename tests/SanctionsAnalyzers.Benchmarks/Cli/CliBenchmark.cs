using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Threading.Tasks;

namespace SanctionsAnalyzers.Benchmarks.Cli
{
    /// <summary>
    /// --cli mode: the command-line scan next to a build of the same solution (docs/performance.md, "Command-line scan").
    /// Builds the CLI in Release (not timed), generates a solution of small class libraries into a temp folder, then times
    /// one run each of `dotnet restore`, `dotnet build --no-restore` and `dotnet SanctionsAnalyzers.Cli.dll scan
    /// --no-restore --format json --output ...` (the built CLI invoked directly, so no `dotnet run` build check is timed).
    /// Exit code 1 when a step fails or the scan did not analyse every project.
    /// </summary>
    internal static class CliBenchmark
    {
        public const string Usage = "--cli [--projects N] [--parallel N] [--keep]";

        public static async Task<int> RunAsync(string[] args)
        {
            if (!TryParse(args, out var settings))
            {
                Console.Error.WriteLine("usage: dotnet run -c Release --project tests/SanctionsAnalyzers.Benchmarks -- " + Usage);
                return 1;
            }

            var repository = FindRepositoryRoot();
            if (repository is null)
            {
                Console.Error.WriteLine("cannot find SanctionsAnalyzers.sln above the current folder or the benchmark's folder");
                return 1;
            }

            var work = Path.Combine(Path.GetTempPath(), "sanctions-cli-bench-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture));
            var logs = Path.Combine(work, "logs");
            Directory.CreateDirectory(logs);

            Console.WriteLine("SanctionsAnalyzers command-line scan benchmark");
            Console.WriteLine($"machine     {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}");
            Console.WriteLine($"sdk         {await OutputOf(repository, "dotnet", "--version")}");
            Console.WriteLine($"commit      {await OutputOf(repository, "git", "rev-parse", "--short", "HEAD")}");
            Console.WriteLine($"load        {LoadAverage()} (1, 5, 15 min)");
            // These change what the build costs: without the compiler server every project starts a csc process of its own.
            Console.WriteLine($"environment {string.Join(" ", new[] { "UseSharedCompilation", "MSBUILDDISABLENODEREUSE", "DOTNET_CLI_USE_MSBUILD_SERVER" }.Select(name => name + "=" + (Environment.GetEnvironmentVariable(name) ?? "(unset)")))}");

            // Not timed: the CLI is built once in Release; the scan below runs the built dll.
            var cliBuild = await TimedProcess.RunAsync(repository, Path.Combine(logs, "cli-build.log"), "dotnet", "build", "src/SanctionsAnalyzers.Cli", "-c", "Release");
            if (cliBuild.ExitCode != 0)
            {
                return Fail("building the CLI", cliBuild);
            }

            var cli = Path.Combine(repository, "src", "SanctionsAnalyzers.Cli", "bin", "Release", "net8.0", "SanctionsAnalyzers.Cli.dll");
            Console.WriteLine($"cli         {cli} (built in Release, {cliBuild.Elapsed.TotalSeconds:F1} s, not timed)");

            var solution = SolutionGenerator.Write(Path.Combine(work, "src"), settings.Projects);
            var folder = Path.GetDirectoryName(solution.SolutionPath)!;
            Console.WriteLine($"solution    {solution.SolutionPath}: {solution.Projects} projects, {solution.Files} C# files, {solution.Lines:N0} lines, {solution.GeoBlocks} geo-blocks (SANC1001 each)");
            Console.WriteLine($"            compiler server already running before the build: {(CompilerServerRunning() ? "yes (warm)" : "no (the build starts one)")}");
            Console.WriteLine();

            var restore = await Step("restore", folder, logs, "dotnet", "restore", solution.SolutionPath);
            if (restore.ExitCode != 0)
            {
                return Fail("dotnet restore", restore);
            }

            var build = await Step("build --no-restore", folder, logs, "dotnet", "build", solution.SolutionPath, "--no-restore");
            if (build.ExitCode != 0)
            {
                return Fail("dotnet build", build);
            }

            var report = Path.Combine(work, "scan.json");
            var scanArguments = new List<string> { cli, "scan", solution.SolutionPath, "--no-restore", "--format", "json", "--output", report };
            if (settings.Parallel is { } parallel)
            {
                scanArguments.AddRange(new[] { "--parallel", parallel.ToString(CultureInfo.InvariantCulture) });
            }

            var scan = await Step("scan --no-restore", folder, logs, "dotnet", scanArguments.ToArray());
            // 1 is "findings at or above warning": the generated geo-blocks.
            if (scan.ExitCode is not (0 or 1) || !File.Exists(report))
            {
                return Fail("dotnet-sanctions scan", scan);
            }

            var (statuses, findings) = ReadReport(report);
            Console.WriteLine();
            Console.WriteLine($"scan report {string.Join(", ", statuses.Select(p => $"{p.Value} {p.Key}"))}; findings: {(findings.Count == 0 ? "none" : string.Join(", ", findings.Select(p => $"{p.Key} x{p.Value}")))}");
            Console.WriteLine();
            Console.WriteLine("| step | wall s | CPU s seen in the process tree |");
            Console.WriteLine("|---|---:|---|");
            foreach (var (name, run) in new[] { ("dotnet restore", restore), ("dotnet build --no-restore", build), ("dotnet-sanctions scan --no-restore", scan) })
            {
                Console.WriteLine($"| {name} | {run.Elapsed.TotalSeconds:F1} | {run.Cpu()} |");
            }

            Console.WriteLine();
            Console.WriteLine($"scan / build: {scan.Elapsed.TotalSeconds / build.Elapsed.TotalSeconds:F2}x; scan / (restore + build): {scan.Elapsed.TotalSeconds / (restore.Elapsed + build.Elapsed).TotalSeconds:F2}x");

            var analyzed = statuses.TryGetValue("analyzed", out var count) ? count : 0;
            var exitCode = analyzed == solution.Projects ? 0 : 1;
            if (exitCode != 0)
            {
                Console.WriteLine($"FAIL: {analyzed} of {solution.Projects} projects analyzed; see {scan.LogFile} and {report}");
            }

            if (settings.Keep || exitCode != 0)
            {
                Console.WriteLine($"kept        {work} (logs in {logs})");
            }
            else
            {
                Directory.Delete(work, recursive: true);
            }

            return exitCode;
        }

        private static async Task<TimedRun> Step(string name, string folder, string logs, string fileName, params string[] arguments)
        {
            var before = LoadAverage();
            var run = await TimedProcess.RunAsync(folder, Path.Combine(logs, name.Split(' ')[0] + ".log"), fileName, arguments);
            Console.WriteLine($"{name,-20} {run.Elapsed.TotalSeconds,6:F1} s wall, exit code {run.ExitCode}; CPU {run.Cpu()}; load {before} before, {LoadAverage()} after");
            return run;
        }

        private static int Fail(string what, TimedRun run)
        {
            Console.WriteLine($"FAIL: {what} exited with {run.ExitCode}; the log is {run.LogFile}");
            return 1;
        }

        /// <summary>Projects by status and findings (info and above) by rule, from the JSON report.</summary>
        private static (SortedDictionary<string, int> Statuses, SortedDictionary<string, int> Findings) ReadReport(string path)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            var statuses = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var project in document.RootElement.GetProperty("projects").EnumerateArray())
            {
                var status = project.GetProperty("status").GetString() ?? "?";
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
            }

            var findings = new SortedDictionary<string, int>(StringComparer.Ordinal);
            foreach (var finding in document.RootElement.GetProperty("findings").EnumerateArray())
            {
                var rule = finding.GetProperty("ruleId").GetString() ?? "?";
                findings[rule] = findings.GetValueOrDefault(rule) + 1;
            }

            return (statuses, findings);
        }

        private static string? FindRepositoryRoot()
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
                {
                    if (File.Exists(Path.Combine(directory.FullName, "SanctionsAnalyzers.sln")))
                    {
                        return directory.FullName;
                    }
                }
            }

            return null;
        }

        private static async Task<string> OutputOf(string folder, string fileName, params string[] arguments)
        {
            var log = Path.GetTempFileName();
            try
            {
                var run = await TimedProcess.RunAsync(folder, log, fileName, arguments);
                var lines = File.ReadAllLines(log);
                return run.ExitCode == 0 && lines.Length > 1 ? lines[1].Trim() : "n/a";
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return "n/a";
            }
            finally
            {
                File.Delete(log);
            }
        }

        private static bool CompilerServerRunning()
        {
            if (!Directory.Exists("/proc"))
            {
                return false;
            }

            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(directory, "cmdline")).Contains("VBCSCompiler", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }

            return false;
        }

        private static string LoadAverage()
        {
            try
            {
                return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return "n/a";
            }
        }

        private static bool TryParse(string[] args, out Settings settings)
        {
            settings = new Settings();
            for (var i = 0; i < args.Length; i++)
            {
                if (args[i] == "--keep")
                {
                    settings.Keep = true;
                    continue;
                }

                if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
                {
                    return false;
                }

                switch (args[i])
                {
                    case "--projects":
                        settings.Projects = value;
                        break;
                    case "--parallel":
                        settings.Parallel = value;
                        break;
                    default:
                        return false;
                }

                i++;
            }

            return true;
        }

        private sealed class Settings
        {
            public int Projects { get; set; } = 100;

            /// <summary>Passed to scan as --parallel; by default the CLI's own default (the processor count).</summary>
            public int? Parallel { get; set; }

            public bool Keep { get; set; }
        }
    }
}
