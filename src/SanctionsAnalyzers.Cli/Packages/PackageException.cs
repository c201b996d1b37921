using System;

namespace SanctionsAnalyzers.Cli.Packages
{
    /// <summary>A package that cannot be read safely (corrupt zip, zip-slip entry, oversized entry, missing nuspec).</summary>
    public sealed class PackageException : Exception
    {
        public PackageException(string message)
            : base(message)
        {
        }
    }
}
