using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Services;

namespace SanctionsAnalyzers.Policy
{
    /// <summary>
    /// Jurisdictions that a name speaks of, the weakest evidence for a jurisdiction (issue 21): a member, list, method or
    /// helper named after a place (<c>IranBlocks</c>, <c>iranIPRanges</c>, <c>IsIranian</c>, <c>NorthKoreaRanges</c>) or a
    /// data file named after one (<c>ir.csv</c>, <c>geo/IRN-ipv4.txt</c>). Words come from the policy map's names and
    /// demonyms; they match whole camel-case or snake-case parts, as the feature vocabulary does.
    /// </summary>
    internal sealed class PlaceNames
    {
        /// <summary>Shorter names (DNR, LPR) read as abbreviations of other things too often to count inside identifiers.</summary>
        private const int ShortestWord = 4;

        /// <summary>Extensions of the data files that IP range tables and country lists ship in.</summary>
        private static readonly HashSet<string> DataFileExtensions = new HashSet<string>(
            new[] { "csv", "tsv", "txt", "json", "xml", "dat", "mmdb", "zone", "cidr", "netset", "ipset", "lst", "list" },
            StringComparer.OrdinalIgnoreCase);

        private static readonly Lazy<PlaceNames> EmbeddedNames = new Lazy<PlaceNames>(() => For(PolicyMap.Embedded), isThreadSafe: true);

        private readonly List<(string[] Words, Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> _names;
        private readonly Dictionary<string, (Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> _codes;

        private PlaceNames(
            List<(string[] Words, Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> names,
            Dictionary<string, (Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> codes)
        {
            _names = names;
            _codes = codes;
        }

        public static PlaceNames Embedded => EmbeddedNames.Value;

        /// <summary>
        /// Lowercase fragments whose presence in an identifier may make it a place name ("iran" in "IsIranian", "korea" in
        /// "north_korea_ranges"), for the pre-filter: the last word of every name.
        /// </summary>
        public IEnumerable<string> Fragments => _names.Select(n => n.Words[n.Words.Length - 1]).Distinct();

        public static PlaceNames For(PolicyMap policy)
        {
            var names = new List<(string[], Jurisdiction, JurisdictionIdentifier)>();
            var codes = new Dictionary<string, (Jurisdiction, JurisdictionIdentifier)>(StringComparer.OrdinalIgnoreCase);
            foreach (var jurisdiction in policy.Jurisdictions)
            {
                foreach (var identifier in jurisdiction.Identifiers)
                {
                    switch (identifier.Kind)
                    {
                        case IdentifierKind.Name or IdentifierKind.Demonym when identifier.Value.All(c => char.IsLetter(c) || c == ' '):
                            var words = identifier.Value.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToArray();
                            if (words.Length <= 2 && (words.Length > 1 || words[0].Length >= ShortestWord))
                            {
                                names.Add((words, jurisdiction, identifier));
                            }

                            break;
                        case IdentifierKind.Alpha2 or IdentifierKind.Alpha3 when !codes.ContainsKey(identifier.Value):
                            codes.Add(identifier.Value, (jurisdiction, identifier));
                            break;
                    }
                }
            }

            return new PlaceNames(names, codes);
        }

        /// <summary>The jurisdictions whose name or demonym is among the words of an identifier ("IranBlocks", "is_iranian").</summary>
        public ImmutableArray<(Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> InIdentifier(string name)
        {
            var parts = NameVocabulary.Split(name);
            var found = ImmutableArray.CreateBuilder<(Jurisdiction, JurisdictionIdentifier)>();
            foreach (var (words, jurisdiction, identifier) in _names)
            {
                if (ContainsRun(parts, words) && !found.Any(f => f.Item1 == jurisdiction))
                {
                    found.Add((jurisdiction, identifier));
                }
            }

            return found.ToImmutable();
        }

        /// <summary>
        /// The jurisdictions a data file's name speaks of ("ir.csv", "data/iran-ranges.txt", "CU_ipv4.cidr"): its stem's
        /// parts are country codes or place names. Anything that is not a data file path (a domain, a sentence) names none.
        /// </summary>
        public ImmutableArray<(Jurisdiction Jurisdiction, JurisdictionIdentifier Identifier)> InFileName(string text)
        {
            var fileName = text.Substring(text.LastIndexOfAny(new[] { '/', '\\' }) + 1);
            var dot = fileName.LastIndexOf('.');
            if (dot <= 0 || fileName.IndexOf(' ') >= 0 || !DataFileExtensions.Contains(fileName.Substring(dot + 1)))
            {
                return ImmutableArray<(Jurisdiction, JurisdictionIdentifier)>.Empty;
            }

            var stem = fileName.Substring(0, dot);
            var found = InIdentifier(stem).ToBuilder();
            foreach (var part in stem.Split(new[] { '-', '_', '.' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (_codes.TryGetValue(part, out var code) && !found.Any(f => f.Jurisdiction == code.Jurisdiction))
                {
                    found.Add(code);
                }
            }

            return found.ToImmutable();
        }

        private static bool ContainsRun(List<string> parts, string[] words)
        {
            for (var start = 0; start + words.Length <= parts.Count; start++)
            {
                var all = true;
                for (var i = 0; i < words.Length && all; i++)
                {
                    all = string.Equals(parts[start + i], words[i], StringComparison.Ordinal);
                }

                if (all)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
