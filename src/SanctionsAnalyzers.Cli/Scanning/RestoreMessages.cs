using System;
using System.Collections.Generic;
using System.Linq;
using SanctionsAnalyzers.Cli.Reports;

namespace SanctionsAnalyzers.Cli.Scanning
{
    /// <summary>
    /// Restore errors, from 'dotnet restore' output and from each project's assets file. Those of a project that loaded
    /// belong to that project (it is incomplete, not a failed scan); the report lists each message once, with its projects.
    /// </summary>
    internal sealed class RestoreMessages
    {
        private readonly List<Problem> _output;
        private readonly HashSet<string> _claimed = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<(string Project, Unresolved Item)> _recorded = new List<(string, Unresolved)>();

        public RestoreMessages(IReadOnlyList<Problem> output)
        {
            _output = output.ToList();
        }

        /// <summary>What 'dotnet restore' said about this project, without the "restore: path: " prefix.</summary>
        public IEnumerable<Unresolved> For(string path)
        {
            lock (_claimed)
            {
                _claimed.Add(path);
            }

            var prefix = "restore: " + path + ": ";
            return _output.Where(p => p.Path == path)
                .Select(p => new Unresolved(null, p.Message.StartsWith(prefix, StringComparison.Ordinal) ? p.Message.Substring(prefix.Length) : p.Message))
                .ToList();
        }

        /// <summary>Remembers a project's restore errors and other unresolved references, for the grouped list.</summary>
        public void Record(string path, IEnumerable<Unresolved> items)
        {
            lock (_recorded)
            {
                _recorded.AddRange(items.Select(i => (path, i)));
            }
        }

        /// <summary>
        /// The restore output about projects that did not load (or about the solution as a whole): those stay problems.
        /// A skipped project's restore errors are listed with it, as they do not keep anything from being analysed.
        /// </summary>
        public List<Problem> Unclaimed(IEnumerable<ProjectEntry> projects)
        {
            foreach (var skipped in projects.Where(p => p.Status == ProjectStatus.Skipped && !_claimed.Contains(p.Path)))
            {
                Record(skipped.Path, For(skipped.Path));
            }

            return _output.Where(p => p.Path is null || !_claimed.Contains(p.Path)).ToList();
        }

        /// <summary>Each message once, keyed by its package when NuGet names one, with the projects it concerns (ordinal order).</summary>
        public List<RestoreMessage>? Grouped()
        {
            if (_recorded.Count == 0)
            {
                return null;
            }

            // The same text from 'dotnet restore' and from the assets file: the latter knows the package.
            var packages = _recorded.Where(r => r.Item.Package is not null)
                .GroupBy(r => r.Item.Message, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().Item.Package!, StringComparer.Ordinal);
            return _recorded
                .Select(r => (r.Project, Package: r.Item.Package ?? packages.GetValueOrDefault(r.Item.Message), r.Item.Message))
                .GroupBy(r => r.Package ?? r.Message, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RestoreMessage
                {
                    Package = g.First().Package,
                    Message = string.Join(" / ", g.Select(r => r.Message).Distinct(StringComparer.Ordinal).OrderBy(m => m, StringComparer.Ordinal)),
                    Projects = g.Select(r => r.Project).Distinct(StringComparer.Ordinal).OrderBy(p => p, StringComparer.Ordinal).ToList(),
                })
                .ToList();
        }
    }
}
