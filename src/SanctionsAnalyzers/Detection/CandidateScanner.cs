using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>
    /// The cheap first look at a method, on tokens only: does it mention a jurisdiction ("IR", Country.Iran)
    /// or something that reads like a signal or a block list (country, phone, culture, CF-IPCountry, blocked...)?
    /// Only such methods get operation trees, gate finding and flow analysis.
    /// </summary>
    internal sealed class CandidateScanner
    {
        private static readonly Lazy<CandidateScanner> EmbeddedScanner =
            new Lazy<CandidateScanner>(() => new CandidateScanner(PolicyMap.Embedded, SignalCatalog.Embedded), isThreadSafe: true);

        /// <summary>Words that make a method worth a look besides signal names: block lists and helpers.</summary>
        private static readonly string[] ExtraFragments = { "sanction", "embargo", "blocked", "geo", "isocode", "region", "claim", "timezone", "tld", "host" };

        private readonly ImmutableHashSet<string> _jurisdictionWords;
        private readonly ImmutableArray<string> _fragments;

        private CandidateScanner(PolicyMap policy, SignalCatalog signals)
        {
            var words = ImmutableHashSet.CreateBuilder<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var jurisdiction in policy.Jurisdictions)
            {
                foreach (var identifier in jurisdiction.Identifiers)
                {
                    words.Add(identifier.Value);
                    if (identifier.Kind == IdentifierKind.Name)
                    {
                        // Enum members and constants spell names without spaces: NorthKorea, IslamicRepublicOfIran.
                        words.Add(identifier.Value.Replace(" ", string.Empty).Replace("'", string.Empty).Replace(",", string.Empty));
                    }
                }
            }

            var fragments = new List<string>(ExtraFragments);
            foreach (var name in signals.Names)
            {
                fragments.Add(name.Fragment);
            }

            _jurisdictionWords = words.ToImmutable();
            _fragments = fragments.ToImmutableArray();
        }

        public static CandidateScanner Embedded => EmbeddedScanner.Value;

        /// <summary>A scanner for a policy with configured extra identifiers.</summary>
        public static CandidateScanner For(PolicyMap policy, SignalCatalog signals) => new CandidateScanner(policy, signals);

        public bool IsCandidate(SyntaxNode codeBlock)
        {
            foreach (var token in codeBlock.DescendantTokens(descendIntoTrivia: false))
            {
                switch (token.Kind())
                {
                    case SyntaxKind.StringLiteralToken:
                    case SyntaxKind.InterpolatedStringTextToken:
                    case SyntaxKind.IdentifierToken:
                        var text = token.ValueText;
                        if (_jurisdictionWords.Contains(text) || ContainsFragment(text))
                        {
                            return true;
                        }

                        break;
                    case SyntaxKind.NumericLiteralToken when token.ValueText.Length <= 5:
                        // Calling codes compared as numbers: number.CountryCode == 98.
                        if (_jurisdictionWords.Contains(token.ValueText))
                        {
                            return true;
                        }

                        break;
                }
            }

            return false;
        }

        private bool ContainsFragment(string text)
        {
            if (text.Length < 3)
            {
                return false;
            }

            foreach (var fragment in _fragments)
            {
                if (text.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
