using System;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    /// <summary>A usage, input or configuration error: printed as one line, exit code 2, never a stack trace.</summary>
    public sealed class CliException : Exception
    {
        public CliException(string kind, string message)
            : base(message)
        {
            Kind = kind;
        }

        /// <summary>usage, load, configuration, package, io.</summary>
        public string Kind { get; }
    }
}
