using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>A Markdown report for compliance reviews and build summaries.</summary>
    public static class MarkdownReportWriter
    {
        public static void Write(Report report, TextWriter w)
        {
            w.WriteLine("# dotnet sanctions " + report.Command + ": " + Text.Cell(report.Target));
            w.WriteLine();
            w.WriteLine("> Not legal advice. SanctionsAnalyzers points at code and packages worth a review by your compliance team.");
            w.WriteLine();
            w.WriteLine("| | |");
            w.WriteLine("|---|---|");
            w.WriteLine("| Tool | " + report.Tool.Name + " " + report.Tool.Version + " (analyzer " + report.Tool.AnalyzerVersion + ") |");
            w.WriteLine("| Policy map | " + report.Tool.PolicyVersion + " |");
            w.WriteLine("| Root | `" + Text.Cell(report.Root) + "` |");
            w.WriteLine("| Findings | " + report.Summary.Errors + " errors, " + report.Summary.Warnings + " warnings, " + report.Summary.Infos + " infos |");
            if (report.GeoBlocks is not null)
            {
                w.WriteLine("| Geo-blocks | " + report.GeoBlocks.Count + " |");
            }

            if (report.Packages is not null && report.Command == "audit")
            {
                w.WriteLine("| Packages | " + report.Packages.Count + " (" + report.Summary.UnknownPackages + " unknown) |");
            }

            if (report.Summary.Projects is { } projects)
            {
                w.WriteLine("| Projects | " + projects.Analyzed + " analyzed, " + projects.Incomplete + " incomplete, " + projects.Skipped + " skipped, " + projects.Failed + " failed |");
            }

            w.WriteLine("| Problems | " + report.Problems.Count + " |");
            w.WriteLine("| Fail on | " + report.Summary.FailOn + " |");
            w.WriteLine("| Exit code | " + report.Summary.ExitCode + " |");
            w.WriteLine();

            WriteProblems(report, w);
            WriteFindings(report, w);
            WriteGeoBlocks(report, w);
            WriteServices(report, w);
            WriteChecks(report, w);
            WritePackages(report, w);
            WriteProjects(report, w);
            WriteRestore(report, w);
        }

        private static void WriteProblems(Report report, TextWriter w)
        {
            if (report.Problems.Count == 0)
            {
                return;
            }

            w.WriteLine("## Problems");
            w.WriteLine();
            foreach (var problem in report.Problems)
            {
                w.WriteLine("- **" + problem.Kind + "**: " + Text.Cell(problem.Message));
            }

            w.WriteLine();
        }

        private static void WriteFindings(Report report, TextWriter w)
        {
            w.WriteLine("## Findings");
            w.WriteLine();
            if (report.Findings.Count == 0)
            {
                w.WriteLine("No findings.");
                w.WriteLine();
                return;
            }

            w.WriteLine("| Rule | Severity | Location | Feature | Jurisdictions | Message |");
            w.WriteLine("|---|---|---|---|---|---|");
            foreach (var f in report.Findings)
            {
                var rule = f.HelpUri is null ? f.RuleId : "[" + f.RuleId + "](" + f.HelpUri + ")";
                w.WriteLine("| " + rule + " | " + f.Severity + " | " + Text.Cell(f.Location?.ToString()) + " | " + Text.Cell(f.Feature) + " | "
                    + Text.Cell(Text.Join(f.Jurisdictions)) + " | " + Text.Cell(f.Message) + " |");
            }

            w.WriteLine();

            // How each geo-block finding came about, step by step.
            var explained = report.Findings.Where(f => f.Path is { Count: > 1 }).ToList();
            if (explained.Count == 0)
            {
                return;
            }

            w.WriteLine("### Paths");
            w.WriteLine();
            foreach (var f in explained)
            {
                w.WriteLine("- " + f.RuleId + " at `" + f.Location + "`:");
                foreach (var step in f.Path!)
                {
                    w.WriteLine("  1. " + step.Step + ": `" + step.Location + "`");
                }
            }

            w.WriteLine();
        }

        private static void WriteGeoBlocks(Report report, TextWriter w)
        {
            if (report.GeoBlocks is null)
            {
                return;
            }

            w.WriteLine("## Geo-block inventory (SANC1100)");
            w.WriteLine();
            if (report.GeoBlocks.Count == 0)
            {
                w.WriteLine("No geo-blocks found.");
                w.WriteLine();
                return;
            }

            w.WriteLine("| Location | Signal | Jurisdictions | Action | Feature | Categories | Verdict | Citation |");
            w.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var g in report.GeoBlocks)
            {
                w.WriteLine("| " + Text.Cell(g.Location?.ToString()) + " | " + Text.Cell(g.Signal) + " | " + Text.Cell(Text.Join(g.Jurisdictions)) + " | "
                    + Text.Cell(g.Action) + " | " + Text.Cell(g.Feature) + " | " + Text.Cell(Text.Join(g.Categories)) + " | " + Text.Cell(g.Verdict) + " | "
                    + Text.Cell(g.Citation) + " |");
            }

            w.WriteLine();
        }

        private static void WriteServices(Report report, TextWriter w)
        {
            if (report.ServicesInventoryAvailable is null)
            {
                return;
            }

            w.WriteLine("## Services inventory (SANC2001)");
            w.WriteLine();
            if (report.ServicesInventoryAvailable == false || report.Services is null)
            {
                w.WriteLine("The analyzer in this version has no SANC2001 rule: no services inventory.");
                w.WriteLine();
                return;
            }

            if (report.Services.Count == 0)
            {
                w.WriteLine("No communication services found.");
                w.WriteLine();
                return;
            }

            w.WriteLine("| Location | Feature | Categories | Evidence | Message |");
            w.WriteLine("|---|---|---|---|---|");
            foreach (var s in report.Services)
            {
                w.WriteLine("| " + Text.Cell(s.Location?.ToString()) + " | " + Text.Cell(s.Feature) + " | " + Text.Cell(Text.Join(s.Categories)) + " | "
                    + Text.Cell(s.Evidence) + " | " + Text.Cell(s.Message) + " |");
            }

            w.WriteLine();
        }

        private static void WriteChecks(Report report, TextWriter w)
        {
            if (report.Checks is null)
            {
                return;
            }

            w.WriteLine("## Checks");
            w.WriteLine();
            w.WriteLine("| Check | Outcome | Message |");
            w.WriteLine("|---|---|---|");
            foreach (var c in report.Checks)
            {
                w.WriteLine("| " + Text.Cell(c.Description) + " (`" + c.Id + "`) | " + c.Outcome + " | " + Text.Cell(c.Message) + " |");
            }

            w.WriteLine();
        }

        private static void WritePackages(Report report, TextWriter w)
        {
            if (report.Packages is null)
            {
                return;
            }

            w.WriteLine("## Packages");
            w.WriteLine();
            if (report.Packages.Count == 0)
            {
                w.WriteLine("No packages.");
                w.WriteLine();
                return;
            }

            w.WriteLine("| Package | Version | Direct | Status | Categories | Export classification | Evidence | Read from |");
            w.WriteLine("|---|---|---|---|---|---|---|---|");
            foreach (var p in report.Packages.OrderBy(p => p.Status == "unknown").ThenBy(p => p.Id, System.StringComparer.OrdinalIgnoreCase))
            {
                w.WriteLine("| " + Text.Cell(p.Id) + " | " + Text.Cell(p.Version) + " | " + (p.Direct == true ? "yes" : p.Direct == false ? "no" : "") + " | "
                    + p.Status + " | " + Text.Cell(Text.Join(p.Categories)) + " | " + Text.Cell(p.ExportClassification) + " | " + Text.Cell(p.Evidence) + " | "
                    + Text.Cell(p.ReadFrom) + " |");
            }

            w.WriteLine();
        }

        private static void WriteProjects(Report report, TextWriter w)
        {
            if (report.Projects is null)
            {
                return;
            }

            w.WriteLine("## Projects");
            w.WriteLine();
            w.WriteLine("| Project | Path | Status | Compiler errors | Unresolved references | Reason |");
            w.WriteLine("|---|---|---|---|---|---|");
            foreach (var p in report.Projects)
            {
                w.WriteLine("| " + Text.Cell(p.Name) + " | " + Text.Cell(p.Path) + " | " + p.Status + " | " + p.CompilerErrors + " | "
                    + (p.CompilerErrors is null ? "" : (p.UnresolvedReferences?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)) + " | " + Text.Cell(p.Reason) + " |");
            }

            w.WriteLine();

            // Why a project is incomplete: its unresolved references and first compiler errors.
            var incomplete = report.Projects.Where(p => p.Status == ProjectStatus.Incomplete).ToList();
            foreach (var p in incomplete)
            {
                w.WriteLine("- **" + Text.Cell(p.Name) + "** (`" + Text.Cell(p.Path) + "`): " + Text.Cell(p.Reason));
                foreach (var line in (p.UnresolvedReferences ?? new List<string>()).Concat(p.CompilerErrorSamples ?? new List<string>()))
                {
                    w.WriteLine("  - " + Text.Cell(line));
                }
            }

            if (incomplete.Count > 0)
            {
                w.WriteLine();
            }
        }

        private static void WriteRestore(Report report, TextWriter w)
        {
            if (report.Restore is not { Count: > 0 })
            {
                return;
            }

            w.WriteLine("## Restore");
            w.WriteLine();
            w.WriteLine("| Package | Message | Projects |");
            w.WriteLine("|---|---|---|");
            foreach (var r in report.Restore)
            {
                w.WriteLine("| " + Text.Cell(r.Package) + " | " + Text.Cell(r.Message) + " | " + Text.Cell(Text.Join(r.Projects)) + " |");
            }

            w.WriteLine();
        }
    }
}
