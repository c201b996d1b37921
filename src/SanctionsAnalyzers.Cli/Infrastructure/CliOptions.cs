using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    public enum ReportFormat
    {
        Console,
        Markdown,
        Json,
        Sarif,
    }

    /// <summary>How much the console report shows: normal lists only the projects that need attention, detailed all.</summary>
    public enum Verbosity
    {
        Normal,
        Detailed,
    }

    /// <summary>A report to write: a format and a file, or standard output when <see cref="Path"/> is null.</summary>
    public sealed class ReportTarget
    {
        public ReportTarget(ReportFormat format, string? path)
        {
            Format = format;
            Path = path;
        }

        public ReportFormat Format { get; }

        public string? Path { get; }
    }

    /// <summary>
    /// The parsed command line: <see cref="CommandLineSyntax"/> (System.CommandLine) splits it into options and arguments,
    /// this class gives them their meaning. Every mistake is a one-line usage error, exit code 2.
    /// </summary>
    public sealed class CliOptions
    {
        public string Command { get; private set; } = "";

        public string? Path { get; private set; }

        public List<ReportTarget> Reports { get; } = new List<ReportTarget>();

        public Severity? FailOn { get; private set; } = Severity.Warning;

        public bool NoProgress { get; private set; }

        public bool NoRestore { get; private set; }

        public bool IncludeTests { get; private set; }

        /// <summary>Exit code 3 when a project is incomplete (compiler errors or unresolved references).</summary>
        public bool FailOnIncomplete { get; private set; }

        public Verbosity Verbosity { get; private set; } = Verbosity.Normal;

        /// <summary>How many projects are analysed at the same time (scan); the report is the same whatever the number.</summary>
        public int Parallel { get; private set; } = Environment.ProcessorCount;

        public string? Root { get; private set; }

        public bool Help { get; private set; }

        public bool Version { get; private set; }

        /// <summary>True when a machine-readable report goes to standard output: then no console tables are printed.</summary>
        public bool ReportOnStdout => Reports.Any(r => r.Path is null && r.Format != ReportFormat.Console);

        public static CliOptions Parse(IReadOnlyList<string> args)
        {
            var options = new CliOptions();
            // Reports as (format, file) pairs: a --format right before an --output pairs with it.
            var specs = new List<(ReportFormat? Format, string? Path)>();
            var previous = "";
            var positional = new List<string>();

            var (given, arguments) = CommandLineSyntax.Split(args);
            foreach (var argument in arguments)
            {
                if (argument.StartsWith("-", StringComparison.Ordinal) && argument.Length > 1)
                {
                    throw new CliException("usage", "unknown option '" + argument + "'");
                }

                positional.Add(argument);
            }

            foreach (var (arg, value) in given)
            {
                string Value() => value ?? throw new CliException("usage", "option " + arg + " needs a value");

                var option = arg switch { "-f" => "--format", "-o" => "--output", _ => arg };
                switch (arg)
                {
                    case "-h":
                    case "--help":
                    case "-?":
                        options.Help = true;
                        break;
                    case "--version":
                        options.Version = true;
                        break;
                    case "-f":
                    case "--format":
                        specs.Add((ParseFormat(Value()), null));
                        break;
                    case "-o":
                    case "--output":
                        var output = Value();
                        if (string.IsNullOrWhiteSpace(output))
                        {
                            throw new CliException("usage", "option --output needs a file name");
                        }

                        // A --format right before an --output sets that file's format.
                        if (previous == "--format" && specs[specs.Count - 1].Path is null)
                        {
                            specs[specs.Count - 1] = (specs[specs.Count - 1].Format, output);
                        }
                        else
                        {
                            specs.Add((null, output));
                        }

                        break;
                    case "--fail-on":
                        var failOn = Value();
                        if (!SeverityLevels.TryParseFailOn(failOn, out var threshold))
                        {
                            throw new CliException("usage", "--fail-on must be none, info, warning or error, not '" + failOn + "'");
                        }

                        options.FailOn = threshold;
                        break;
                    case "--no-progress":
                        options.NoProgress = true;
                        break;
                    case "--no-restore":
                        options.NoRestore = true;
                        break;
                    case "--include-tests":
                        options.IncludeTests = true;
                        break;
                    case "--parallel":
                        var parallel = Value();
                        if (!int.TryParse(parallel, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var degree) || degree < 1)
                        {
                            throw new CliException("usage", "--parallel must be a whole number of at least 1, not '" + parallel + "'");
                        }

                        options.Parallel = degree;
                        break;
                    case "--fail-on-incomplete":
                        options.FailOnIncomplete = true;
                        break;
                    case "-v":
                    case "--verbosity":
                        options.Verbosity = ParseVerbosity(Value());
                        break;
                    case "--root":
                        options.Root = Value();
                        break;
                }

                previous = option.StartsWith("-", StringComparison.Ordinal) ? option : "";
            }

            if (positional.Count > 0)
            {
                options.Command = positional[0].ToLowerInvariant();
            }

            if (positional.Count > 2)
            {
                throw new CliException("usage", "too many arguments: '" + string.Join(" ", positional.Skip(2)) + "'");
            }

            options.Path = positional.Count > 1 ? positional[1] : null;

            if (options.Help || options.Version)
            {
                return options;
            }

            switch (options.Command)
            {
                case "":
                    throw new CliException("usage", "no command given: use scan, audit or validate");
                case "scan":
                    break;
                case "audit":
                case "validate":
                    if (options.Path is null)
                    {
                        throw new CliException("usage", options.Command + " needs a path: dotnet-sanctions " + options.Command
                            + (options.Command == "audit" ? " <project|project.assets.json>" : " <package.nupkg>"));
                    }

                    var scanOnly = options.NoRestore ? "--no-restore" : options.IncludeTests ? "--include-tests" : options.FailOnIncomplete ? "--fail-on-incomplete" : null;
                    if (scanOnly is not null)
                    {
                        throw new CliException("usage", scanOnly + " applies to scan only");
                    }

                    break;
                default:
                    throw new CliException("usage", "unknown command '" + positional[0] + "': use scan, audit or validate");
            }

            // An --output without a --format right before it takes the format from its extension; a --format not
            // followed by an --output writes to standard output.
            foreach (var (format, path) in specs)
            {
                if (path is null)
                {
                    options.Reports.Add(new ReportTarget(format!.Value, null));
                    continue;
                }

                var resolved = format ?? FormatFromExtension(path);
                if (resolved == ReportFormat.Console)
                {
                    throw new CliException("usage", "--format console writes to the console only; choose markdown, json or sarif for --output " + path);
                }

                options.Reports.Add(new ReportTarget(resolved, path));
            }

            if (options.Reports.Count(r => r.Path is null) > 1)
            {
                throw new CliException("usage", "only one --format can go to standard output; put an --output right after the others");
            }

            var duplicate = options.Reports.Where(r => r.Path is not null).GroupBy(r => System.IO.Path.GetFullPath(r.Path!), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                throw new CliException("usage", "--output " + duplicate.First().Path + " is given twice");
            }

            return options;
        }

        private static ReportFormat ParseFormat(string value) => value.ToLowerInvariant() switch
        {
            "console" or "table" => ReportFormat.Console,
            "markdown" or "md" => ReportFormat.Markdown,
            "json" => ReportFormat.Json,
            "sarif" => ReportFormat.Sarif,
            _ => throw new CliException("usage", "--format must be markdown, json, sarif or console, not '" + value + "'"),
        };

        private static Verbosity ParseVerbosity(string value) => value.ToLowerInvariant() switch
        {
            "n" or "normal" => Verbosity.Normal,
            "d" or "detailed" => Verbosity.Detailed,
            _ => throw new CliException("usage", "--verbosity must be normal or detailed, not '" + value + "'"),
        };

        private static ReportFormat FormatFromExtension(string path)
        {
            var name = System.IO.Path.GetFileName(path).ToLowerInvariant();
            if (name.EndsWith(".sarif", StringComparison.Ordinal) || name.EndsWith(".sarif.json", StringComparison.Ordinal))
            {
                return ReportFormat.Sarif;
            }

            if (name.EndsWith(".json", StringComparison.Ordinal))
            {
                return ReportFormat.Json;
            }

            if (name.EndsWith(".md", StringComparison.Ordinal) || name.EndsWith(".markdown", StringComparison.Ordinal))
            {
                return ReportFormat.Markdown;
            }

            throw new CliException("usage", "cannot tell the format of --output " + path + " from its extension: add --format markdown|json|sarif");
        }

        public const string Usage = """
            dotnet-sanctions — SanctionsAnalyzers for build servers and audits. Not legal advice.

            Usage:
              dotnet-sanctions scan [<solution|project|folder>]   run the rules on every C# project (default: the bundled sample)
              dotnet-sanctions audit <project|project.assets.json> package graph with each package's compliance metadata
              dotnet-sanctions validate <package.nupkg>            check a package author's compliance manifest and metadata

            Options:
              -f, --format <markdown|json|sarif|console>  report format; right before an --output it sets that file's
                                                          format, otherwise the report goes to standard output
              -o, --output <file>                         write a report file (repeatable; format from the --format right
                                                          before it, else from the extension: .sarif, .json, .md)
              --fail-on <none|info|warning|error>         exit code 1 on findings at or above this level (default: warning)
              --no-progress                               no progress display (also off when output is redirected or CI=true)
              --root <dir>                                report paths relative to this folder (scan; default: the git root)
              --no-restore                                scan: do not run 'dotnet restore' first
              --include-tests                             scan: analyse test projects too
              --fail-on-incomplete                        scan: exit code 3 when a project is incomplete (compiler errors or
                                                          unresolved references: findings may be missing)
              --parallel <n>                              scan: analyse up to n projects at a time (default: the processor count)
              -v, --verbosity <normal|detailed>           console: detailed lists every project, normal only those not analyzed
              -h, --help                                  this text
              --version                                   the tool's version

            Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage, load or configuration error,
              3 incomplete projects (with --fail-on-incomplete; 2 wins over 3, 3 over 1).
            Docs: docs/cli.md
            """;
    }
}
