using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Services
{
    /// <summary>
    /// Words in names that say what service a feature provides (Resources/NameVocabulary.txt): "ConferenceController"
    /// names video conferencing, "CheckoutService" payments. A word matches whole camel-case or snake-case parts of a
    /// name, singular or plural, or two or three adjacent parts written together ("SignIn" is "signin").
    /// </summary>
    internal sealed class NameVocabulary
    {
        private const string FileName = "NameVocabulary.txt";
        private const int LongestCompound = 3;

        private static readonly Lazy<NameVocabulary> EmbeddedVocabulary = new Lazy<NameVocabulary>(() => Load(PolicyMap.Embedded), isThreadSafe: true);

        private const string TextPrefix = "text ";

        /// <summary>"plumbing: gameobject": compounds that name framework plumbing; as the longest word they hide the words in them.</summary>
        private const string PlumbingId = "plumbing";

        private readonly Dictionary<string, ImmutableArray<ServiceCategory>> _byWord;
        private readonly Dictionary<string, ImmutableArray<ServiceCategory>> _textOnly;

        private readonly Dictionary<string, ImmutableArray<ServiceCategory>> _plumbing;

        private NameVocabulary(Dictionary<string, ImmutableArray<ServiceCategory>> byWord, Dictionary<string, ImmutableArray<ServiceCategory>> textOnly, Dictionary<string, ImmutableArray<ServiceCategory>> plumbing)
        {
            _byWord = byWord;
            _textOnly = textOnly;
            _plumbing = plumbing;
        }

        public static NameVocabulary Embedded => EmbeddedVocabulary.Value;

        public int Count => _byWord.Count;

        /// <summary>The words of <paramref name="name"/> found in the vocabulary, in order, with their categories.</summary>
        public IEnumerable<(string Word, ImmutableArray<ServiceCategory> Categories)> Match(string name) => Match(name, prose: false);

        /// <summary>
        /// The words of a text written for people (a route, a refusal message): the names' words, plus those that name a
        /// service only in prose ("/api/maps", "Map search is not available"; in a member name "Map" is routing plumbing).
        /// </summary>
        public IEnumerable<(string Word, ImmutableArray<ServiceCategory> Categories)> MatchText(string text) => Match(text, prose: true);

        private IEnumerable<(string Word, ImmutableArray<ServiceCategory> Categories)> Match(string name, bool prose)
        {
            var parts = Split(name);
            var found = new List<(int Start, int Length, string Word, ImmutableArray<ServiceCategory> Categories)>();
            for (var start = 0; start < parts.Count; start++)
            {
                var compound = new StringBuilder();
                for (var length = 1; length <= LongestCompound && start + length <= parts.Count; length++)
                {
                    compound.Append(parts[start + length - 1]);
                    var key = Singular(compound.ToString());
                    if (_byWord.TryGetValue(key, out var categories) || (prose && _textOnly.TryGetValue(key, out categories)) || _plumbing.TryGetValue(key, out categories))
                    {
                        found.Add((start, length, compound.ToString(), categories));
                    }
                }
            }

            // The longest word wins: "MailRelay" is a mail relay (e-mail), not mail and a circumvention relay; "VideoShare" is
            // video sharing, not video calls and file sharing; Unity's "GameObject" is plumbing, not a game.
            foreach (var match in found)
            {
                if (!match.Categories.IsEmpty && !found.Any(other => other.Length > match.Length && other.Start <= match.Start && other.Start + other.Length >= match.Start + match.Length))
                {
                    yield return (match.Word, match.Categories);
                }
            }
        }

        /// <summary>"SignInAsync" → sign, in, async; "chat_rooms" → chat, rooms; "/api/v2/Meetings" → api, v, 2, meetings.</summary>
        public static List<string> Split(string name)
        {
            var parts = new List<string>();
            var current = new StringBuilder();
            void Flush()
            {
                if (current.Length > 0)
                {
                    parts.Add(current.ToString().ToLowerInvariant());
                    current.Clear();
                }
            }

            for (var i = 0; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetterOrDigit(c))
                {
                    Flush();
                    continue;
                }

                if (current.Length > 0)
                {
                    var previous = name[i - 1];
                    var hump = char.IsUpper(c) && (char.IsLower(previous) || char.IsDigit(previous));
                    var acronymEnd = char.IsUpper(c) && char.IsUpper(previous) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                    var digitEdge = char.IsDigit(c) != char.IsDigit(previous);
                    if (hump || acronymEnd || digitEdge)
                    {
                        Flush();
                    }
                }

                current.Append(c);
            }

            Flush();
            return parts;
        }

        /// <summary>"courses" → "course", "matches" → "match", "policies" → "policy"; "class" and short words stay.</summary>
        public static string Singular(string word)
        {
            if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            if (word.Length > 4 && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
                || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
            {
                return word.Substring(0, word.Length - 2);
            }

            return word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal)
                ? word.Substring(0, word.Length - 1)
                : word;
        }

        /// <summary>Reads the vocabulary text; a malformed line or an unknown category id is a build-time data error.</summary>
        internal static NameVocabulary Parse(TextReader reader, PolicyMap policy)
        {
            var byWord = new Dictionary<string, List<ServiceCategory>>(StringComparer.Ordinal);
            var textOnly = new Dictionary<string, List<ServiceCategory>>(StringComparer.Ordinal);
            var plumbing = new Dictionary<string, ImmutableArray<ServiceCategory>>(StringComparer.Ordinal);
            foreach (var (number, whole) in EmbeddedResources.DataLines(reader))
            {
                if (whole.StartsWith(PlumbingId + ":", StringComparison.Ordinal))
                {
                    foreach (var word in whole.Substring(PlumbingId.Length + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        plumbing[Singular(word.ToLowerInvariant())] = ImmutableArray<ServiceCategory>.Empty;
                    }

                    continue;
                }

                // "text web-maps: map": words that name a service in prose only (routes, messages), not in member names.
                var isText = whole.StartsWith(TextPrefix, StringComparison.Ordinal);
                var line = isText ? whole.Substring(TextPrefix.Length) : whole;
                var words = isText ? textOnly : byWord;
                var colon = line.IndexOf(':');
                if (colon <= 0)
                {
                    throw new InvalidDataException(FileName + " line " + number + ": expected 'category-id: word word ...'");
                }

                var id = line.Substring(0, colon).Trim();
                var category = policy.FindCategory(id) ?? throw new InvalidDataException(FileName + " line " + number + ": unknown category '" + id + "'");
                foreach (var word in line.Substring(colon + 1).Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
                {
                    var key = Singular(word.ToLowerInvariant());
                    if (!words.TryGetValue(key, out var categories))
                    {
                        words[key] = categories = new List<ServiceCategory>();
                    }

                    if (!categories.Contains(category))
                    {
                        categories.Add(category);
                    }
                }
            }

            return new NameVocabulary(Frozen(byWord), Frozen(textOnly), plumbing);
        }

        private static Dictionary<string, ImmutableArray<ServiceCategory>> Frozen(Dictionary<string, List<ServiceCategory>> words)
        {
            var result = new Dictionary<string, ImmutableArray<ServiceCategory>>(StringComparer.Ordinal);
            foreach (var entry in words)
            {
                result[entry.Key] = entry.Value.ToImmutableArray();
            }

            return result;
        }

        private static NameVocabulary Load(PolicyMap policy)
        {
            using var reader = new StreamReader(EmbeddedResources.Open(FileName), Encoding.UTF8);
            return Parse(reader, policy);
        }
    }
}
