using System;
using System.IO;

namespace SanctionsAnalyzers.Policy
{
    /// <summary>Reads the data files compiled into the analyzer (Resources/*.xml).</summary>
    internal static class EmbeddedResources
    {
        public static Stream Open(string fileName)
        {
            var name = "SanctionsAnalyzers.Resources." + fileName;
            return typeof(EmbeddedResources).Assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("Embedded resource '" + name + "' is missing from the analyzer assembly.");
        }
    }
}
