using System;
using System.IO;

namespace SanctionsAnalyzers.IntegrationTests.Infrastructure
{
    internal static class TempDirectory
    {
        /// <summary>Best-effort cleanup: a leftover temp dir must not fail a test run.</summary>
        public static void TryDelete(DirectoryInfo directory)
        {
            try
            {
                directory.Delete(recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
