using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>One waiver line of SanctionsWaivers.txt (docs/waivers.md).</summary>
    internal sealed class Waiver
    {
        public Waiver(string ruleId, string target, string reason, string owner, DateTime expires, Location location)
        {
            RuleId = ruleId;
            Target = target;
            Reason = reason;
            Owner = owner;
            Expires = expires;
            Location = location;
        }

        public string RuleId { get; }

        /// <summary>A documentation comment ID (<c>M:...</c>, <c>T:...</c>) or <c>path:</c> and a project-relative glob.</summary>
        public string Target { get; }

        public string Reason { get; }

        public string Owner { get; }

        public DateTime Expires { get; }

        public Location Location { get; }

        public bool IsPathTarget => Target.StartsWith("path:", StringComparison.Ordinal);

        /// <summary>True when a file path (any separator) matches the <c>path:</c> glob at its end.</summary>
        public bool MatchesPath(string filePath)
        {
            var glob = Target.Substring("path:".Length).Trim().Replace('\\', '/');
            var pattern = "(^|/)" + Regex.Escape(glob).Replace("\\*", "[^/]*") + "$";
            return Regex.IsMatch(filePath.Replace('\\', '/'), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
    }

    /// <summary>
    /// Reads waiver files: AdditionalFiles named SanctionsWaivers.txt or *.SanctionsWaivers.txt. Every malformed line
    /// is returned as a problem at its location; valid lines become waivers.
    /// </summary>
    internal static class WaiverFile
    {
        public static readonly ImmutableArray<string> Reasons = ImmutableArray.Create(
            "legal-review", "blocked-persons", "controlled-item", "commercial-connectivity", "contractual", "false-positive");

        public static readonly ImmutableArray<string> WaivableRules = ImmutableArray.Create("SANC1001", "SANC1002", "SANC1003", "SANC1004");

        public static bool IsWaiverFile(string path)
        {
            var name = Path.GetFileName(path);
            return string.Equals(name, "SanctionsWaivers.txt", StringComparison.OrdinalIgnoreCase)
                || name.EndsWith(".SanctionsWaivers.txt", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>All waivers of the compilation's waiver files, ignoring malformed lines.</summary>
        public static ImmutableArray<Waiver> ReadAll(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
        {
            var waivers = ImmutableArray.CreateBuilder<Waiver>();
            foreach (var file in files)
            {
                if (IsWaiverFile(file.Path) && file.GetText(cancellationToken) is { } text)
                {
                    waivers.AddRange(Read(file.Path, text).Waivers);
                }
            }

            return waivers.ToImmutable();
        }

        public static (ImmutableArray<Waiver> Waivers, ImmutableArray<(Location Location, string Message)> Problems) Read(string path, SourceText text)
        {
            var waivers = ImmutableArray.CreateBuilder<Waiver>();
            var problems = ImmutableArray.CreateBuilder<(Location, string)>();
            foreach (var line in text.Lines)
            {
                var content = line.ToString();
                var comment = content.IndexOf("//", StringComparison.Ordinal);
                var body = (comment >= 0 ? content.Substring(0, comment) : content).Trim();
                if (body.Length == 0)
                {
                    continue;
                }

                var location = Location.Create(path, line.Span, text.Lines.GetLinePositionSpan(line.Span));
                var fields = body.Split(';');
                if (fields.Length != 5)
                {
                    problems.Add((location, "Waiver line has " + fields.Length + " fields; expected 5: rule; target; reason; owner; expires (yyyy-MM-dd). The line is ignored."));
                    continue;
                }

                var rule = fields[0].Trim();
                var target = fields[1].Trim();
                var reason = fields[2].Trim();
                var owner = fields[3].Trim();
                var expires = fields[4].Trim();
                var error = Check(rule, target, reason, owner, expires, out var date);
                if (error is not null)
                {
                    problems.Add((location, error + " The line is ignored."));
                    continue;
                }

                waivers.Add(new Waiver(rule, target, reason, owner, date, location));
            }

            return (waivers.ToImmutable(), problems.ToImmutable());
        }

        private static string? Check(string rule, string target, string reason, string owner, string expires, out DateTime date)
        {
            date = default;
            if (!WaivableRules.Contains(rule))
            {
                return "Waiver rule '" + rule + "' is not one of " + string.Join(", ", WaivableRules) + ".";
            }

            if (!(target.StartsWith("M:", StringComparison.Ordinal) || target.StartsWith("T:", StringComparison.Ordinal) || target.StartsWith("P:", StringComparison.Ordinal)
                || (target.StartsWith("path:", StringComparison.Ordinal) && target.Length > "path:".Length)))
            {
                return "Waiver target '" + target + "' is neither a documentation comment ID (M:, T:, P:) nor path:<glob>.";
            }

            if (string.Equals(reason, "TODO", StringComparison.OrdinalIgnoreCase) || string.Equals(owner, "TODO", StringComparison.OrdinalIgnoreCase)
                || string.Equals(expires, "TODO", StringComparison.OrdinalIgnoreCase))
            {
                return "Waiver for " + rule + " on " + target + " still has a TODO placeholder; fill in the reason, owner and expiry.";
            }

            if (!Reasons.Contains(reason))
            {
                return "Waiver reason '" + reason + "' is not one of " + string.Join(", ", Reasons) + ".";
            }

            if (owner.Length == 0)
            {
                return "Waiver for " + rule + " on " + target + " has no owner.";
            }

            return DateTime.TryParseExact(expires, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out date)
                ? null
                : "Waiver expiry '" + expires + "' is not a date in the form yyyy-MM-dd.";
        }

        /// <summary>Today's date from the build (<c>SanctionsToday</c>); null when the build does not pass it.</summary>
        public static DateTime? Today(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions globalOptions) =>
            globalOptions.TryGetValue("build_property.SanctionsToday", out var value)
            && DateTime.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var today)
                ? today
                : null;

        /// <summary>The waiver's target is in the project: a symbol of the compilation, or a file (C# or additional, such as appsettings.json).</summary>
        public static bool TargetExists(Waiver waiver, Compilation compilation, ImmutableArray<AdditionalText> additionalFiles) =>
            waiver.IsPathTarget
                ? compilation.SyntaxTrees.Any(t => waiver.MatchesPath(t.FilePath)) || additionalFiles.Any(f => waiver.MatchesPath(f.Path))
                : DocumentationCommentId.GetFirstSymbolForDeclarationId(waiver.Target, compilation) is not null;

        /// <summary>Whether the waiver covers a diagnostic located in <paramref name="filePath"/> inside <paramref name="container"/>.</summary>
        public static bool Covers(Waiver waiver, string ruleId, string filePath, ISymbol? container)
        {
            if (!string.Equals(waiver.RuleId, ruleId, StringComparison.Ordinal))
            {
                return false;
            }

            if (waiver.IsPathTarget)
            {
                return waiver.MatchesPath(filePath);
            }

            for (var current = container; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
            {
                if (string.Equals(current.GetDocumentationCommentId(), waiver.Target, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
