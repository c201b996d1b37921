using System;
using System.Collections.Generic;
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

        /// <summary>The meaningful lines of a line-based data file (Resources/*.txt): trimmed, without blanks and '#' comments, with their numbers.</summary>
        public static IEnumerable<(int Number, string Text)> DataLines(TextReader reader)
        {
            string? line;
            var number = 0;
            while ((line = reader.ReadLine()) is not null)
            {
                number++;
                line = line.Trim();
                if (line.Length > 0 && line[0] != '#')
                {
                    yield return (number, line);
                }
            }
        }
    }
}
