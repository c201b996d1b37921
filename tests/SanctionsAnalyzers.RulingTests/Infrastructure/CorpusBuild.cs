using System;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>One <c>dotnet build</c> of a corpus project, with its SARIF error log and its build log.</summary>
    internal sealed class CorpusBuild
    {
        // A corpus build takes 5-30 s; only a hung build reaches this.
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        // The compiler server started by a build may inherit the output pipe and keep it open after dotnet exits:
        // the complete log is the file logger's, the pipe is only read for a failure message.
        private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(2);

        private CorpusBuild(string project, string commandLine, int exitCode, string log, string sarifPath, TimeSpan elapsed)
        {
            Project = project;
            CommandLine = commandLine;
            ExitCode = exitCode;
            Log = log;
            SarifPath = sarifPath;
            Elapsed = elapsed;
        }

        public string Project { get; }

        public string CommandLine { get; }

        public int ExitCode { get; }

        /// <summary>The build log (file logger, normal verbosity), or the console output when it is missing.</summary>
        public string Log { get; }

        public string SarifPath { get; }

        public TimeSpan Elapsed { get; }

        /// <summary>
        /// <c>dotnet build &lt;csproj&gt; --no-incremental -nodeReuse:false -p:ErrorLog=&lt;out&gt;/&lt;name&gt;.sarif%2Cversion=2.1</c>,
        /// with the analyzer copy swapped in (tests/Ruling/Directory.Build.targets) and src/ neither cleaned nor rebuilt.
        /// </summary>
        public static CorpusBuild Run(string project, string analyzerCopy, string outputDirectory)
        {
            var projectFile = RulingCorpus.ProjectFile(project);
            var sarifPath = Path.Combine(outputDirectory, project + ".sarif");
            var logPath = Path.Combine(outputDirectory, project + ".log");

            var startInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = Path.GetDirectoryName(projectFile)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
            {
                "build", projectFile, "--no-incremental", "-nodeReuse:false",
                "-p:ErrorLog=" + sarifPath + "%2Cversion=2.1",
                "-p:SanctionsRulingAnalyzer=" + analyzerCopy,
                "-p:BuildProjectReferences=false",
                "-p:RestoreRecursive=false",
                "-flp:LogFile=" + logPath + ";Verbosity=normal",
            })
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

            var console = new StringBuilder();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(console, e.Data);
            process.ErrorDataReceived += (_, e) => Append(console, e.Data);

            var commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList);
            var stopwatch = Stopwatch.StartNew();
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            int exitCode;
            if (process.WaitForExit(Timeout))
            {
                exitCode = process.ExitCode;
            }
            else
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(OutputDrainTimeout);
                exitCode = -1;
                Append(console, "Timed out after " + Timeout + "; process tree killed.");
            }

            stopwatch.Stop();
            System.Threading.Thread.Sleep(exitCode == 0 ? TimeSpan.Zero : OutputDrainTimeout);
            var log = File.Exists(logPath) ? File.ReadAllText(logPath) : Text(console);
            if (exitCode != 0)
            {
                log = Text(console) + Environment.NewLine + log;
            }

            return new CorpusBuild(project, commandLine, exitCode, log, sarifPath, stopwatch.Elapsed);
        }

        private static void Append(StringBuilder output, string? line)
        {
            if (line == null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        private static string Text(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }
}
