using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>
    /// The result of one command, written as console tables, Markdown, JSON (this shape, <see cref="SchemaVersion"/> 1,
    /// documented in docs/cli.md) and SARIF 2.1.0.
    /// </summary>
    public sealed class Report
    {
        public const int CurrentSchemaVersion = 1;

        public int SchemaVersion { get; set; } = CurrentSchemaVersion;

        /// <summary>scan, audit or validate.</summary>
        public string Command { get; set; } = "";

        public ToolInfo Tool { get; set; } = new ToolInfo();

        /// <summary>The path the command worked on, absolute.</summary>
        public string Target { get; set; } = "";

        /// <summary>Locations are relative to this directory (absolute path).</summary>
        public string Root { get; set; } = "";

        public List<ProjectEntry>? Projects { get; set; }

        /// <summary>Diagnostics at info level and above (SANC1001…, SANC3001): what <c>--fail-on</c> looks at.</summary>
        public List<Finding> Findings { get; set; } = new List<Finding>();

        /// <summary>SANC1100: every geo-block, whatever its verdict (scan only).</summary>
        public List<Finding>? GeoBlocks { get; set; }

        /// <summary>SANC2001: the communication services inventory (scan only), or null when the analyzer has no such rule.</summary>
        public List<Finding>? Services { get; set; }

        /// <summary>Whether the analyzer provides SANC2001 at all.</summary>
        public bool? ServicesInventoryAvailable { get; set; }

        public List<PackageEntry>? Packages { get; set; }

        public List<ValidationCheck>? Checks { get; set; }

        /// <summary>Restore errors of projects that were still loaded, grouped by package (scan).</summary>
        public List<RestoreMessage>? Restore { get; set; }

        /// <summary>Inputs that could not be read, loaded, restored or fetched: each makes the exit code 2.</summary>
        public List<Problem> Problems { get; set; } = new List<Problem>();

        public Summary Summary { get; set; } = new Summary();

        /// <summary>The rules the run knew (SARIF tool.driver.rules); not part of the JSON shape.</summary>
        [JsonIgnore]
        public List<RuleInfo> Rules { get; set; } = new List<RuleInfo>();
    }

    public sealed class ToolInfo
    {
        public string Name { get; set; } = "dotnet-sanctions";

        public string Version { get; set; } = "";

        public string AnalyzerVersion { get; set; } = "";

        public string PolicyVersion { get; set; } = "";
    }

    public sealed class SourceLocation
    {
        /// <summary>Relative to the report's root with '/' separators, or absolute when outside it.</summary>
        public string File { get; set; } = "";

        public int? Line { get; set; }

        public int? Column { get; set; }

        public int? EndLine { get; set; }

        public int? EndColumn { get; set; }

        public override string ToString() => Line is null ? File : File + ":" + Line + ":" + Column;
    }

    public sealed class Finding
    {
        public string RuleId { get; set; } = "";

        public string Title { get; set; } = "";

        /// <summary>error, warning, info or hidden (the inventories).</summary>
        public string Severity { get; set; } = "";

        public string Message { get; set; } = "";

        public string? Project { get; set; }

        public SourceLocation? Location { get; set; }

        public string? HelpUri { get; set; }

        public string? Category { get; set; }

        public List<string>? Jurisdictions { get; set; }

        public List<string>? Categories { get; set; }

        public string? Citation { get; set; }

        public string? Verdict { get; set; }

        public string? Signal { get; set; }

        public string? SignalKind { get; set; }

        public string? GateForm { get; set; }

        public string? Action { get; set; }

        public string? Feature { get; set; }

        public string? Evidence { get; set; }

        public string? PolicyVersion { get; set; }

        public string? Confidence { get; set; }

        /// <summary>
        /// How the finding came about, in order: where the country comes from (signal), the jurisdiction it is compared with,
        /// the test, the action and the feature (the steps found). Null for findings that are no geo-block.
        /// </summary>
        public List<PathStep>? Path { get; set; }

        /// <summary>Every diagnostic property as reported (also those without a field above).</summary>
        public SortedDictionary<string, string>? Properties { get; set; }

        [JsonIgnore]
        public Severity Level => Reports.SeverityLevels.Parse(Severity);
    }

    /// <summary>One step of a finding's path: signal, jurisdiction, test, action or feature, and where it is.</summary>
    public sealed class PathStep
    {
        public string Step { get; set; } = "";

        public SourceLocation? Location { get; set; }
    }

    public sealed class ProjectEntry
    {
        public string Name { get; set; } = "";

        public string Path { get; set; } = "";

        /// <summary>analyzed, incomplete (loaded with compiler errors or unresolved references), skipped or failed.</summary>
        public string Status { get; set; } = "";

        /// <summary>Why a project was incomplete, skipped or failed.</summary>
        public string? Reason { get; set; }

        public int? Documents { get; set; }

        /// <summary>Compiler errors in the project's compilation (scan, once the project is compiled).</summary>
        public int? CompilerErrors { get; set; }

        /// <summary>The first few compiler errors, "file(line,col): CS0246: message", to tell why findings may be missing.</summary>
        public List<string>? CompilerErrorSamples { get; set; }

        /// <summary>
        /// Packages and references the project needs but did not get: restore errors, reference files that do not exist,
        /// analyzer references that did not load, load failures MSBuild tied to the project.
        /// </summary>
        public List<string>? UnresolvedReferences { get; set; }

        /// <summary>What MSBuild said while loading an analysed project (restore warnings and the like).</summary>
        public List<string>? Messages { get; set; }
    }

    /// <summary>Project statuses (scan): what "incomplete" and the counts in the summary are built on.</summary>
    public static class ProjectStatus
    {
        public const string Analyzed = "analyzed";
        public const string Incomplete = "incomplete";
        public const string Skipped = "skipped";
        public const string Failed = "failed";
    }

    /// <summary>One restore message, printed once for all the projects it concerns.</summary>
    public sealed class RestoreMessage
    {
        /// <summary>The package it is about, when NuGet says so; else null.</summary>
        public string? Package { get; set; }

        /// <summary>"NU1101: Unable to find package ...".</summary>
        public string Message { get; set; } = "";

        /// <summary>The projects' paths, relative to the root.</summary>
        public List<string> Projects { get; set; } = new List<string>();
    }

    public sealed class ProjectCounts
    {
        public int Analyzed { get; set; }

        public int Incomplete { get; set; }

        public int Skipped { get; set; }

        public int Failed { get; set; }
    }

    public sealed class PackageEntry
    {
        public string Id { get; set; } = "";

        public string Version { get; set; } = "";

        /// <summary>Whether the project references the package itself (not only through another package).</summary>
        public bool? Direct { get; set; }

        /// <summary>declared (valid manifest), catalog (embedded API catalog), invalid (manifest present but invalid) or unknown.</summary>
        public string Status { get; set; } = "";

        public List<string> Categories { get; set; } = new List<string>();

        public string? ExportClassification { get; set; }

        /// <summary>Where the categories come from: "sanctions/compliance.json", "catalog: MailKit".</summary>
        public string? Evidence { get; set; }

        /// <summary>Where the package was read: global-packages-folder, feed:NAME, file, or none.</summary>
        public string? ReadFrom { get; set; }

        public List<string>? Messages { get; set; }
    }

    public sealed class ValidationCheck
    {
        public string Id { get; set; } = "";

        public string Description { get; set; } = "";

        /// <summary>pass, fail or warn.</summary>
        public string Outcome { get; set; } = "";

        public string? Message { get; set; }
    }

    public sealed class Problem
    {
        /// <summary>usage, load, restore, analyzer, package, feed or io.</summary>
        public string Kind { get; set; } = "";

        public string Message { get; set; } = "";

        public string? Path { get; set; }

        public override string ToString() => Message;
    }

    public sealed class Summary
    {
        public int Errors { get; set; }

        public int Warnings { get; set; }

        public int Infos { get; set; }

        public int? GeoBlocks { get; set; }

        public int? Services { get; set; }

        public int? Packages { get; set; }

        public int? UnknownPackages { get; set; }

        public int Problems { get; set; }

        /// <summary>How many projects were analysed, incomplete, skipped and failed (scan).</summary>
        public ProjectCounts? Projects { get; set; }

        /// <summary>Whether --fail-on-incomplete was given (scan).</summary>
        public bool? FailOnIncomplete { get; set; }

        public string FailOn { get; set; } = "";

        public int ExitCode { get; set; }
    }

    /// <summary>A rule known to the run, for SARIF.</summary>
    public sealed class RuleInfo
    {
        public string Id { get; set; } = "";

        public string Title { get; set; } = "";

        public string? Description { get; set; }

        public string? HelpUri { get; set; }

        public string Category { get; set; } = "";

        public Severity DefaultSeverity { get; set; }

        public bool EnabledByDefault { get; set; } = true;

        public List<string> Tags { get; set; } = new List<string>();
    }
}
