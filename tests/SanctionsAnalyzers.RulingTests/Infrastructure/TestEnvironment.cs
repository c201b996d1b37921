using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SanctionsAnalyzers.RulingTests.Infrastructure
{
    /// <summary>Paths the build passes to the tests through AssemblyMetadata attributes.</summary>
    internal static class TestEnvironment
    {
        public static string RepoRoot => Path.GetFullPath(Metadata("RepoRoot"));

        /// <summary>The analyzer assembly built for this test run (same configuration as the tests).</summary>
        public static string AnalyzerAssembly => Path.GetFullPath(Metadata("AnalyzerAssembly"));

        private static string Metadata(string key) =>
            typeof(TestEnvironment).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
            ?? throw new InvalidOperationException("Assembly metadata '" + key + "' is missing; rebuild the test project.");
    }
}
