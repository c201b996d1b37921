using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace SanctionsAnalyzers.Benchmarks.Cli
{
    /// <summary>
    /// Runs one command, times it (wall clock, from start to exit), keeps its output in a log file and, on Linux, samples
    /// the CPU time of the process and its descendants from /proc every 200 ms, by kind of process (the CLI itself,
    /// MSBuildWorkspace's build host, MSBuild nodes, the compiler server or csc processes). A compiler server (VBCSCompiler)
    /// is counted whoever started it, with the CPU it used during the run (it may also have served someone else's build
    /// then). The samples are approximate: the last 200 ms of a process are not seen, and a reused MSBuild node is not a
    /// descendant and is not counted.
    /// </summary>
    internal static class TimedProcess
    {
        private const int SampleMilliseconds = 200;

        /// <summary>Clock ticks per second of /proc/[pid]/stat (USER_HZ, 100 on Linux).</summary>
        private const int TicksPerSecond = 100;

        public static async Task<TimedRun> RunAsync(string workingDirectory, string logFile, string fileName, params string[] arguments)
        {
            var start = new ProcessStartInfo(fileName)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";

            var output = new StringBuilder();
            void Append(string? line)
            {
                if (line is not null)
                {
                    lock (output)
                    {
                        output.AppendLine(line);
                    }
                }
            }

            var cpuTicks = new Dictionary<int, (string Kind, long Ticks)>();
            var serversBefore = CompilerServers(ReadStats());
            var stopwatch = Stopwatch.StartNew();
            using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + fileName);
            process.OutputDataReceived += (_, e) => Append(e.Data);
            process.ErrorDataReceived += (_, e) => Append(e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var sampling = new CancellationTokenSource();
            var sampler = Task.Run(async () =>
            {
                while (!sampling.IsCancellationRequested)
                {
                    Sample(process.Id, serversBefore, cpuTicks);
                    try
                    {
                        await Task.Delay(SampleMilliseconds, sampling.Token).ConfigureAwait(false);
                    }
                    catch (TaskCanceledException)
                    {
                        break;
                    }
                }
            });

            await process.WaitForExitAsync().ConfigureAwait(false);
            var elapsed = stopwatch.Elapsed;
            sampling.Cancel();
            await sampler.ConfigureAwait(false);

            File.WriteAllText(logFile, $"> {fileName} {string.Join(" ", arguments)}\n{output}\nexit code {process.ExitCode}, {elapsed.TotalSeconds:F1} s\n");
            var cpuByKind = cpuTicks.Values
                .GroupBy(v => v.Kind)
                .ToDictionary(g => g.Key, g => TimeSpan.FromSeconds(g.Sum(v => v.Ticks) / (double)TicksPerSecond));
            return new TimedRun(process.ExitCode, elapsed, cpuByKind, logFile);
        }

        /// <summary>
        /// The utime + stime of <paramref name="root"/> and its descendants, the highest seen per process, and of every
        /// compiler server above what it had used before the run.
        /// </summary>
        private static void Sample(int root, IReadOnlyDictionary<int, long> serversBefore, Dictionary<int, (string Kind, long Ticks)> cpuTicks)
        {
            var stats = ReadStats();
            var descendants = new HashSet<int> { root };
            bool added;
            do
            {
                added = false;
                foreach (var (pid, stat) in stats)
                {
                    if (descendants.Contains(stat.Parent) && descendants.Add(pid))
                    {
                        added = true;
                    }
                }
            }
            while (added);

            foreach (var pid in descendants)
            {
                if (!stats.TryGetValue(pid, out var stat))
                {
                    continue;
                }

                var kind = cpuTicks.TryGetValue(pid, out var known) ? known.Kind : KindOf(pid, root);
                if (!cpuTicks.TryGetValue(pid, out known) || stat.Ticks > known.Ticks)
                {
                    cpuTicks[pid] = (kind, stat.Ticks);
                }
            }

            foreach (var (pid, ticks) in CompilerServers(stats))
            {
                cpuTicks[pid] = ("compiler server", ticks - serversBefore.GetValueOrDefault(pid));
            }
        }

        private static Dictionary<int, long> CompilerServers(Dictionary<int, (int Parent, long Ticks)> stats) => stats
            .Where(pair => CommandLine(pair.Key).Contains("VBCSCompiler", StringComparison.Ordinal))
            .ToDictionary(pair => pair.Key, pair => pair.Value.Ticks);

        /// <summary>Parent and utime + stime of every process, from /proc (empty elsewhere).</summary>
        private static Dictionary<int, (int Parent, long Ticks)> ReadStats()
        {
            var stats = new Dictionary<int, (int Parent, long Ticks)>();
            if (!Directory.Exists("/proc"))
            {
                return stats;
            }

            foreach (var directory in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
                {
                    continue;
                }

                try
                {
                    // pid (comm) state ppid ... utime stime: fields 14 and 15; comm may hold spaces, so split after ')'.
                    var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                    var fields = stat.Substring(stat.LastIndexOf(')') + 2).Split(' ');
                    stats[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException or IndexOutOfRangeException)
                {
                    // The process exited while it was read.
                }
            }

            return stats;
        }

        private static string CommandLine(int pid)
        {
            try
            {
                return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return string.Empty;
            }
        }

        private static string KindOf(int pid, int root)
        {
            var commandLine = CommandLine(pid);
            if (pid == root)
            {
                return "main process";
            }

            if (commandLine.Contains("BuildHost", StringComparison.Ordinal))
            {
                return "MSBuildWorkspace build host";
            }

            if (commandLine.Contains("VBCSCompiler", StringComparison.Ordinal))
            {
                return "compiler server";
            }

            if (commandLine.Contains("/csc ", StringComparison.Ordinal) || commandLine.Contains("csc.dll", StringComparison.Ordinal))
            {
                return "csc processes";
            }

            if (commandLine.Contains("MSBuild.dll", StringComparison.Ordinal) && commandLine.Contains("nodemode", StringComparison.OrdinalIgnoreCase))
            {
                return "MSBuild nodes";
            }

            return "other";
        }
    }

    internal sealed record TimedRun(int ExitCode, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> CpuByKind, string LogFile)
    {
        public string Cpu() => CpuByKind.Count == 0
            ? "n/a"
            : $"{CpuByKind.Values.Sum(t => t.TotalSeconds):F1} s ("
                + string.Join(", ", CpuByKind.OrderByDescending(p => p.Value).Select(p => $"{p.Key} {p.Value.TotalSeconds:F1} s")) + ")";
    }
}
