using System;
using System.Collections.Generic;
using System.Linq;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Finds any of a fixed set of fragments in text, ignoring case, in one pass: ASCII fragments are bucketed by their
    /// first character, so a position costs one table lookup and most fail on their second character. The rare
    /// non-ASCII fragment (a configured identifier in another script) is searched with IndexOf. Used by the
    /// pre-filters, which may say yes too often but never too rarely.
    /// </summary>
    internal sealed class FragmentMatcher
    {
        private readonly string[]?[] _byFirst = new string[]?[128];
        private readonly string[] _others;

        public FragmentMatcher(IEnumerable<string> fragments)
        {
            var buckets = new Dictionary<char, List<string>>();
            var all = fragments.Where(f => f.Length > 0).Select(f => f.ToLowerInvariant()).Distinct().ToList();
            _others = all.Where(f => f.Any(c => c >= 128)).ToArray();
            foreach (var fragment in all.Where(f => f.All(c => c < 128)))
            {
                if (!buckets.TryGetValue(fragment[0], out var bucket))
                {
                    buckets.Add(fragment[0], bucket = new List<string>());
                }

                bucket.Add(fragment);
            }

            foreach (var pair in buckets)
            {
                _byFirst[pair.Key] = pair.Value.ToArray();
            }

            IsEmpty = buckets.Count == 0 && _others.Length == 0;
        }

        public bool IsEmpty { get; }

        public bool FoundIn(string text) => IndexIn(text, 0, text.Length, out _) >= 0;

        public bool FoundIn(string text, int start, int end) => IndexIn(text, start, end, out _) >= 0;

        /// <summary>
        /// Whether a fragment occurs as a whole word: not preceded or followed by a letter, digit or underscore where
        /// the fragment itself starts or ends with one. An identifier or a string literal equal to a word matches so.
        /// </summary>
        public bool FoundWord(string text, int start, int end)
        {
            // Every fragment starting at a position is tried: "ir" may fail its bound where "iran standard time" holds.
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                var bucket = c < 128 ? _byFirst[c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c] : null;
                if (bucket is null)
                {
                    continue;
                }

                foreach (var candidate in bucket)
                {
                    if (MatchesAt(text, i, end, candidate) && IsWholeWord(text, i, candidate.Length, start, end))
                    {
                        return true;
                    }
                }
            }

            foreach (var other in _others)
            {
                for (var at = Find(text, other, start, end); at >= 0; at = Find(text, other, at + 1, end))
                {
                    if (IsWholeWord(text, at, other.Length, start, end))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static int Find(string text, string fragment, int start, int end) =>
            start < end ? text.IndexOf(fragment, start, end - start, StringComparison.OrdinalIgnoreCase) : -1;

        private static bool IsWholeWord(string text, int at, int length, int start, int end)
        {
            var after = at + length;
            return (!IsWordChar(text[at]) || at == start || !IsWordChar(text[at - 1]))
                && (!IsWordChar(text[after - 1]) || after == end || !IsWordChar(text[after]));
        }

        public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

        /// <summary>Where the first fragment occurs in <c>text[start..end)</c>, or -1.</summary>
        public int IndexIn(string text, int start, int end, out string? fragment)
        {
            var found = IndexOfAscii(text, start, end, out fragment);
            foreach (var other in _others)
            {
                var at = Find(text, other, start, end);
                if (at >= 0 && (found < 0 || at < found))
                {
                    (found, fragment) = (at, other);
                }
            }

            return found;
        }

        private int IndexOfAscii(string text, int start, int end, out string? fragment)
        {
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c >= 128)
                {
                    continue;
                }

                var bucket = _byFirst[c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c];
                if (bucket is null)
                {
                    continue;
                }

                foreach (var candidate in bucket)
                {
                    if (MatchesAt(text, i, end, candidate))
                    {
                        fragment = candidate;
                        return i;
                    }
                }
            }

            fragment = null;
            return -1;
        }

        private static bool MatchesAt(string text, int at, int end, string fragment)
        {
            if (at + fragment.Length > end)
            {
                return false;
            }

            for (var k = 1; k < fragment.Length; k++)
            {
                var c = text[at + k];
                var f = fragment[k];
                if (c != f && !(f is >= 'a' and <= 'z' && (c | 0x20) == f))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
