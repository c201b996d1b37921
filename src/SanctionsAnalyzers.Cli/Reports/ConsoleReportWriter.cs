using System.Collections.Generic;
using System.Linq;
using Spectre.Console;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>Summary tables on the console (Spectre.Console).</summary>
    public static class ConsoleReportWriter
    {
        public static void Write(Report report, IAnsiConsole console)
        {
            console.Write(new Rule("[bold]dotnet sanctions " + report.Command + "[/] " + Markup.Escape(report.Target)).LeftJustified());
            console.MarkupLine("[grey]Policy map " + Markup.Escape(report.Tool.PolicyVersion) + " · analyzer " + Markup.Escape(report.Tool.AnalyzerVersion)
                + " · paths relative to " + Markup.Escape(report.Root) + " · not legal advice[/]");
            console.WriteLine();

            if (report.Projects is { Count: > 0 })
            {
                var projects = NewTable("Project", "Path", "Status", "Compiler errors", "Unresolved", "Reason");
                foreach (var p in report.Projects)
                {
                    projects.AddRow(Cell(p.Name), Cell(p.Path), Cell(p.Status), Cell(p.CompilerErrors?.ToString()), Cell(p.UnresolvedReferences?.Count.ToString()), Cell(p.Reason));
                }

                WriteTable(console, "Projects", projects);
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

            if (report.Findings.Count > 0)
            {
                var findings = NewTable("Rule", "Severity", "Location", "Feature", "Jurisdictions", "Message");
                foreach (var f in report.Findings)
                {
                    findings.AddRow(Cell(f.RuleId), SeverityCell(f.Severity), Cell(f.Location?.ToString()), Cell(f.Feature), Cell(Text.Join(f.Jurisdictions)), Cell(f.Message));
                }

                WriteTable(console, "Findings", findings);

                // How each geo-block finding came about, one step per line (a path is never split inside a table cell).
                foreach (var f in report.Findings.Where(f => f.Path is { Count: > 1 }))
                {
                    console.WriteLine(f.RuleId + " at " + f.Location + ":");
                    foreach (var step in f.Path!)
                    {
                        console.WriteLine("  " + step.Step.PadRight(12) + " " + step.Location);
                    }
                }

                if (report.Findings.Any(f => f.Path is { Count: > 1 }))
                {
                    console.WriteLine();
                }
            }

            if (report.GeoBlocks is { Count: > 0 })
            {
                var blocks = NewTable("Location", "Signal", "Jurisdictions", "Action", "Feature", "Categories", "Verdict", "Citation");
                foreach (var g in report.GeoBlocks)
                {
                    blocks.AddRow(Cell(g.Location?.ToString()), Cell(g.Signal), Cell(Text.Join(g.Jurisdictions)), Cell(g.Action), Cell(g.Feature),
                        Cell(Text.Join(g.Categories)), Cell(g.Verdict), Cell(g.Citation));
                }

                WriteTable(console, "Geo-block inventory (SANC1100)", blocks);
            }

            if (report.ServicesInventoryAvailable == false)
            {
                console.MarkupLine("[grey]Services inventory: this analyzer version has no SANC2001 rule.[/]");
                console.WriteLine();
            }
            else if (report.Services is { Count: > 0 })
            {
                var services = NewTable("Location", "Feature", "Categories", "Evidence");
                foreach (var s in report.Services)
                {
                    services.AddRow(Cell(s.Location?.ToString()), Cell(s.Feature), Cell(Text.Join(s.Categories)), Cell(s.Evidence ?? s.Message));
                }

                WriteTable(console, "Services inventory (SANC2001)", services);
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
                parts.Add(Text.Plural(projects2.Analyzed + projects2.Incomplete + projects2.Skipped + projects2.Failed, "project") + " ("
                    + projects2.Analyzed + " analyzed, " + projects2.Incomplete + " incomplete, " + projects2.Skipped + " skipped, " + projects2.Failed + " failed)");
            }

            parts.Add(Text.Plural(s2.Problems, "problem"));
            console.MarkupLine("[bold]Summary:[/] " + Markup.Escape(string.Join(", ", parts)) + " · fail on " + Markup.Escape(s2.FailOn) + " · exit code " + s2.ExitCode);
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
