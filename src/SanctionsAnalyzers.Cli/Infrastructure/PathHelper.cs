using System;
using System.IO;
using System.Linq;

namespace SanctionsAnalyzers.Cli.Infrastructure
{
    public static class PathHelper
    {
        /// <summary>The path relative to <paramref name="root"/> with '/' separators, or the full path when outside it.</summary>
        public static string Relative(string root, string path)
        {
            var full = Path.GetFullPath(path);
            var relative = Path.GetRelativePath(root, full);
            if (relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative))
            {
                return full.Replace('\\', '/');
            }

            return relative.Replace('\\', '/');
        }

        /// <summary>The nearest folder at or above <paramref name="start"/> that contains <paramref name="marker"/> (file or folder).</summary>
        public static string? FindUp(string start, string marker)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, marker);
                if (File.Exists(candidate) || Directory.Exists(candidate))
                {
                    return dir.FullName;
                }
            }

            return null;
        }

        /// <summary>The repository root (the folder with SanctionsAnalyzers.sln), from the current directory or the tool's own folder.</summary>
        public static string? FindRepositoryRoot() =>
            FindUp(Directory.GetCurrentDirectory(), "SanctionsAnalyzers.sln") ?? FindUp(AppContext.BaseDirectory, "SanctionsAnalyzers.sln");

        /// <summary>A relative URI reference for SARIF: each segment escaped, '/' kept.</summary>
        public static string ToUriReference(string relativeOrAbsolute)
        {
            if (Path.IsPathRooted(relativeOrAbsolute))
            {
                return new Uri(relativeOrAbsolute).AbsoluteUri;
            }

            return string.Join("/", relativeOrAbsolute.Split('/').Select(Uri.EscapeDataString));
        }

        /// <summary>A folder as an absolute file URI ending with '/'.</summary>
        public static string FolderUri(string folder)
        {
            var full = Path.GetFullPath(folder);
            if (!full.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal))
            {
                full += Path.DirectorySeparatorChar;
            }

            return new Uri(full).AbsoluteUri;
        }
    }
}
