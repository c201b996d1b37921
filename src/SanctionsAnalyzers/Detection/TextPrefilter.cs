namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Questions about source text that the pre-filters ask before looking at tokens. The text may say yes where the
    /// tokens say no (comments, look-alike words), never the other way round, except where the text spells a token's
    /// value differently (escapes, hex numbers, literals joined by +): those spellings are detected here, and the callers
    /// then read the tokens.
    /// </summary>
    internal static class TextPrefilter
    {
        /// <summary>Whether identifiers or strings may be spelt with escapes (<c>\u0049R</c>, <c>"\x49R"</c>): their values differ from the text.</summary>
        public static bool HasEscapes(string text, int start, int end)
        {
            for (var i = text.IndexOf('\\', start, end - start); i >= 0 && i < end - 1; i = text.IndexOf('\\', i + 1, end - i - 1))
            {
                if (text[i + 1] is 'u' or 'U' or 'x')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Whether two literals are joined by <c>+</c> (<c>"CF-IPC" + "ountry"</c>, <c>("I" + "R")</c>): the compiler folds
        /// them into one constant, which no single token spells.
        /// </summary>
        public static bool HasLiteralConcatenation(string text, int start, int end)
        {
            for (var plus = text.IndexOf('+', start, end - start); plus >= 0; plus = plus + 1 < end ? text.IndexOf('+', plus + 1, end - plus - 1) : -1)
            {
                var before = plus - 1;
                while (before >= start && (char.IsWhiteSpace(text[before]) || text[before] == ')'))
                {
                    before--;
                }

                var after = plus + 1;
                while (after < end && (char.IsWhiteSpace(text[after]) || text[after] == '('))
                {
                    after++;
                }

                if (before >= start && after < end && text[before] is '"' or '\'' && text[after] is '"' or '\'' or '@' or '$')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether a number may be spelt other than in plain decimal digits (<c>0x62</c>, <c>0b1100010</c>, <c>9_8</c>).</summary>
        public static bool HasUnusualNumbers(string text, int start, int end)
        {
            for (var i = start; i < end - 1; i++)
            {
                var c = text[i];
                var next = text[i + 1];
                if ((c == '0' && next is 'x' or 'X' or 'b' or 'B' && (i == start || !FragmentMatcher.IsWordChar(text[i - 1])))
                    || (c == '_' && i > start && char.IsDigit(text[i - 1]) && (char.IsDigit(next) || next == '_')))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the text may hold a branch GeoBlockFinder looks at: <c>if</c>, <c>switch</c>, <c>?:</c> or a <c>foreach</c> (over a filter, the tokens decide).</summary>
        public static bool MayBranch(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                switch (text[i])
                {
                    case '?':
                        // Not ?. ?[ ?? (a nullable type string? still counts: the tokens decide).
                        var next = i + 1 < end ? text[i + 1] : ' ';
                        if (next is not ('.' or '[' or '?') && (i == start || text[i - 1] != '?'))
                        {
                            return true;
                        }

                        break;
                    case 'i' when IsKeywordAt(text, i, start, end, "if"):
                    case 's' when IsKeywordAt(text, i, start, end, "switch"):
                    case 'f' when IsKeywordAt(text, i, start, end, "foreach"):
                        return true;
                }
            }

            return false;
        }

        private static bool IsKeywordAt(string text, int at, int start, int end, string keyword)
        {
            var after = at + keyword.Length;
            return after <= end
                && string.CompareOrdinal(text, at, keyword, 0, keyword.Length) == 0
                && (at == start || !FragmentMatcher.IsWordChar(text[at - 1]))
                && (after == end || !FragmentMatcher.IsWordChar(text[after]));
        }
    }
}
