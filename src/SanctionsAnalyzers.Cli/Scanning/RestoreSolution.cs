using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>
    /// A throw-away .sln that lists a folder's projects, so that one 'dotnet restore' restores them all (one restore
    /// evaluates shared dependencies once, instead of one process per project) and one workspace load opens them all.
    /// Deleted on dispose.
    /// </summary>
    internal sealed class RestoreSolution : IDisposable
    {
        private const string CSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";

        private readonly string _folder;

        public RestoreSolution(IReadOnlyList<string> projects)
        {
            _folder = Directory.CreateTempSubdirectory("sanctions-restore-").FullName;
            Path = System.IO.Path.Combine(_folder, "restore.sln");
            File.WriteAllText(Path, Text(projects));
        }

        public string Path { get; }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A leftover temp folder is harmless.
            }
        }

        /// <summary>The projects with absolute paths, and the configuration sections restore needs to see them.</summary>
        private static string Text(IReadOnlyList<string> projects)
        {
            var guids = projects.Select((_, i) => "{" + (i + 1).ToString("D8", System.Globalization.CultureInfo.InvariantCulture) + "-0000-0000-0000-000000000000}").ToList();
            var text = new StringBuilder("\nMicrosoft Visual Studio Solution File, Format Version 12.00\n");
            for (var i = 0; i < projects.Count; i++)
            {
                text.Append("Project(\"").Append(CSharpProjectType).Append("\") = \"").Append(System.IO.Path.GetFileNameWithoutExtension(projects[i]))
                    .Append("\", \"").Append(projects[i]).Append("\", \"").Append(guids[i]).Append("\"\nEndProject\n");
            }

            text.Append("Global\n\tGlobalSection(SolutionConfigurationPlatforms) = preSolution\n\t\tDebug|Any CPU = Debug|Any CPU\n\tEndGlobalSection\n");
            text.Append("\tGlobalSection(ProjectConfigurationPlatforms) = postSolution\n");
            foreach (var guid in guids)
            {
                text.Append("\t\t").Append(guid).Append(".Debug|Any CPU.ActiveCfg = Debug|Any CPU\n\t\t").Append(guid).Append(".Debug|Any CPU.Build.0 = Debug|Any CPU\n");
            }

            text.Append("\tEndGlobalSection\nEndGlobal\n");
            return text.ToString();
        }
    }
}
