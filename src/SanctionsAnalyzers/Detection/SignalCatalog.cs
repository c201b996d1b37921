using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using SanctionsAnalyzers.Model;
using SanctionsAnalyzers.Policy;

namespace SanctionsAnalyzers.Detection
{
    /// <summary>The embedded list of known signals (Resources/Signals.xml).</summary>
    internal sealed class SignalCatalog
    {
        private static readonly Lazy<SignalCatalog> EmbeddedCatalog = new Lazy<SignalCatalog>(LoadEmbedded, isThreadSafe: true);

        public SignalCatalog(
            ImmutableDictionary<string, HeaderSignal> headers,
            ImmutableArray<MemberSignal> members,
            ImmutableDictionary<string, SignalKind> claims,
            ImmutableArray<NameSignal> names)
        {
            Headers = headers;
            Members = members;
            Claims = claims;
            Names = names;
        }

        public static SignalCatalog Embedded => EmbeddedCatalog.Value;

        /// <summary>Geo headers by name, case-insensitive.</summary>
        public ImmutableDictionary<string, HeaderSignal> Headers { get; }

        public ImmutableArray<MemberSignal> Members { get; }

        /// <summary>Claim types whose value is a country, case-insensitive.</summary>
        public ImmutableDictionary<string, SignalKind> Claims { get; }

        public ImmutableArray<NameSignal> Names { get; }

        /// <summary>The signal a symbol's name announces ("BillingCountry", "phoneNumber"), if any.</summary>
        public NameSignal? MatchName(string name)
        {
            foreach (var candidate in Names)
            {
                if (candidate.Matches(name))
                {
                    return candidate;
                }
            }

            return null;
        }

        private static SignalCatalog LoadEmbedded()
        {
            using var stream = EmbeddedResources.Open("Signals.xml");
            var root = XDocument.Load(stream).Root ?? throw new InvalidDataException("Signals.xml has no root.");

            var headers = root.Elements("header")
                .Select(e => new HeaderSignal(Attr(e, "name"), ParseKind(Attr(e, "kind")), Attr(e, "provider")))
                .ToImmutableDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);
            var members = root.Elements("member")
                .Select(e => new MemberSignal(Attr(e, "type"), Attr(e, "name"), ParseKind(Attr(e, "kind")), Attr(e, "description"), (string?)e.Attribute("onlyOn")))
                .ToImmutableArray();
            var claims = root.Elements("claim")
                .ToImmutableDictionary(e => Attr(e, "type"), e => ParseKind(Attr(e, "kind")), StringComparer.OrdinalIgnoreCase);
            var names = root.Elements("name")
                .Select(e => new NameSignal(
                    Attr(e, "contains"),
                    ParseKind(Attr(e, "kind")),
                    ((string?)e.Attribute("exclude") ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).ToImmutableArray()))
                .ToImmutableArray();
            return new SignalCatalog(headers, members, claims, names);
        }

        private static string Attr(XElement element, string name) =>
            (string?)element.Attribute(name) ?? throw new InvalidDataException("Signals.xml <" + element.Name + "> lacks '" + name + "'.");

        private static SignalKind ParseKind(string value) => value switch
        {
            "location" => SignalKind.Location,
            "declared" => SignalKind.DeclaredResidence,
            "phone" => SignalKind.PhonePrefix,
            "culture" => SignalKind.Culture,
            "time-zone" => SignalKind.TimeZone,
            "currency" => SignalKind.Currency,
            "tld" => SignalKind.TopLevelDomain,
            _ => throw new InvalidDataException("Unknown signal kind '" + value + "'."),
        };
    }

    internal sealed class HeaderSignal
    {
        public HeaderSignal(string name, SignalKind kind, string provider)
        {
            Name = name;
            Kind = kind;
            Provider = provider;
        }

        public string Name { get; }

        public SignalKind Kind { get; }

        public string Provider { get; }
    }

    /// <summary>A property whose value is a country; <see cref="OnlyOnType"/> narrows an inherited member to one receiver type.</summary>
    internal sealed class MemberSignal
    {
        public MemberSignal(string typeName, string memberName, SignalKind kind, string description, string? onlyOnType)
        {
            TypeName = typeName;
            MemberName = memberName;
            Kind = kind;
            Description = description;
            OnlyOnType = onlyOnType;
        }

        public string TypeName { get; }

        public string MemberName { get; }

        public SignalKind Kind { get; }

        public string Description { get; }

        public string? OnlyOnType { get; }
    }

    /// <summary>A naming convention that announces a signal: a name containing "country" holds a country.</summary>
    internal sealed class NameSignal
    {
        public NameSignal(string fragment, SignalKind kind, ImmutableArray<string> exclusions)
        {
            Fragment = fragment;
            Kind = kind;
            Exclusions = exclusions;
        }

        public string Fragment { get; }

        public SignalKind Kind { get; }

        public ImmutableArray<string> Exclusions { get; }

        public bool Matches(string name)
        {
            if (name.IndexOf(Fragment, StringComparison.OrdinalIgnoreCase) < 0)
            {
                return false;
            }

            foreach (var exclusion in Exclusions)
            {
                if (name.IndexOf(exclusion, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
