using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace SanctionsAnalyzers.Cli.Tests.Infrastructure
{
    /// <summary>What one run of the tool printed and returned.</summary>
    public sealed class CliResult
    {
        public CliResult(int exitCode, string stdout, string stderr, TimeSpan elapsed)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
            Elapsed = elapsed;
        }

        public int ExitCode { get; }

        public string Stdout { get; }

        public string Stderr { get; }

        public TimeSpan Elapsed { get; }

        public override string ToString() => "exit code " + ExitCode + " after " + Elapsed.TotalSeconds.ToString("0.0") + " s\n--- stdout ---\n" + Stdout + "\n--- stderr ---\n" + Stderr;
    }

    public static class CliRun
    {
        /// <summary>The tool's entry point in this process, with captured output.</summary>
        public static async Task<CliResult> InProcessAsync(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var watch = Stopwatch.StartNew();
            var exitCode = await CliApp.RunAsync(args, stdout, stderr);
            return new CliResult(exitCode, stdout.ToString(), stderr.ToString(), watch.Elapsed);
        }

        /// <summary>The built tool as a real process: dotnet SanctionsAnalyzers.Cli.dll args (CI=true, as on a build server).</summary>
        public static async Task<CliResult> ProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
        {
            Assert.True(File.Exists(TestPaths.CliAssembly), "the tool is not built: " + TestPaths.CliAssembly);
            var start = new ProcessStartInfo(DotnetHost())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(TestPaths.CliAssembly);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["CI"] = "true";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            foreach (var pair in environment ?? new Dictionary<string, string>())
            {
                start.Environment[pair.Key] = pair.Value;
            }

            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)TimeSpan.FromMinutes(5).TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("dotnet-sanctions " + string.Join(" ", args) + " did not finish in 5 minutes");
            }

            return new CliResult(process.ExitCode, await stdout, await stderr, watch.Elapsed);
        }

        /// <summary>dotnet restore/build, for test fixtures.</summary>
        public static CliResult Dotnet(string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new CliResult(process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
        }

        private static string DotnetHost()
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(host) && File.Exists(host) ? host : "dotnet";
        }
    }
}
