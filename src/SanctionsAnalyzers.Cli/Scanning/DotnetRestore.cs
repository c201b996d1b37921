using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using SanctionsAnalyzers.Cli.Infrastructure;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>Runs 'dotnet restore' before the projects are opened, so a fresh clone scans as it builds.</summary>
    internal static class DotnetRestore
    {
        private static readonly Regex ErrorLine = new Regex(@"^\s*(?<file>.*?)(\(\d+(,\d+)?\))?\s*:\s*error\s+(?<code>[A-Za-z]+\d+)\s*:\s*(?<message>.*?)(\s+\[[^\]]*\])?\s*$", RegexOptions.Compiled);

        public static async Task<List<Problem>> RunAsync(string dotnet, string path, string root, CancellationToken cancellationToken)
        {
            var problems = new List<Problem>();
            var start = new ProcessStartInfo(dotnet)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = File.Exists(path) ? Path.GetDirectoryName(path)! : path,
            };
            foreach (var argument in new[] { "restore", path, "--nologo", "--verbosity", "quiet", "-nodeReuse:false" })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new InvalidOperationException("no process");
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                problems.Add(new Problem { Kind = "restore", Path = PathHelper.Relative(root, path), Message = "cannot run '" + dotnet + " restore': " + CliApp.FirstLine(e.Message) });
                return problems;
            }

            using (process)
            {
                var output = process.StandardOutput.ReadToEndAsync();
                var error = process.StandardError.ReadToEndAsync();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromMinutes(15));
                try
                {
                    await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    problems.Add(new Problem { Kind = "restore", Path = PathHelper.Relative(root, path), Message = "restore: dotnet restore " + PathHelper.Relative(root, path) + " timed out" });
                    return problems;
                }

                var text = await output.ConfigureAwait(false) + "\n" + await error.ConfigureAwait(false);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var line in text.Split('\n'))
                {
                    var match = ErrorLine.Match(line);
                    if (!match.Success)
                    {
                        continue;
                    }

                    var file = match.Groups["file"].Value.Trim();
                    var where = file.Length == 0 ? PathHelper.Relative(root, path) : PathHelper.Relative(root, file);
                    var message = "restore: " + where + ": " + match.Groups["code"].Value + ": " + match.Groups["message"].Value.Trim();
                    if (seen.Add(message))
                    {
                        problems.Add(new Problem { Kind = "restore", Path = where, Message = message });
                    }
                }

                if (process.ExitCode != 0 && problems.Count == 0)
                {
                    var firstLine = text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "no output";
                    problems.Add(new Problem { Kind = "restore", Path = PathHelper.Relative(root, path), Message = "restore: dotnet restore " + PathHelper.Relative(root, path) + " failed (exit code " + process.ExitCode + "): " + firstLine });
                }
            }

            return problems;
        }
    }
}
