using System.Collections.Generic;
using System.Text;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// Reads the literal text of simple regular expressions: <c>^\+98</c> is the prefix "+98", <c>\.ir$</c> the suffix ".ir",
    /// <c>^(\+98|0098)</c> the prefixes "+98" and "0098". A pattern with classes, quantifiers or groups beyond one top-level
    /// alternation gives nothing: what it matches is not a fixed text.
    /// </summary>
    internal static class RegexLiterals
    {
        public static IEnumerable<string> AnchoredLiterals(string pattern)
        {
            var body = pattern;
            var startAnchored = body.StartsWith("^", System.StringComparison.Ordinal);
            if (startAnchored)
            {
                body = body.Substring(1);
            }

            var endAnchored = body.EndsWith("$", System.StringComparison.Ordinal) && !body.EndsWith("\\$", System.StringComparison.Ordinal);
            if (endAnchored)
            {
                body = body.Substring(0, body.Length - 1);
            }

            if (body.StartsWith("(", System.StringComparison.Ordinal) && body.EndsWith(")", System.StringComparison.Ordinal))
            {
                body = body.Substring(body.StartsWith("(?:", System.StringComparison.Ordinal) ? 3 : 1, body.Length - (body.StartsWith("(?:", System.StringComparison.Ordinal) ? 4 : 2));
            }

            foreach (var alternative in body.Split('|'))
            {
                var anchoredHere = startAnchored || endAnchored || alternative.StartsWith("^", System.StringComparison.Ordinal) || alternative.EndsWith("$", System.StringComparison.Ordinal);
                var literal = Literal(alternative.TrimStart('^').TrimEnd('$'));
                if (anchoredHere && !string.IsNullOrEmpty(literal))
                {
                    yield return literal!;
                }
            }
        }

        /// <summary>The text an unanchored pattern piece matches, or null when it is not fixed text.</summary>
        private static string? Literal(string piece)
        {
            var text = new StringBuilder();
            for (var i = 0; i < piece.Length; i++)
            {
                var c = piece[i];
                if (c == '\\')
                {
                    if (i + 1 >= piece.Length || char.IsLetterOrDigit(piece[i + 1]))
                    {
                        return null; // \d, \w, \b...: a class or an anchor, not text
                    }

                    text.Append(piece[++i]);
                    continue;
                }

                if ("[](){}*+?|.^$".IndexOf(c) >= 0)
                {
                    return null;
                }

                text.Append(c);
            }

            return text.ToString();
        }
    }
}
