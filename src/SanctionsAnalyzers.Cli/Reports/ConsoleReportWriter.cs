using System.Collections.Generic;
using System.IO;
using System.Linq;
using SanctionsAnalyzers.Cli.Infrastructure;
using Spectre.Console;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>
    /// Summary tables on the console (Spectre.Console), in the order a reader needs them: findings, the geo-block
    /// inventory, the services inventory, then the projects that need attention and the restore errors, then the summary.
    /// Locations are never wrapped inside a cell: a long one is shortened from the left with "…".
    /// </summary>
    public static class ConsoleReportWriter
    {
        /// <summary>The widest a location cell gets, so that the other columns keep room at 120 columns.</summary>
        private const int LocationWidth = 44;

        /// <summary>The report as plain text at the given width (no colours): what a redirected console gets.</summary>
        public static string ToText(Report report, int width, Verbosity verbosity = Verbosity.Normal)
        {
            var writer = new StringWriter();
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(writer),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = width;
            Write(report, console, verbosity);
            return writer.ToString();
        }

        public static void Write(Report report, IAnsiConsole console, Verbosity verbosity = Verbosity.Normal)
        {
            console.Write(new Rule("[bold]dotnet sanctions " + report.Command + "[/] " + Markup.Escape(report.Target)).LeftJustified());
            console.MarkupLine("[grey]Policy map " + Markup.Escape(report.Tool.PolicyVersion) + " · analyzer " + Markup.Escape(report.Tool.AnalyzerVersion)
                + " · paths relative to " + Markup.Escape(report.Root) + " · not legal advice[/]");
            console.WriteLine();

            if (report.Findings.Count > 0)
            {
                WriteHeading(console, "Findings");
                foreach (var f in report.Findings)
                {
                    var head = "  " + f.RuleId + " " + f.Severity.PadRight(8) + " ";
                    console.Write(new Markup("  " + Markup.Escape(f.RuleId) + " "));
                    console.Write(SeverityCell(f.Severity.PadRight(8)));
                    console.WriteLine(" " + Text.ShortenLeft(f.Location?.ToString(), console.Profile.Width - head.Length));
                    WriteIndented(console, Text.Join(new[] { f.Feature ?? "", Text.Join(f.Jurisdictions) }, " · "));
                    WriteIndented(console, f.Message);

                    // How a geo-block finding came about, one step per line.
                    foreach (var step in f.Path is { Count: > 1 } ? f.Path : new List<PathStep>())
                    {
                        var prefix = "    " + step.Step.PadRight(12) + " ";
                        console.WriteLine(prefix + Text.ShortenLeft(step.Location?.ToString(), console.Profile.Width - prefix.Length));
                    }
                }

                console.WriteLine();
            }

            if (report.GeoBlocks is { Count: > 0 })
            {
                WriteHeading(console, "Geo-block inventory (SANC1100)");
                foreach (var g in report.GeoBlocks)
                {
                    console.WriteLine("  " + Text.ShortenLeft(g.Location?.ToString(), console.Profile.Width - 2));
                    WriteIndented(console, Text.Join(new[] { Text.Join(g.Jurisdictions), g.Feature ?? "", Text.Join(g.Categories), g.Action ?? "" }, " · "));
                    WriteIndented(console, "signal: " + g.Signal);
                    WriteIndented(console, "verdict: " + g.Verdict);
                }

                console.WriteLine();
            }

            if (report.ServicesInventoryAvailable == false)
            {
                console.MarkupLine("[grey]Services inventory: this analyzer version has no SANC2001 rule.[/]");
                console.WriteLine();
            }
            else if (report.Services is { Count: > 0 })
            {
                var services = NewTable("Location", "Feature", "Categories", "Evidence");
                services.Columns[0].NoWrap();
                foreach (var s in report.Services)
                {
                    services.AddRow(LocationCell(s.Location), Cell(s.Feature), Cell(Text.Join(s.Categories)), Cell(s.Evidence ?? s.Message));
                }

                WriteTable(console, "Services inventory (SANC2001)", services);
            }

            if (report.Checks is { Count: > 0 })
            {
                var checks = NewTable("Check", "Outcome", "Message");
                foreach (var c in report.Checks)
                {
                    checks.AddRow(Cell(c.Description), Outcome(c.Outcome), Cell(c.Message));
                }

                WriteTable(console, "Checks", checks);
            }

            if (report.Packages is { Count: > 0 })
            {
                var known = report.Packages.Where(p => p.Status != "unknown").ToList();
                if (known.Count > 0)
                {
                    var packages = NewTable("Package", "Version", "Status", "Categories", "Export classification", "Evidence", "Read from");
                    foreach (var p in known)
                    {
                        packages.AddRow(Cell(p.Id), Cell(p.Version), Cell(p.Status), Cell(Text.Join(p.Categories)), Cell(p.ExportClassification), Cell(p.Evidence), Cell(p.ReadFrom));
                    }

                    WriteTable(console, "Packages with compliance information", packages);
                }

                var unknown = report.Packages.Where(p => p.Status == "unknown").Select(p => p.Id + " " + p.Version).ToList();
                if (unknown.Count > 0)
                {
                    console.MarkupLine("[bold]Unknown packages[/] (no manifest, not in the catalog): " + Markup.Escape(string.Join(", ", unknown)));
                    console.WriteLine();
                }
            }

            WriteProjects(report, console, verbosity);
            WriteRestore(report, console);

            var s2 = report.Summary;
            var parts = new List<string> { Text.Plural(s2.Errors, "error"), Text.Plural(s2.Warnings, "warning"), Text.Plural(s2.Infos, "info") };
            if (s2.GeoBlocks is int geo)
            {
                parts.Add(Text.Plural(geo, "geo-block"));
            }

            if (s2.Packages is int packageCount)
            {
                parts.Add(Text.Plural(packageCount, "package") + " (" + s2.UnknownPackages + " unknown)");
            }

            if (s2.Projects is { } projects2)
            {
                var statuses = new[] { (projects2.Analyzed, "analyzed"), (projects2.Incomplete, "incomplete"), (projects2.Skipped, "skipped"), (projects2.Failed, "failed") }
                    .Where(c => c.Item1 > 0).Select(c => c.Item1 + " " + c.Item2);
                parts.Add(Text.Plural(projects2.Analyzed + projects2.Incomplete + projects2.Skipped + projects2.Failed, "project") + " (" + string.Join(", ", statuses) + ")");
            }

            parts.Add(Text.Plural(s2.Problems, "problem"));
            console.MarkupLine("[bold]Summary:[/] " + Markup.Escape(string.Join(", ", parts)) + " · fail on " + Markup.Escape(s2.FailOn) + " · exit code " + s2.ExitCode);
        }

        /// <summary>
        /// Normal verbosity: only the projects that are not plainly analysed (incomplete, skipped, failed; audit's are all
        /// listed), detailed: all of them, with what an incomplete project lacks.
        /// </summary>
        private static void WriteProjects(Report report, IAnsiConsole console, Verbosity verbosity)
        {
            var shown = (report.Projects ?? new List<ProjectEntry>())
                .Where(p => verbosity == Verbosity.Detailed || p.Status != ProjectStatus.Analyzed).ToList();
            if (shown.Count == 0)
            {
                return;
            }

            var scan = report.Command == "scan";
            var projects = scan ? NewTable("Project", "Status", "Errors", "Unresolved", "Reason") : NewTable("Project", "Status", "Reason");
            projects.Columns[0].NoWrap();
            foreach (var p in shown)
            {
                var path = new Spectre.Console.Text(Text.ShortenLeft(p.Path, LocationWidth));
                if (scan)
                {
                    projects.AddRow(path, Cell(p.Status), Cell(p.CompilerErrors?.ToString()), Cell(p.CompilerErrors is null ? null : (p.UnresolvedReferences?.Count ?? 0).ToString()), Cell(p.Reason));
                }
                else
                {
                    projects.AddRow(path, Cell(p.Status), Cell(p.Reason));
                }
            }

            WriteTable(console, verbosity == Verbosity.Detailed || !scan ? "Projects" : "Projects not fully analyzed", projects);

            if (verbosity != Verbosity.Detailed)
            {
                return;
            }

            // What each incomplete project lacks, one item per line; its restore errors are listed once, below.
            var restoreMessages = new HashSet<string>((report.Restore ?? new List<RestoreMessage>()).SelectMany(r => r.Message.Split(new[] { " / " }, System.StringSplitOptions.None)));
            foreach (var p in shown.Where(p => p.Status == ProjectStatus.Incomplete))
            {
                console.WriteLine(Text.ShortenLeft(p.Path, console.Profile.Width - 1) + ":");
                foreach (var line in (p.UnresolvedReferences ?? new List<string>()).Where(u => !restoreMessages.Contains(u)).Concat(p.CompilerErrorSamples ?? new List<string>()))
                {
                    WriteIndented(console, line);
                }
            }

            if (shown.Any(p => p.Status == ProjectStatus.Incomplete))
            {
                console.WriteLine();
            }
        }

        /// <summary>Each restore error once, under its package, with the projects it concerns on their own lines.</summary>
        private static void WriteRestore(Report report, IAnsiConsole console)
        {
            if (report.Restore is not { Count: > 0 })
            {
                return;
            }

            console.MarkupLine("[bold]Restore errors[/]");
            foreach (var r in report.Restore)
            {
                console.WriteLine("  " + (r.Package is null ? "" : r.Package + ": ") + r.Message);
                foreach (var project in r.Projects)
                {
                    console.WriteLine("    " + project);
                }
            }

            console.WriteLine();
        }

        private static void WriteHeading(IAnsiConsole console, string title)
        {
            console.MarkupLine("[bold]" + Markup.Escape(title) + "[/]");
        }

        /// <summary>A line of text under an entry, wrapped at the console width with the same indentation.</summary>
        private static void WriteIndented(IAnsiConsole console, string? text)
        {
            if (!string.IsNullOrWhiteSpace(text))
            {
                console.Write(new Padder(new Spectre.Console.Text(text!), new Padding(4, 0, 0, 0)));
            }
        }

        private static Table NewTable(params string[] columns)
        {
            var table = new Table().Border(TableBorder.Rounded);
            foreach (var column in columns)
            {
                table.AddColumn(new TableColumn("[bold]" + Markup.Escape(column) + "[/]"));
            }

            return table;
        }

        private static void WriteTable(IAnsiConsole console, string title, Table table)
        {
            table.Title = new TableTitle(title);
            console.Write(table);
            console.WriteLine();
        }

        private static Spectre.Console.Text Cell(string? value) => new Spectre.Console.Text(value ?? "");

        private static Spectre.Console.Text LocationCell(SourceLocation? location) => new Spectre.Console.Text(Text.ShortenLeft(location?.ToString(), LocationWidth));

        private static Markup SeverityCell(string severity) => severity switch
        {
            "error" => new Markup("[red]error[/]"),
            "warning" => new Markup("[yellow]warning[/]"),
            _ => new Markup(Markup.Escape(severity)),
        };

        private static Markup Outcome(string outcome) => outcome switch
        {
            "fail" => new Markup("[red]fail[/]"),
            "warn" => new Markup("[yellow]warn[/]"),
            _ => new Markup("[green]" + Markup.Escape(outcome) + "[/]"),
        };
    }
}
