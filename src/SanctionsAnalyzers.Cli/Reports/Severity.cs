using System;

namespace SanctionsAnalyzers.Cli.Reports
{
    /// <summary>Severity of a finding; <c>--fail-on</c> compares against it.</summary>
    public enum Severity
    {
        Hidden = 0,
        Info = 1,
        Warning = 2,
        Error = 3,
    }

    public static class SeverityLevels
    {
        public static string Name(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "info",
            _ => "hidden",
        };

        public static Severity Parse(string name) => name switch
        {
            "error" => Severity.Error,
            "warning" => Severity.Warning,
            "info" => Severity.Info,
            _ => Severity.Hidden,
        };

        /// <summary>SARIF result.level.</summary>
        public static string SarifLevel(Severity severity) => severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            Severity.Info => "note",
            _ => "none",
        };

        public static Severity FromRoslyn(Microsoft.CodeAnalysis.DiagnosticSeverity severity) => severity switch
        {
            Microsoft.CodeAnalysis.DiagnosticSeverity.Error => Severity.Error,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Warning => Severity.Warning,
            Microsoft.CodeAnalysis.DiagnosticSeverity.Info => Severity.Info,
            _ => Severity.Hidden,
        };

        /// <summary>"none" (never fail), or the lowest severity that fails the run.</summary>
        public static bool TryParseFailOn(string value, out Severity? threshold)
        {
            switch (value.ToLowerInvariant())
            {
                case "none":
                    threshold = null;
                    return true;
                case "info":
                case "note":
                    threshold = Severity.Info;
                    return true;
                case "warning":
                    threshold = Severity.Warning;
                    return true;
                case "error":
                    threshold = Severity.Error;
                    return true;
                default:
                    threshold = null;
                    return false;
            }
        }

        public static string FailOnName(Severity? threshold) => threshold is null ? "none" : Name(threshold.Value);

        public static Severity Max(Severity a, Severity b) => (Severity)Math.Max((int)a, (int)b);
    }
}
