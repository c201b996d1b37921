using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    /// <summary>Runs the dotnet CLI as a child process; never waits longer than the timeout.</summary>
    public static class DotnetProcess
    {
        // Far above a normal pack or build (15-30 s), so only a hung process reaches it.
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

        // A grandchild that inherited the output pipe (e.g. a build server) may keep it open after dotnet exits.
        private static readonly TimeSpan OutputDrainTimeout = TimeSpan.FromSeconds(10);

        public static DotnetResult Run(string workingDirectory, IEnumerable<string> arguments)
        {
            var startInfo = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments)
            {
                startInfo.ArgumentList.Add(argument);
            }

            startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            startInfo.Environment["DOTNET_NOLOGO"] = "1";
            // Lingering MSBuild nodes or servers would outlive the test run and hold files in the temp dirs.
            startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

            var output = new StringBuilder();
            var stdoutClosed = new TaskCompletionSource();
            var stderrClosed = new TaskCompletionSource();
            using var process = new Process { StartInfo = startInfo };
            process.OutputDataReceived += (_, e) => Append(output, e.Data, stdoutClosed);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data, stderrClosed);

            var commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList);
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(OutputDrainTimeout);
                return new DotnetResult(commandLine, -1, Text(output) + Environment.NewLine + "Timed out after " + Timeout + "; process tree killed.");
            }

            Task.WaitAll(new Task[] { stdoutClosed.Task, stderrClosed.Task }, OutputDrainTimeout);
            return new DotnetResult(commandLine, process.ExitCode, Text(output));
        }

        private static void Append(StringBuilder output, string? line, TaskCompletionSource closed)
        {
            if (line == null)
            {
                closed.TrySetResult();
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

    /// <summary>Exit code and interleaved stdout and stderr of one dotnet invocation.</summary>
    public sealed class DotnetResult
    {
        public DotnetResult(string commandLine, int exitCode, string output)
        {
            CommandLine = commandLine;
            ExitCode = exitCode;
            Output = output;
        }

        public string CommandLine { get; }

        public int ExitCode { get; }

        public string Output { get; }

        /// <summary>Failure text for assertions: the command, its exit code and everything it printed.</summary>
        public override string ToString() =>
            CommandLine + Environment.NewLine + "exit code " + ExitCode + Environment.NewLine + Output;
    }
}
