using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Configuration
{
    /// <summary>
    /// Organisation and project policy layers, read from <c>.globalconfig</c> / <c>.editorconfig</c> keys under
    /// <c>sanctions_analyzers.</c> (docs/configuration.md). The compiler merges the layers: an organisation package's
    /// .globalconfig with a low <c>global_level</c>, then the project's files, which win.
    /// </summary>
    internal sealed class PolicyOverrides
    {
        public const string Prefix = "sanctions_analyzers.";

        public static readonly PolicyOverrides None = new PolicyOverrides(
            ImmutableDictionary<(string, string), VerdictKind>.Empty,
            ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            ImmutableDictionary<string, ImmutableArray<string>>.Empty,
            null,
            ImmutableArray<KeyProblem>.Empty);

        private PolicyOverrides(
            ImmutableDictionary<(string Jurisdiction, string Category), VerdictKind> verdicts,
            ImmutableDictionary<string, ImmutableArray<string>> identifiers,
            ImmutableDictionary<string, ImmutableArray<string>> featureCategories,
            string? pinnedVersion,
            ImmutableArray<KeyProblem> problems)
        {
            Verdicts = verdicts;
            Identifiers = identifiers;
            FeatureCategories = featureCategories;
            PinnedVersion = pinnedVersion;
            Problems = problems;
        }

        /// <summary>(jurisdiction id, category id) → the organisation's verdict.</summary>
        public ImmutableDictionary<(string Jurisdiction, string Category), VerdictKind> Verdicts { get; }

        /// <summary>Jurisdiction id → extra identifiers.</summary>
        public ImmutableDictionary<string, ImmutableArray<string>> Identifiers { get; }

        /// <summary>Type or member name (case-insensitive) → declared category ids.</summary>
        public ImmutableDictionary<string, ImmutableArray<string>> FeatureCategories { get; }

        public string? PinnedVersion { get; }

        /// <summary>Unknown keys and bad values, with messages naming the key.</summary>
        public ImmutableArray<KeyProblem> Problems { get; }

        public bool IsEmpty => Verdicts.IsEmpty && Identifiers.IsEmpty && FeatureCategories.IsEmpty && PinnedVersion is null && Problems.IsEmpty;

        public static PolicyOverrides Read(AnalyzerConfigOptions options, PolicyMap policy)
        {
            var verdicts = ImmutableDictionary.CreateBuilder<(string, string), VerdictKind>();
            var identifiers = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
            var features = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.OrdinalIgnoreCase);
            var problems = ImmutableArray.CreateBuilder<KeyProblem>();
            string? pinned = null;

            foreach (var key in options.Keys)
            {
                if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !options.TryGetValue(key, out var raw))
                {
                    continue;
                }

                var value = raw.Trim();
                var rest = key.Substring(Prefix.Length);
                if (rest.Equals("policy_version", StringComparison.OrdinalIgnoreCase))
                {
                    pinned = value;
                }
                else if (rest.StartsWith("verdict.", StringComparison.OrdinalIgnoreCase))
                {
                    var parts = rest.Substring("verdict.".Length).Split('.');
                    var jurisdiction = parts.Length == 2 ? FindJurisdiction(policy, parts[0]) : null;
                    var category = parts.Length == 2 ? policy.FindCategory(parts[1].ToLowerInvariant()) : null;
                    var kind = ParseVerdict(value);
                    if (jurisdiction is null || category is null)
                    {
                        problems.Add(new KeyProblem(key, "Key '" + key + "' does not name a jurisdiction and a category of the policy map (sanctions_analyzers.verdict.<jurisdiction>.<category>)."));
                    }
                    else if (kind is null)
                    {
                        problems.Add(new KeyProblem(key, "Key '" + key + "' has the value '" + value + "'; allowed values: authorized, not_covered, excluded."));
                    }
                    else
                    {
                        verdicts[(jurisdiction.Id, category.Id)] = kind.Value;
                    }
                }
                else if (rest.StartsWith("identifiers.", StringComparison.OrdinalIgnoreCase))
                {
                    var jurisdiction = FindJurisdiction(policy, rest.Substring("identifiers.".Length));
                    if (jurisdiction is null)
                    {
                        problems.Add(new KeyProblem(key, "Key '" + key + "' does not name a jurisdiction of the policy map (sanctions_analyzers.identifiers.<jurisdiction>)."));
                    }
                    else
                    {
                        identifiers[jurisdiction.Id] = Split(value);
                    }
                }
                else if (rest.StartsWith("category.", StringComparison.OrdinalIgnoreCase) && rest.Length > "category.".Length)
                {
                    var ids = Split(value);
                    string? unknown = null;
                    foreach (var id in ids)
                    {
                        unknown ??= policy.FindCategory(id.ToLowerInvariant()) is null ? id : null;
                    }

                    if (ids.IsEmpty || unknown is not null)
                    {
                        problems.Add(new KeyProblem(key, "Key '" + key + "' names unknown category '" + (unknown ?? value) + "' (see docs/policy-map.md)."));
                    }
                    else
                    {
                        features[rest.Substring("category.".Length)] = ids;
                    }
                }
                else
                {
                    problems.Add(new KeyProblem(key, "Unknown key '" + key + "'; known keys: sanctions_analyzers.verdict.<jurisdiction>.<category>, sanctions_analyzers.identifiers.<jurisdiction>, sanctions_analyzers.category.<type or member>, sanctions_analyzers.policy_version."));
                }
            }

            if (pinned is not null && !string.Equals(pinned, policy.Version, StringComparison.Ordinal))
            {
                problems.Add(new KeyProblem(Prefix + "policy_version", "sanctions_analyzers.policy_version pins policy map " + pinned + ", but this analyzer embeds " + policy.Version + "; review docs/policy-map-changelog.md and update the pin."));
            }

            var result = new PolicyOverrides(verdicts.ToImmutable(), identifiers.ToImmutable(), features.ToImmutable(), pinned, problems.ToImmutable());
            return result.IsEmpty ? None : result;
        }

        /// <summary>Categories configured for a symbol: its full name ("Contoso.Chat.ChatHub.Send"), or its type's.</summary>
        public ImmutableArray<string> CategoriesFor(ISymbol symbol)
        {
            for (var current = symbol; current is not null && current is not INamespaceSymbol; current = current.ContainingSymbol)
            {
                var name = current.ToDisplayString(SymbolDisplayFormat.CSharpErrorMessageFormat.WithMemberOptions(SymbolDisplayMemberOptions.IncludeContainingType));
                if (FeatureCategories.TryGetValue(name, out var ids))
                {
                    return ids;
                }
            }

            return ImmutableArray<string>.Empty;
        }

        private static Jurisdiction? FindJurisdiction(PolicyMap policy, string id)
        {
            foreach (var jurisdiction in policy.Jurisdictions)
            {
                if (string.Equals(jurisdiction.Id, id, StringComparison.OrdinalIgnoreCase))
                {
                    return jurisdiction;
                }
            }

            return null;
        }

        private static VerdictKind? ParseVerdict(string value) => value.ToLowerInvariant() switch
        {
            "authorized" => VerdictKind.Authorized,
            "not_covered" or "not-covered" => VerdictKind.NotCovered,
            "excluded" => VerdictKind.Excluded,
            _ => null,
        };

        private static ImmutableArray<string> Split(string value)
        {
            var list = new List<string>();
            foreach (var part in value.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                if (part.Trim().Length > 0)
                {
                    list.Add(part.Trim());
                }
            }

            return list.ToImmutableArray();
        }
    }

    /// <summary>A bad <c>sanctions_analyzers.*</c> key or value: the key (to find its line) and the message.</summary>
    internal sealed class KeyProblem
    {
        public KeyProblem(string key, string message)
        {
            Key = key;
            Message = message;
        }

        public string Key { get; }

        public string Message { get; }
    }
}
