using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>
    /// The appsettings files of a compilation, parsed once, for resolving configuration keys that code binds
    /// ("Sanctions:BlockedCountries", an options class bound from section "Geo").
    /// </summary>
    /// <remarks>
    /// The files are the AdditionalFiles with item metadata SanctionsKind=AppSettings (set by the package's
    /// targets) or named appsettings*.json. They are ordered as the host loads them: appsettings.json first,
    /// then the others by file name (ordinal, ignoring case), then by path. The environment is not known at
    /// build time, so every file counts: for a single value the last file wins, and a list is the union of
    /// its values across all files, because any environment may run with its own file's list.
    /// Immutable and thread-safe; the caller caches one per compilation.
    /// </remarks>
    internal sealed class AppSettingsIndex
    {
        public const string KindMetadataKey = "build_metadata.AdditionalFiles.SanctionsKind";
        public const string AppSettingsKind = "AppSettings";

        public static readonly AppSettingsIndex Empty = new AppSettingsIndex(ImmutableArray<AppSettingsDocument>.Empty);

        private readonly Dictionary<string, ConfiguredValue> _values = new Dictionary<string, ConfiguredValue>(StringComparer.OrdinalIgnoreCase);
        private readonly ConcurrentDictionary<string, ImmutableArray<ConfiguredValue>> _lists =
            new ConcurrentDictionary<string, ImmutableArray<ConfiguredValue>>(StringComparer.OrdinalIgnoreCase);

        private AppSettingsIndex(ImmutableArray<AppSettingsDocument> documents)
        {
            Documents = documents;
            var malformed = ImmutableArray.CreateBuilder<AppSettingsDocument>();
            foreach (var document in documents)
            {
                if (document.IsMalformed)
                {
                    malformed.Add(document);
                }

                foreach (var entry in document.Entries)
                {
                    _values[entry.Key] = entry;
                }
            }

            Malformed = malformed.ToImmutable();
        }

        /// <summary>Every appsettings file, in load order, malformed ones included.</summary>
        public ImmutableArray<AppSettingsDocument> Documents { get; }

        /// <summary>The files that could not be read, each with its <see cref="AppSettingsDocument.Error"/>.</summary>
        public ImmutableArray<AppSettingsDocument> Malformed { get; }

        public static AppSettingsIndex Create(ImmutableArray<AdditionalText> files, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            if (files.IsDefaultOrEmpty)
            {
                return Empty;
            }

            var selected = new List<AdditionalText>();
            foreach (var file in files)
            {
                if (IsAppSettings(file, options))
                {
                    selected.Add(file);
                }
            }

            if (selected.Count == 0)
            {
                return Empty;
            }

            selected.Sort(CompareLoadOrder);
            var documents = ImmutableArray.CreateBuilder<AppSettingsDocument>(selected.Count);
            foreach (var file in selected)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var text = file.GetText(cancellationToken);
                documents.Add(text is null ? AppSettingsDocument.Unreadable(file.Path) : AppSettingsDocument.Parse(text, file.Path, cancellationToken));
            }

            return new AppSettingsIndex(documents.MoveToImmutable());
        }

        /// <summary>The value of a key (case-insensitive) from the last file that has it.</summary>
        public bool TryGetValue(string key, out ConfiguredValue value) => _values.TryGetValue(key, out value!);

        /// <summary>
        /// The list bound from <paramref name="sectionPath"/> ("Geo:BlockedCountries", case-insensitive): its array
        /// elements, or a scalar as one element, a scalar "IR,KP" or "IR;KP" split into elements. The union over all
        /// files in load order, without repeats (ignoring case). True when any file has the section, even empty.
        /// </summary>
        public bool TryGetStringList(string sectionPath, out ImmutableArray<ConfiguredValue> values)
        {
            values = _lists.GetOrAdd(sectionPath, Collect);
            if (values.IsDefault)
            {
                values = ImmutableArray<ConfiguredValue>.Empty;
                return false;
            }

            return true;
        }

        private ImmutableArray<ConfiguredValue> Collect(string sectionPath)
        {
            ImmutableArray<ConfiguredValue>.Builder? union = null;
            HashSet<string>? seen = null;
            foreach (var document in Documents)
            {
                var list = document.GetListValues(sectionPath);
                if (list.IsDefault)
                {
                    continue;
                }

                union ??= ImmutableArray.CreateBuilder<ConfiguredValue>();
                seen ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                foreach (var value in list)
                {
                    if (seen.Add(value.Value))
                    {
                        union.Add(value);
                    }
                }
            }

            return union is null ? default : union.ToImmutable();
        }

        internal static bool IsAppSettings(AdditionalText file, AnalyzerConfigOptionsProvider options)
        {
            if (options.GetOptions(file).TryGetValue(KindMetadataKey, out var kind)
                && string.Equals(kind, AppSettingsKind, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            var name = FileName(file.Path);
            return name.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase)
                && name.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        }

        private static int CompareLoadOrder(AdditionalText x, AdditionalText y)
        {
            var xName = FileName(x.Path);
            var yName = FileName(y.Path);
            var result = Rank(xName).CompareTo(Rank(yName));
            if (result == 0)
            {
                result = string.Compare(xName, yName, StringComparison.OrdinalIgnoreCase);
            }

            if (result == 0)
            {
                result = string.CompareOrdinal(xName, yName);
            }

            return result != 0 ? result : string.CompareOrdinal(x.Path, y.Path);
        }

        // appsettings.json is the base file every host loads first; environment files and other tagged files follow.
        private static int Rank(string fileName) =>
            string.Equals(fileName, "appsettings.json", StringComparison.OrdinalIgnoreCase) ? 0 : 1;

        // Both separators, whatever the host OS: paths come from MSBuild as written.
        private static string FileName(string path)
        {
            var slash = path.LastIndexOfAny(new[] { '/', '\\' });
            return slash < 0 ? path : path.Substring(slash + 1);
        }
    }
}
